// The second privacy review's findings, each as the contract now holds it (on f931d1d, 37 of
// these 49 cases failed: every finding was reproduced before it was fixed). Free
// text of meetings, mediation cases, issues and service places reaches readers who are not
// entitled to it through the masking layer on every path (single read, node(id:), lists,
// nested fields); a command that names a person, issue, council or place the caller may not
// reach is NOT_FOUND — exactly like one that does not exist — and writes nothing; cursors belong
// to the list that issued them; a council's rules are sane; links between objects are objects.
// Everything is made through the API as the demo's admins (docs/councils.md, docs/places.md,
// docs/personal-data.md).
import { Role } from "../../api/auth/actor";
import { OPEN as OPEN_MEETING, SCHEDULE, key } from "../councils/helpers";
import { transitionDocuments } from "../helpers/fixtures";
import { createHarness, ok, outcome, type Harness } from "../helpers/harness";
import { MADE_UP, PLANTED, dataOf, leaks, refusedWithoutWrites } from "./findings.helpers";

let h: Harness;
const DISTRICT = "500106";
const FENGHUANG = "500106004001"; // 凤凰山社区, 磁器口街道
const FENGHUANG_GRID_1 = "50010600400101";
const FENGHUANG_GRID_2 = "50010600400102";
const CIQIKOU = "500106004"; // 磁器口街道
const JINRONG = "500106004002"; // 金蓉社区, 磁器口街道
const TUZHU = "500106017"; // 土主街道, another street
const TUZHU_GRID = "50010601700101";
const TUZHU_GRID_WORKER = `gw-${TUZHU_GRID}`;
const FROM = "2000-01-01T00:00:00Z";
const TO = "2100-01-01T00:00:00Z";

const tokens = {
  fenghuangAdmin: "", // u-fenghuangshan-admin: runs 凤凰山社区's councils, cases and places
  ciqikouAdmin: "", // u-ciqikou-admin: the street above 凤凰山社区
  tuzhuAdmin: "", // u-tuzhu-admin: another street
  gridWorker: "", // u-grid-worker, 凤凰山社区第1网格: a mediator
  party: "", // u-resident (李德文): a party to a case, not running anything
  resident: "", // u-resident-2: a resident of 凤凰山社区, no member, no party
  partner: "", // u-partner: district-wide, read only
};

/** 凤凰山社区's teahouse (a demo place) and a council of 凤凰山社区 that meets there. */
const fixture = { teahouse: { id: "", name: "" }, council: { id: "", name: "凤凰山社区居民议事会" } };

const CREATE_COUNCIL = "mutation($i: CreateCouncilInput!) { createCouncil(input: $i) { id } }";
const OPEN_CASE = "mutation($i: OpenMediationCaseInput!) { openMediationCase(input: $i) { id version } }";
const SESSION = "mutation($i: RecordMediationSessionInput!) { recordMediationSession(input: $i) { id version } }";
const CONCLUDE = "mutation($i: ConcludeMediationInput!) { concludeMediation(input: $i) { id version } }";
const REPORT = "mutation($i: ReportIssueInput!) { reportIssue(input: $i) { issue { id } } }";
const T = transitionDocuments("{ id version }");

const namedMembers = (n: number) => Array.from({ length: n }, (_, i) => ({ role: "OWNER_REPRESENTATIVE", name: `代表${i + 1}`, organisation: "业主委员会" }));
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();

/** A case of 凤凰山社区 opened by its admin, mediated by 凤凰山's grid worker. */
const caseInput = (extra: Record<string, unknown> = {}) => ({
  idempotencyKey: key("case"),
  unitId: FENGHUANG,
  category: "NEIGHBOUR",
  title: "楼上漏水纠纷",
  summary: "楼上卫生间漏水，楼下天花板受损。",
  parties: [
    { kind: "PERSON", side: "APPLICANT", name: "李德文", personId: "u-resident" },
    { kind: "PERSON", side: "RESPONDENT", name: "钱小红", phone: "13700001111" },
  ],
  mediatorIds: ["u-grid-worker"],
  ...extra,
});

/** An issue reported through the API by `token` in `gridId`. */
async function report(token: string, gridId: string, title: string, description = "楼道内有积水。"): Promise<string> {
  const data = await ok(h.gql(token, REPORT, { i: { idempotencyKey: key("issue"), title, description, categoryCode: "PROPERTY_DISPUTE", gridId, channel: "GRID_PATROL" } }));
  return data.reportIssue.issue.id;
}

