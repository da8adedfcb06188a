// A mediation case's visibility rule and presentation, and a service place's, without a
// database (docs/places.md): runners (admins over the case's unit, its mediators) read a case
// whole; a party reads their own party in full and the others masked; nobody else sees it.
// Places: the admins over the place's unit read it as written, everyone else masked.
import { Role, type Actor } from "../../api/auth/actor";
import type { MediationCaseRecord, ObligationRecord, PartyRecord } from "../../api/mediation/mediation.codec";
import { DisputeCategory, MediationState, PartyKind, PartySide, SessionKind } from "../../api/mediation/mediation.enums";
import { canSeeCase, isMediator, isOverdue, isParty, presentCase, runs } from "../../api/mediation/mediation.view";
import type { PlaceRecord } from "../../api/places/place.codec";
import { placeAudience, presentPlace, runsPlace } from "../../api/places/place.view";
import { ENTITLED, audienceOf } from "../../api/privacy/audience";

const DISTRICT = "500106";
const STREET = `${DISTRICT}/500106017`;
const COMMUNITY = `${STREET}/500106017001`;
const OTHER_COMMUNITY = `${STREET}/500106017002`;
const NOW = new Date("2026-03-05T08:00:00.000Z");

const actor = (role: Role, scopePath: string, sub = `u-${role}`): Actor => ({ sub, role, orgId: scopePath.split("/").pop()!, scopePath });

const party = (id: string, kind: PartyKind, name: string, personId: string | null): PartyRecord => ({
  id,
  kind,
  side: id === "p1" ? PartySide.APPLICANT : PartySide.RESPONDENT,
  name,
  personId,
  phone: personId ? "13912345678" : null,
});

const obligation = (id: string, dueAt: string, fulfilledAt: string | null = null): ObligationRecord => ({
  id,
  partyId: "p2",
  description: `${id}：赔偿业主郑浩`,
  amountYuan: 500,
  dueAt,
  fulfilledAt,
  note: id === "o1" ? "联系人冯雪" : null,
});

const mediationCase = (fields: Partial<MediationCaseRecord> = {}): MediationCaseRecord => ({
  id: "mc_1",
  unitId: "500106017001",
  unitName: "光荣社区",
  unitPath: COMMUNITY,
  unitIds: ["500106", "500106017", "500106017001"],
  placeId: null,
  councilId: null,
  category: DisputeCategory.NEIGHBOUR,
  title: "楼上漏水纠纷（王阿姨）",
  summary: "业主林涛反映楼上漏水",
  parties: [party("p1", PartyKind.PERSON, "张伟", "u-p1"), party("p2", PartyKind.PERSON, "李娜", "u-p2"), party("p3", PartyKind.ORGANISATION, "某物业公司", null)],
  mediators: [{ personId: "u-med", name: "调解员黄敏" }],
  sessions: [{ id: "s1", kind: SessionKind.CIRCUIT_COURT, at: "2026-03-01T02:00:00.000Z", placeId: null, placeName: null, court: "书记员宋佳", note: "当事人谢峰到场" }],
  state: MediationState.AGREED,
  outcome: null,
  agreementText: "申请人杨帆同意",
  obligations: [
    obligation("o1", "2026-03-04T00:00:00.000Z"),
    obligation("o2", "2026-03-06T00:00:00.000Z"),
    obligation("o3", "2026-03-01T00:00:00.000Z", "2026-03-01T00:00:00.000Z"),
  ],
  closingNote: "老人何秀兰满意",
  version: 4,
  openedAt: "2026-02-20T00:00:00.000Z",
  updatedAt: "2026-03-01T00:00:00.000Z",
  closedAt: null,
  openedBy: "u-admin",
  ...fields,
});

const admin = actor(Role.COMMUNITY_ADMIN, COMMUNITY);
const mediator = actor(Role.VOLUNTEER, OTHER_COMMUNITY, "u-med");
const applicant = actor(Role.RESIDENT, COMMUNITY, "u-p1");

describe("who a case belongs to", () => {
  it("knows its mediators and its parties by person id", () => {
    expect([isMediator(mediator, mediationCase()), isMediator(applicant, mediationCase())]).toEqual([true, false]);
    const twoMediators = mediationCase({ mediators: [{ personId: "u-other", name: "调解员甲" }, ...mediationCase().mediators] });
    expect([isMediator(mediator, twoMediators), runs(mediator, twoMediators), canSeeCase(mediator, twoMediators)]).toEqual([true, true, true]);
    expect([isParty(applicant, mediationCase()), isParty(mediator, mediationCase()), isParty(actor(Role.RESIDENT, COMMUNITY, "u-p2"), mediationCase())]).toEqual([
      true,
      false,
      true,
    ]);
  });

  it("is run by the admins over its unit and by its mediators", () => {
    expect(runs(admin, mediationCase())).toBe(true);
    expect(runs(actor(Role.DISTRICT_ADMIN, DISTRICT), mediationCase())).toBe(true);
    expect(runs(mediator, mediationCase())).toBe(true);
    expect(runs(actor(Role.COMMUNITY_ADMIN, OTHER_COMMUNITY), mediationCase())).toBe(false);
    expect(runs(actor(Role.GRID_WORKER, COMMUNITY), mediationCase())).toBe(false);
    expect(runs(applicant, mediationCase())).toBe(false);
  });

  it("is seen by those who run it and by its parties, and nobody else", () => {
    for (const reader of [admin, mediator, applicant]) expect([reader.sub, canSeeCase(reader, mediationCase())]).toEqual([reader.sub, true]);
    for (const reader of [
      actor(Role.RESIDENT, COMMUNITY, "u-x"),
      actor(Role.GRID_WORKER, COMMUNITY),
      actor(Role.COMMUNITY_ADMIN, OTHER_COMMUNITY),
      actor(Role.PARTNER, DISTRICT),
    ]) {
      expect([reader.sub, canSeeCase(reader, mediationCase())]).toEqual([reader.sub, false]);
    }
  });
});