beforeAll(async () => {
  h = await createHarness();
  tokens.fenghuangAdmin = await h.token(Role.COMMUNITY_ADMIN, FENGHUANG, "u-fenghuangshan-admin");
  tokens.ciqikouAdmin = await h.token(Role.STREET_ADMIN, CIQIKOU, "u-ciqikou-admin");
  tokens.tuzhuAdmin = await h.token(Role.STREET_ADMIN, TUZHU, "u-tuzhu-admin");
  tokens.gridWorker = await h.token(Role.GRID_WORKER, FENGHUANG_GRID_1, "u-grid-worker");
  tokens.party = await h.token(Role.RESIDENT, FENGHUANG, "u-resident");
  tokens.resident = await h.token(Role.RESIDENT, FENGHUANG, "u-resident-2");
  tokens.partner = await h.token(Role.PARTNER, DISTRICT, "u-partner");

  const places = (await ok(h.gql(tokens.fenghuangAdmin, "query($u: ID) { places(unitId: $u, first: 100) { edges { node { id name } } } }", { u: FENGHUANG }))).places.edges;
  fixture.teahouse = places.map((e: any) => e.node).find((p: any) => p.name === "凤凰山社区和顺茶馆");
  fixture.council.id = (
    await ok(
      h.gql(tokens.fenghuangAdmin, CREATE_COUNCIL, {
        i: {
          idempotencyKey: key("council"),
          kind: "RESIDENT_COUNCIL",
          name: fixture.council.name,
          unitId: FENGHUANG,
          placeId: fixture.teahouse.id,
          cadence: "MONTHLY",
          members: namedMembers(3),
          quorumCount: 2,
        },
      }),
    )
  ).createCouncil.id;
}, 120_000);
afterAll(() => h?.close());

// ---------------------------------------------------------------------------------------------

describe("1. a meeting's announced place reaches residents through the masking layer", () => {
  const PLACE_TEXT = `百年世家${PLANTED.house} 张伟家 ${PLANTED.phone}`;
  const FIELDS = "id place";
  let meetingId: string;

  const expectMasked = (place: string) => {
    expect(place).not.toContain(PLANTED.phone);
    expect(place).not.toContain(PLANTED.house);
  };

  beforeAll(async () => {
    meetingId = (
      await ok(
        h.gql(tokens.fenghuangAdmin, SCHEDULE, {
          i: {
            idempotencyKey: key("meeting"),
            councilId: fixture.council.id,
            title: "楼道议事",
            startsAt: "2030-03-01T11:00:00+08:00",
            place: PLACE_TEXT,
            agenda: [{ title: "议题", plannedMinutes: 30 }],
          },
        }),
      )
    ).scheduleMeeting.id;
  });

  it("masks the place in meeting(id) for a resident who does not run the council", async () => {
    const meeting = dataOf(await h.gql(tokens.resident, `query($id: ID!) { meeting(id: $id) { ${FIELDS} } }`, { id: meetingId })).meeting;
    expect(meeting).not.toBeNull();
    expectMasked(meeting.place);
  });

  it("masks the place in node(id) … on Meeting", async () => {
    const node = dataOf(await h.gql(tokens.resident, `query($id: ID!) { node(id: $id) { ... on Meeting { ${FIELDS} } } }`, { id: meetingId })).node;
    expect(node).toMatchObject({ id: meetingId });
    expectMasked(node.place);
  });

  it("masks the place in the meetings(unitId, from, to) list", async () => {
    const edges = dataOf(
      await h.gql(tokens.resident, `query($u: ID, $from: DateTime, $to: DateTime) { meetings(unitId: $u, from: $from, to: $to, first: 100) { edges { node { ${FIELDS} } } } }`, {
        u: FENGHUANG,
        from: FROM,
        to: TO,
      }),
    ).meetings.edges;
    const listed = edges.map((e: any) => e.node).find((m: any) => m.id === meetingId);
    expect(listed).toBeDefined();
    expectMasked(listed.place);
  });

  it("masks the place in council(id) { meetings }", async () => {
    const council = dataOf(
      await h.gql(tokens.resident, `query($id: ID!) { council(id: $id) { meetings(first: 100) { edges { node { ${FIELDS} } } } } }`, { id: fixture.council.id }),
    ).council;
    const listed = council.meetings.edges.map((e: any) => e.node).find((m: any) => m.id === meetingId);
    expect(listed).toBeDefined();
    expectMasked(listed.place);
  });

  it("leaves the place as written for the admin who runs the council, on every path", async () => {
    const q = `query($id: ID!, $c: ID!, $u: ID) {
      meeting(id: $id) { place }
      node(id: $id) { ... on Meeting { place } }
      meetings(unitId: $u, from: "${FROM}", to: "${TO}", first: 100) { edges { node { id place } } }
      council(id: $c) { meetings(first: 100) { edges { node { id place } } } } }`;
    const data = dataOf(await h.gql(tokens.fenghuangAdmin, q, { id: meetingId, c: fixture.council.id, u: FENGHUANG }));
    expect(data.meeting.place).toBe(PLACE_TEXT);
    expect(data.node.place).toBe(PLACE_TEXT);
    expect(data.meetings.edges.find((e: any) => e.node.id === meetingId).node.place).toBe(PLACE_TEXT);
    expect(data.council.meetings.edges.find((e: any) => e.node.id === meetingId).node.place).toBe(PLACE_TEXT);
  });
});