describe("isOverdue", () => {
  it("is true for an obligation still owed under an agreement after its date", () => {
    const c = mediationCase();
    expect(c.obligations.map((o) => isOverdue(c, o, NOW))).toEqual([true, false, false]);
  });

  it("is false at the due moment itself, and once the case is no longer AGREED", () => {
    const c = mediationCase();
    expect(isOverdue(c, obligation("o9", NOW.toISOString()), NOW)).toBe(false);
    for (const state of [MediationState.CLOSED, MediationState.REFERRED, MediationState.IN_MEDIATION])
      expect(isOverdue(mediationCase({ state }), c.obligations[0], NOW)).toBe(false);
  });
});

describe("presentCase", () => {
  it("gives those who run it the record as written, with the overdue obligations counted", () => {
    for (const reader of [admin, mediator]) {
      const view = presentCase(reader, mediationCase(), NOW);
      expect(audienceOf(view)).toBe(ENTITLED);
      expect(view).toMatchObject({ audience: "RUNNER", parties: mediationCase().parties, overdueObligationCount: 1 });
      expect(view.obligations.map((o) => [o.id, o.overdue])).toEqual([
        ["o1", true],
        ["o2", false],
        ["o3", false],
      ]);
    }
  });

  it("gives a party their own party in full, the other people masked, an organisation as written", () => {
    const view = presentCase(applicant, mediationCase(), NOW);
    expect(view.audience).toBe("PARTY");
    expect(audienceOf(view)?.entitled).toBe(false);
    expect(view.overdueObligationCount).toBe(1);
    expect(view.parties.map((p) => [p.id, p.name, p.personId, p.phone, audienceOf(p)?.entitled])).toEqual([
      ["p1", "张伟", "u-p1", "13912345678", true],
      ["p2", "李娜", null, null, undefined],
      ["p3", "某物业公司", null, null, true],
    ]);
    expect(view.mediators.map((m) => [m.name, audienceOf(m)])).toEqual([["调解员黄敏", ENTITLED]]);
  });

  it("hands the masking layer the other person parties' names and every name the case's texts mark", async () => {
    const names = await audienceOf(presentCase(applicant, mediationCase(), NOW))!.names();
    expect([...names].sort()).toEqual(["何秀兰", "冯雪", "李娜", "林涛", "杨帆", "王阿姨", "谢峰", "郑浩"].sort());
  });

  it("finds the names in sessions without a court and obligations without a note", async () => {
    const c = mediationCase({
      title: "纠纷",
      summary: "",
      agreementText: null,
      closingNote: null,
      sessions: [{ id: "s1", kind: SessionKind.MEDIATION, at: "2026-03-01T02:00:00.000Z", placeId: null, placeName: null, court: null, note: "" }],
      obligations: [{ ...obligation("o2", "2026-03-06T00:00:00.000Z"), description: "无" }],
    });
    await expect(audienceOf(presentCase(actor(Role.RESIDENT, COMMUNITY, "u-p2"), c, NOW))!.names()).resolves.toEqual(["张伟"]);
  });

  it("leaves the stored case as it was", () => {
    const record = mediationCase();
    presentCase(applicant, record, NOW);
    expect(record).toEqual(mediationCase());
  });
});

describe("places", () => {
  const place = { id: "pl_1", name: "光荣社区服务站", unitPath: COMMUNITY, address: "3栋旁，管理员13912345678" } as PlaceRecord;

  it("are run by the admins whose scope holds their unit", () => {
    expect(runsPlace(admin, place)).toBe(true);
    expect(runsPlace(actor(Role.STREET_ADMIN, STREET), place)).toBe(true);
    expect(runsPlace(actor(Role.COMMUNITY_ADMIN, OTHER_COMMUNITY), place)).toBe(false);
    expect(runsPlace(actor(Role.RESIDENT, COMMUNITY), place)).toBe(false);
    expect(runsPlace(actor(Role.GRID_WORKER, COMMUNITY), place)).toBe(false);
  });

  it("are read as written by those who run them, masked by everyone else", () => {
    expect(placeAudience(admin, place)).toBe(ENTITLED);
    expect(placeAudience(actor(Role.RESIDENT, COMMUNITY), place).entitled).toBe(false);
    expect(audienceOf(presentPlace(admin, place))).toBe(ENTITLED);
    const masked = presentPlace(actor(Role.VOLUNTEER, COMMUNITY), place);
    expect(audienceOf(masked)?.entitled).toBe(false);
    expect(masked).toMatchObject(place);
  });
});