// ---------------------------------------------------------------------------------------------

describe("2. a mediation party reads nothing of the other party's name or phone", () => {
  const OTHER = { name: "王小明", phone: "13800138000" };
  const COURT = `巡回法庭 联系${OTHER.name} ${OTHER.phone}`;
  const CASE_FIELDS = `id title summary agreementText closingNote unitName
    parties { name phone personId } mediators { name }
    sessions { kind court note placeName } obligations { description note }`;
  let caseId: string;

  beforeAll(async () => {
    let c = (
      await ok(
        h.gql(tokens.fenghuangAdmin, OPEN_CASE, {
          i: caseInput({
            title: `${OTHER.name}家漏水纠纷`,
            summary: `${OTHER.name}(${OTHER.phone})家卫生间漏水，楼下李德文家天花板受损。`,
            placeId: fixture.teahouse.id,
            parties: [
              { kind: "PERSON", side: "APPLICANT", name: "李德文", personId: "u-resident" },
              { kind: "PERSON", side: "RESPONDENT", name: OTHER.name, phone: OTHER.phone },
            ],
          }),
        }),
      )
    ).openMediationCase;
    const at = "2026-02-10T10:00:00+08:00";
    c = (await ok(h.gql(tokens.gridWorker, SESSION, { i: { caseId: c.id, expectedVersion: c.version, kind: "MEDIATION", at, note: `${OTHER.name}同意赔偿，电话${OTHER.phone}` } })))
      .recordMediationSession;
    c = (await ok(h.gql(tokens.gridWorker, SESSION, { i: { caseId: c.id, expectedVersion: c.version, kind: "CIRCUIT_COURT", at, court: COURT } }))).recordMediationSession;
    c = (
      await ok(
        h.gql(tokens.gridWorker, CONCLUDE, {
          i: {
            caseId: c.id,
            expectedVersion: c.version,
            outcome: "AGREEMENT",
            agreementText: `${OTHER.name}赔偿李德文维修费500元。`,
            obligations: [{ partyId: "p2", description: `${OTHER.name}(${OTHER.phone})支付维修费`, amountYuan: 500, dueAt: inDays(30) }],
          },
        }),
      )
    ).concludeMediation;
    caseId = c.id;
  });

  it("masks the other party's name and phone in sessions[].court of mediationCase(id)", async () => {
    const c = dataOf(await h.gql(tokens.party, "query($id: ID!) { mediationCase(id: $id) { parties { name phone } sessions { kind court note } } }", { id: caseId })).mediationCase;
    expect(c).not.toBeNull();
    const court = c.sessions.find((s: any) => s.kind === "CIRCUIT_COURT").court;
    expect(court).not.toBeNull();
    expect(court).not.toContain(OTHER.name);
    expect(court).not.toContain(OTHER.phone);
  });

  it("leaves no string of the case holding the other party's name or phone, through mediationCase, node and mediationCases", async () => {
    const q = `query($id: ID!) {
      mediationCase(id: $id) { ${CASE_FIELDS} }
      node(id: $id) { ... on MediationCase { ${CASE_FIELDS} } }
      mediationCases(first: 100) { edges { node { ${CASE_FIELDS} } } } }`;
    const data = dataOf(await h.gql(tokens.party, q, { id: caseId }));
    expect(data.mediationCase).not.toBeNull();
    expect(data.node).not.toBeNull();
    expect(data.mediationCases.edges.map((e: any) => e.node.id)).toContain(caseId);
    expect(leaks(data, [OTHER.name, OTHER.phone])).toEqual([]);
  });

  it("leaves the court as written for the mediator and the admin over the case", async () => {
    for (const token of [tokens.gridWorker, tokens.fenghuangAdmin]) {
      const c = dataOf(await h.gql(token, "query($id: ID!) { mediationCase(id: $id) { sessions { kind court } } }", { id: caseId })).mediationCase;
      expect(c.sessions.find((s: any) => s.kind === "CIRCUIT_COURT").court).toBe(COURT);
    }
  });
});

// ---------------------------------------------------------------------------------------------

describe("3. a command naming what the caller may not reach is NOT_FOUND, like what does not exist, and writes nothing", () => {
  let tuzhuIssue: string;
  let tuzhuHall: string;
  const tuzhuAdmin = { id: "u-tuzhu-admin", name: "刘建国", role: "STREET_ADMIN" };
  const partner = { id: "u-partner", name: "数据共享伙伴", role: "PARTNER" };
  let tuzhuWorker: { id: string; name: string; role: string };

  const councilWith = (member: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
    i: {
      idempotencyKey: key("ref-council"),
      kind: "RESIDENT_COUNCIL",
      name: "引用测试议事会",
      unitId: FENGHUANG,
      cadence: "MONTHLY",
      members: [member, ...namedMembers(2)],
      quorumCount: 1,
      ...extra,
    },
  });
  const meetingWith = (extra: Record<string, unknown>, agenda: Record<string, unknown>[] = [{ title: "议题", plannedMinutes: 30 }]) => ({
    i: { idempotencyKey: key("ref-meeting"), councilId: fixture.council.id, title: "引用测试", startsAt: "2030-04-01T11:00:00+08:00", place: "社区活动室", agenda, ...extra },
  });
  const expectSilentAbout = (message: string, person: { name: string; role: string }) => {
    expect(message).not.toContain(person.name);
    expect(message).not.toContain(person.role);
  };

  beforeAll(async () => {
    const worker = h.demo.people.find((p) => p.id === TUZHU_GRID_WORKER)!;
    tuzhuWorker = { id: worker.id, name: worker.name, role: "GRID_WORKER" };
    tuzhuIssue = await report(tokens.tuzhuAdmin, TUZHU_GRID, "土主老街路灯不亮");
    tuzhuHall = (
      await ok(
        h.gql(tokens.tuzhuAdmin, CREATE_COUNCIL, {
          i: { idempotencyKey: key("tuzhu-hall"), kind: "HALL", name: "土主街道红色议事厅", unitId: TUZHU, cadence: "WEEKLY", members: namedMembers(2), quorumCount: 1 },
        }),
      )
    ).createCouncil.id;
  });

  describe("createCouncil members", () => {
    it("still creates a council whose member is a person of the admin's own community (control)", async () => {
      expect(outcome(await h.gql(tokens.fenghuangAdmin, CREATE_COUNCIL, councilWith({ role: "OWNER_REPRESENTATIVE", personId: "u-resident" })))).toBe("OK");
    });

    it("is NOT_FOUND for a member in another street (u-tuzhu-admin), naming neither their role nor their name", async () => {
      const res = await refusedWithoutWrites(h, tokens.fenghuangAdmin, CREATE_COUNCIL, councilWith({ role: "LOCAL_UNIT", personId: tuzhuAdmin.id }), "NOT_FOUND");
      expectSilentAbout(res.errors![0].message, tuzhuAdmin);
    });

    it("is NOT_FOUND for a member who is the district's partner (above the admin's scope), naming neither PARTNER nor the name", async () => {
      const res = await refusedWithoutWrites(h, tokens.fenghuangAdmin, CREATE_COUNCIL, councilWith({ role: "LOCAL_UNIT", personId: partner.id }), "NOT_FOUND");
      expectSilentAbout(res.errors![0].message, partner);
    });

    it("is NOT_FOUND for a member who does not exist", async () => {
      await refusedWithoutWrites(h, tokens.fenghuangAdmin, CREATE_COUNCIL, councilWith({ role: "LOCAL_UNIT", personId: MADE_UP.person }), "NOT_FOUND");
    });

    it("answers a member out of reach exactly as one who does not exist (the message differs only by the id)", async () => {
      const outOfReach = await h.gql(tokens.fenghuangAdmin, CREATE_COUNCIL, councilWith({ role: "LOCAL_UNIT", personId: tuzhuAdmin.id }));
      const missing = await h.gql(tokens.fenghuangAdmin, CREATE_COUNCIL, councilWith({ role: "LOCAL_UNIT", personId: MADE_UP.person }));
      const shape = (res: typeof missing, id: string) => ({ code: outcome(res), message: res.errors?.[0]?.message.split(id).join("<id>") });
      expect(shape(outOfReach, tuzhuAdmin.id)).toEqual(shape(missing, MADE_UP.person));
      expect(outcome(missing)).toBe("NOT_FOUND");
    });

    it("is NOT_FOUND for a placeId that does not exist", async () => {
      await refusedWithoutWrites(h, tokens.fenghuangAdmin, CREATE_COUNCIL, councilWith(namedMembers(1)[0], { placeId: MADE_UP.place }), "NOT_FOUND");
    });
  });

  describe("openMediationCase mediators and council", () => {
    it("is NOT_FOUND for a mediator who is a grid worker of 土主街道, naming neither their role nor their name", async () => {
      const res = await refusedWithoutWrites(h, tokens.fenghuangAdmin, OPEN_CASE, { i: caseInput({ mediatorIds: [tuzhuWorker.id] }) }, "NOT_FOUND");
      expectSilentAbout(res.errors![0].message, tuzhuWorker);
    });

    it("is NOT_FOUND for a mediator who is the district's partner, the message naming neither PARTNER nor the name", async () => {
      const res = await refusedWithoutWrites(h, tokens.fenghuangAdmin, OPEN_CASE, { i: caseInput({ mediatorIds: [partner.id] }) }, "NOT_FOUND");
      expectSilentAbout(res.errors![0].message, partner);
    });

    it("is NOT_FOUND for a mediator who does not exist", async () => {
      await refusedWithoutWrites(h, tokens.fenghuangAdmin, OPEN_CASE, { i: caseInput({ mediatorIds: [MADE_UP.person] }) }, "NOT_FOUND");
    });

    it("is NOT_FOUND for the councilId of 土主街道's hall", async () => {
      await refusedWithoutWrites(h, tokens.fenghuangAdmin, OPEN_CASE, { i: caseInput({ councilId: tuzhuHall }) }, "NOT_FOUND");
    });

    it("is NOT_FOUND for a councilId that names no council", async () => {
      await refusedWithoutWrites(h, tokens.fenghuangAdmin, OPEN_CASE, { i: caseInput({ councilId: MADE_UP.council }) }, "NOT_FOUND");
    });
  });

  describe("scheduleMeeting links", () => {
    it("is NOT_FOUND for an agenda item linking an issue of 土主街道 (one the admin's issue(id) answers null for)", async () => {
      expect(dataOf(await h.gql(tokens.fenghuangAdmin, "query($id: ID!) { issue(id: $id) { id } }", { id: tuzhuIssue })).issue).toBeNull();
      await refusedWithoutWrites(h, tokens.fenghuangAdmin, SCHEDULE, meetingWith({}, [{ title: "议题", plannedMinutes: 30, linkedIssueIds: [tuzhuIssue] }]), "NOT_FOUND");
    });

    it("is NOT_FOUND for an agenda item linking an issue id that names no issue", async () => {
      await refusedWithoutWrites(h, tokens.fenghuangAdmin, SCHEDULE, meetingWith({}, [{ title: "议题", plannedMinutes: 30, linkedIssueIds: [MADE_UP.issue] }]), "NOT_FOUND");
    });

    it("is NOT_FOUND for a placeId that names no place", async () => {
      await refusedWithoutWrites(h, tokens.fenghuangAdmin, SCHEDULE, meetingWith({ placeId: MADE_UP.place }), "NOT_FOUND");
    });
  });
});

// ---------------------------------------------------------------------------------------------

describe("4. a partner reads no name the issue's own texts mark as a name, in any of its texts", () => {
  const ISSUE_FIELDS = "id title description resolution { note } timeline { note }";
  let issueId: string;

  beforeAll(async () => {
    issueId = await report(tokens.fenghuangAdmin, FENGHUANG_GRID_1, `张伟家楼道漏水 ${PLANTED.phone}`, `联系人张伟，电话${PLANTED.phone}`);
    let v = (await ok(h.gql(tokens.fenghuangAdmin, T.accept, { i: { id: issueId, note: `已核实，张伟电话${PLANTED.phone}` } }))).acceptIssue.version;
    v = (await ok(h.gql(tokens.fenghuangAdmin, T.assign, { i: { id: issueId, expectedVersion: v, assigneeId: "u-grid-worker" } }))).assignIssue.version;
    await ok(h.gql(tokens.fenghuangAdmin, T.comment, { i: { id: issueId, idempotencyKey: key("comment"), text: "上门见张伟" } }));
    await ok(h.gql(tokens.gridWorker, T.start, { i: { id: issueId } }));
    await ok(h.gql(tokens.gridWorker, T.resolve, { i: { id: issueId, outcome: "FIXED", result: "已为张伟家更换楼道水管" } }));
  });

  it("issue(id): no string of title, description, resolution or timeline holds 张伟", async () => {
    const issue = dataOf(await h.gql(tokens.partner, `query($id: ID!) { issue(id: $id) { ${ISSUE_FIELDS} } }`, { id: issueId })).issue;
    expect(issue).not.toBeNull();
    expect(leaks(issue, [PLANTED.name, PLANTED.phone])).toEqual([]);
  });

  it("issues(filter: { under }) list: the same", async () => {
    const edges = dataOf(await h.gql(tokens.partner, `query($u: ID) { issues(filter: { under: $u }, first: 20) { edges { node { ${ISSUE_FIELDS} } } } }`, { u: FENGHUANG })).issues
      .edges;
    const listed = edges.map((e: any) => e.node).find((i: any) => i.id === issueId);
    expect(listed).toBeDefined();
    expect(leaks(listed, [PLANTED.name, PLANTED.phone])).toEqual([]);
  });

  it("node(id) … on Issue: the same", async () => {
    const node = dataOf(await h.gql(tokens.partner, `query($id: ID!) { node(id: $id) { ... on Issue { ${ISSUE_FIELDS} } } }`, { id: issueId })).node;
    expect(node).toMatchObject({ id: issueId });
    expect(leaks(node, [PLANTED.name, PLANTED.phone])).toEqual([]);
  });

  it("leaves every text as written for the community's admin (control)", async () => {
    const issue = dataOf(await h.gql(tokens.fenghuangAdmin, `query($id: ID!) { issue(id: $id) { ${ISSUE_FIELDS} } }`, { id: issueId })).issue;
    expect(issue.title).toBe(`张伟家楼道漏水 ${PLANTED.phone}`);
    expect(issue.timeline.map((e: any) => e.note)).toEqual(expect.arrayContaining([`已核实，张伟电话${PLANTED.phone}`, "上门见张伟"]));
  });
});

// ---------------------------------------------------------------------------------------------

describe("5. a service place's address, services and timetable notes reach residents masked", () => {
  const ADDRESS = `凤凰山路 值班电话${PLANTED.phone} 身份证${PLANTED.idNumber}`;
  const SERVICES = [`法律援助 ${PLANTED.phone}`, `身份核验 ${PLANTED.idNumber}`];
  const NOTE = `咨询请联系${PLANTED.phone}，带身份证${PLANTED.idNumber}`;
  const AT = { latitude: 29.599, longitude: 106.42 };
  const PLACE_FIELDS = "id address services timetable { slots { note } }";
  const SECRETS = [PLANTED.phone, PLANTED.idNumber];
  let placeId: string;

  beforeAll(async () => {
    placeId = (
      await ok(
        h.gql(tokens.fenghuangAdmin, "mutation($i: CreatePlaceInput!) { createPlace(input: $i) { id } }", {
          i: { idempotencyKey: key("place"), unitId: FENGHUANG, kind: "SERVICE_POINT", name: "凤凰山社区便民服务点", address: ADDRESS, services: SERVICES, ...AT },
        }),
      )
    ).createPlace.id;
    await ok(
      h.gql(tokens.fenghuangAdmin, "mutation($i: SetPlaceTimetableInput!) { setPlaceTimetable(input: $i) { id } }", {
        i: { placeId, expectedVersion: 0, slots: [{ weekday: "WEDNESDAY", start: "09:00", end: "11:00", department: "司法所", service: "法律援助咨询", note: NOTE }] },
      }),
    );
  });

  const expectMasked = (place: any) => {
    expect(place).toMatchObject({ id: placeId });
    expect(place.timetable.slots).toHaveLength(1);
    expect(leaks(place, SECRETS)).toEqual([]);
  };

  it("place(id)", async () => {
    expectMasked(dataOf(await h.gql(tokens.resident, `query($id: ID!) { place(id: $id) { ${PLACE_FIELDS} } }`, { id: placeId })).place);
  });

  it("places(unitId)", async () => {
    const edges = dataOf(await h.gql(tokens.resident, `query($u: ID) { places(unitId: $u, first: 50) { edges { node { ${PLACE_FIELDS} } } } }`, { u: FENGHUANG })).places.edges;
    expectMasked(edges.map((e: any) => e.node).find((p: any) => p.id === placeId));
  });

  it("node(id) … on Place", async () => {
    expectMasked(dataOf(await h.gql(tokens.resident, `query($id: ID!) { node(id: $id) { ... on Place { ${PLACE_FIELDS} } } }`, { id: placeId })).node);
  });

  it("timetableNear: the place and the slot's note", async () => {
    const week = dataOf(
      await h.gql(
        tokens.resident,
        "query($lat: Float!, $lng: Float!) { timetableNear(latitude: $lat, longitude: $lng, radiusMetres: 150) { days { weekday sessions { place { id address services } slot { note service } } } } }",
        { lat: AT.latitude, lng: AT.longitude },
      ),
    ).timetableNear;
    const sessions = week.days.flatMap((d: any) => d.sessions).filter((s: any) => s.place.id === placeId);
    expect(sessions).toHaveLength(1);
    expect(leaks(week, SECRETS)).toEqual([]);
  });

  it("leaves them as written for the admin whose scope holds the place", async () => {
    const place = dataOf(await h.gql(tokens.fenghuangAdmin, `query($id: ID!) { place(id: $id) { ${PLACE_FIELDS} } }`, { id: placeId })).place;
    expect(place).toEqual({ id: placeId, address: ADDRESS, services: SERVICES, timetable: { slots: [{ note: NOTE }] } });
  });
});

// ---------------------------------------------------------------------------------------------

describe("6. a cursor belongs to the list that issued it", () => {
  const UNITS =
    "query($k: OrgUnitKind!, $u: ID, $first: Int, $after: String) { orgUnits(kind: $k, under: $u, first: $first, after: $after) { edges { node { id } } pageInfo { endCursor } } }";
  const ISSUES = "query($f: IssueFilter, $first: Int, $after: String) { issues(filter: $f, first: $first, after: $after) { edges { node { id } } pageInfo { endCursor } } }";
  let gridCursor: string; // after the first grid of 凤凰山社区, as 磁器口街道's admin listed it
  let issueCursor: string; // after the newest issue of 凤凰山社区, as its admin listed them

  beforeAll(async () => {
    gridCursor = (await ok(h.gql(tokens.ciqikouAdmin, UNITS, { k: "GRID", u: FENGHUANG, first: 1 }))).orgUnits.pageInfo.endCursor;
    await report(tokens.fenghuangAdmin, FENGHUANG_GRID_1, "楼道灯不亮");
    await report(tokens.fenghuangAdmin, FENGHUANG_GRID_2, "垃圾桶破损");
    issueCursor = (await ok(h.gql(tokens.fenghuangAdmin, ISSUES, { f: { under: FENGHUANG }, first: 1 }))).issues.pageInfo.endCursor;
    expect(gridCursor).toEqual(expect.any(String));
    expect(issueCursor).toEqual(expect.any(String));
  });

  it("orgUnits: continues the list that issued it (control)", async () => {
    expect(outcome(await h.gql(tokens.ciqikouAdmin, UNITS, { k: "GRID", u: FENGHUANG, after: gridCursor }))).toBe("OK");
  });

  it("orgUnits: BAD_USER_INPUT under 磁器口街道, the street that holds 凤凰山社区", async () => {
    expect(outcome(await h.gql(tokens.ciqikouAdmin, UNITS, { k: "GRID", u: CIQIKOU, after: gridCursor }))).toBe("BAD_USER_INPUT");
  });

  it("orgUnits: BAD_USER_INPUT under 金蓉社区, a sibling in scope", async () => {
    expect(outcome(await h.gql(tokens.ciqikouAdmin, UNITS, { k: "GRID", u: JINRONG, after: gridCursor }))).toBe("BAD_USER_INPUT");
  });

  it("orgUnits: BAD_USER_INPUT for another kind under the same unit", async () => {
    expect(outcome(await h.gql(tokens.ciqikouAdmin, UNITS, { k: "BUILDING", u: FENGHUANG, after: gridCursor }))).toBe("BAD_USER_INPUT");
  });

  it("issues: continues the list that issued it (control)", async () => {
    expect(outcome(await h.gql(tokens.fenghuangAdmin, ISSUES, { f: { under: FENGHUANG }, after: issueCursor }))).toBe("OK");
  });

  it("issues: BAD_USER_INPUT with a created range added to the same filter", async () => {
    expect(outcome(await h.gql(tokens.fenghuangAdmin, ISSUES, { f: { under: FENGHUANG, createdAfter: FROM }, after: issueCursor }))).toBe("BAD_USER_INPUT");
  });

  it("issues: BAD_USER_INPUT with a priority filter", async () => {
    expect(outcome(await h.gql(tokens.fenghuangAdmin, ISSUES, { f: { under: FENGHUANG, priority: "NORMAL" }, after: issueCursor }))).toBe("BAD_USER_INPUT");
  });
});

// ---------------------------------------------------------------------------------------------

describe("7. a council's rules must be able to decide", () => {
  const council = (extra: Record<string, unknown>) => ({
    i: { idempotencyKey: key("rules"), kind: "RESIDENT_COUNCIL", name: "规则测试议事会", unitId: FENGHUANG, cadence: "MONTHLY", members: namedMembers(3), ...extra },
  });

  it("refuses a council with no members (BAD_USER_INPUT) and writes nothing", async () => {
    await refusedWithoutWrites(h, tokens.fenghuangAdmin, CREATE_COUNCIL, council({ members: [], quorumPercent: 50 }), "BAD_USER_INPUT");
  });

  it("refuses quorumCount: 0 (BAD_USER_INPUT) and writes nothing", async () => {
    await refusedWithoutWrites(h, tokens.fenghuangAdmin, CREATE_COUNCIL, council({ quorumCount: 0 }), "BAD_USER_INPUT");
  });
});

// ---------------------------------------------------------------------------------------------

describe("8. links are objects the admin in scope can follow", () => {
  const fenghuang = { id: FENGHUANG, name: "凤凰山社区" };
  const made = { meeting: "", meetingWithoutVenue: "", case: "", notice: "" };

  beforeAll(async () => {
    const schedule = async (extra: Record<string, unknown>) =>
      (
        await ok(
          h.gql(tokens.fenghuangAdmin, SCHEDULE, {
            i: {
              idempotencyKey: key("link-meeting"),
              councilId: fixture.council.id,
              title: "链接议事",
              startsAt: "2030-05-01T11:00:00+08:00",
              place: "茶馆二楼",
              agenda: [{ title: "议题", plannedMinutes: 30 }],
              ...extra,
            },
          }),
        )
      ).scheduleMeeting.id;
    made.meeting = await schedule({ placeId: fixture.teahouse.id });
    made.meetingWithoutVenue = await schedule({});
    await ok(h.gql(tokens.fenghuangAdmin, OPEN_MEETING, { i: { meetingId: made.meeting } }));
    const c = (await ok(h.gql(tokens.fenghuangAdmin, OPEN_CASE, { i: caseInput({ councilId: fixture.council.id, placeId: fixture.teahouse.id }) }))).openMediationCase;
    await ok(
      h.gql(tokens.gridWorker, SESSION, { i: { caseId: c.id, expectedVersion: c.version, kind: "MEDIATION", at: "2026-02-10T10:00:00+08:00", placeId: fixture.teahouse.id } }),
    );
    made.case = c.id;
    made.notice = (
      await ok(
        h.gql(tokens.fenghuangAdmin, "mutation($i: PostNoticeInput!) { postNotice(input: $i) { id } }", {
          i: { idempotencyKey: key("notice"), title: "停水通知", body: "周三停水。", unitId: FENGHUANG },
        }),
      )
    ).postNotice.id;
  });

  const read = async (query: string, variables: Record<string, unknown>) => dataOf(await h.gql(tokens.fenghuangAdmin, query, variables));

  it("Council.unit is the council's unit", async () => {
    expect((await read("query($id: ID!) { council(id: $id) { unit { id name } } }", { id: fixture.council.id })).council.unit).toEqual(fenghuang);
  });

  it("Council.place is the place it meets at", async () => {
    expect((await read("query($id: ID!) { council(id: $id) { place { id name } } }", { id: fixture.council.id })).council.place).toEqual(fixture.teahouse);
  });

  it("Meeting.council is the council holding it", async () => {
    expect((await read("query($id: ID!) { meeting(id: $id) { council { id name } } }", { id: made.meeting })).meeting.council).toEqual(fixture.council);
  });

  it("Meeting.venue is the Place named by placeId, while Meeting.place stays the announced text", async () => {
    const meeting = (await read("query($id: ID!) { meeting(id: $id) { place venue { id name } } }", { id: made.meeting })).meeting;
    expect(meeting).toEqual({ place: "茶馆二楼", venue: fixture.teahouse });
  });

  it("Meeting.venue is null for a meeting without a placeId", async () => {
    expect((await read("query($id: ID!) { meeting(id: $id) { venue { id } } }", { id: made.meetingWithoutVenue })).meeting.venue).toBeNull();
  });

  it("Place.unit is the unit that runs it", async () => {
    expect((await read("query($id: ID!) { place(id: $id) { unit { id name } } }", { id: fixture.teahouse.id })).place.unit).toEqual(fenghuang);
  });

  it("MediationCase.unit, .council and .place are the handling unit, its council and its place", async () => {
    const c = (await read("query($id: ID!) { mediationCase(id: $id) { unit { id name } council { id name } place { id name } } }", { id: made.case })).mediationCase;
    expect(c).toEqual({ unit: fenghuang, council: fixture.council, place: fixture.teahouse });
  });

  it("MediationSession.place is the place the session was held at", async () => {
    const c = (await read("query($id: ID!) { mediationCase(id: $id) { sessions { place { id name } } } }", { id: made.case })).mediationCase;
    expect(c.sessions).toEqual([{ place: fixture.teahouse }]);
  });

  it("Notice.unit is the unit whose board it is on", async () => {
    expect((await read("query($id: ID!) { node(id: $id) { ... on Notice { unit { id name } } } }", { id: made.notice })).node.unit).toEqual(fenghuang);
  });
});
