// Mediation cases against DynamoDB Local through the real server: the state rules row by row
// (places.policy.ts MEDIATION_ACTIONS), repeated commands, idempotent opening, overdue
// obligations read by due-date key, who sees a case and how much of its parties (the scope
// matrix), partners' counts, the demo's cases, and bad input on every mutation writing nothing.
import { ScanCommand } from "@aws-sdk/lib-dynamodb";
import { Role } from "../../api/auth/actor";
import { admits } from "../../api/auth/policy";
import { seedMediation, XIANGXIELI_COUNCIL_ID } from "../../api/mediation/mediation.seed";
import { contextAs } from "../../api/context";
import { MEDIATION_ACTIONS, MEDIATION_POLICY } from "../../api/mediation/mediation.policy";
import { demoPlaceId } from "../../api/places/place.seed";
import { createHarness, ok, outcome, type Harness } from "../helpers/harness";

let h: Harness;
let district: string;
let fenghuang: string;
let mediator: string;
let resident: string;
let partner: string;

beforeAll(async () => {
  h = await createHarness();
  // The demo's cases are seeded only with walked-through records (scale > 0); this file needs them.
  await seedMediation({ db: h.db, demo: h.demo, scale: 1, log: () => {}, contextAs: (actor, now) => contextAs(h.db, actor, now) });
  district = await h.token(Role.DISTRICT_ADMIN, "500106", "u-district-admin");
  fenghuang = await h.token(Role.COMMUNITY_ADMIN, h.unit("凤凰山社区").id, "u-fenghuangshan-admin");
  mediator = await h.token(Role.GRID_WORKER, h.unit("凤凰山社区第1网格").id, "u-grid-worker");
  resident = await h.token(Role.RESIDENT, h.unit("凤凰山社区").id, "u-resident");
  partner = await h.token(Role.PARTNER, "500106", "u-partner");
}, 60_000);
afterAll(() => h.close());

const CASE = `{ id state outcome version unitId councilId placeId title summary agreementText closingNote closedAt overdueObligationCount
  parties { id kind side name personId phone } mediators { personId name }
  sessions { id kind at placeId placeName court note } obligations { id partyId description amountYuan dueAt fulfilledAt overdue } }`;
const OPEN = `mutation($i: OpenMediationCaseInput!) { openMediationCase(input: $i) ${CASE} }`;
const SESSION = `mutation($i: RecordMediationSessionInput!) { recordMediationSession(input: $i) ${CASE} }`;
const CONCLUDE = `mutation($i: ConcludeMediationInput!) { concludeMediation(input: $i) ${CASE} }`;
const FULFIL = `mutation($i: FulfilObligationInput!) { fulfilObligation(input: $i) ${CASE} }`;
const CLOSE = `mutation($i: CloseMediationCaseInput!) { closeMediationCase(input: $i) ${CASE} }`;
const READ = `query($id: ID!) { mediationCase(id: $id) ${CASE} }`;

let keys = 0;
const openInput = (extra: Record<string, unknown> = {}) => ({
  idempotencyKey: `c-${(keys += 1)}`,
  placeId: demoPlaceId(6),
  category: "NEIGHBOUR",
  title: "楼上漏水纠纷",
  summary: "居民王芳(13912345678)反映楼上3栋2单元501漏水，与李德文协商未果。",
  parties: [
    { kind: "PERSON", side: "APPLICANT", name: "王芳", phone: "13912345678" },
    { kind: "PERSON", side: "RESPONDENT", name: "李德文", personId: "u-resident", phone: "13900000008" },
    { kind: "ORGANISATION", side: "RESPONDENT", name: "百年世家物业公司" },
  ],
  mediatorIds: ["u-grid-worker"],
  ...extra,
});
const open = async (token = fenghuang, extra: Record<string, unknown> = {}) => (await ok(h.gql(token, OPEN, { i: openInput(extra) }))).openMediationCase;
const at = (days: number) => new Date(Date.now() + days * 86400_000).toISOString();

describe("state rules", () => {
  it("runs OPEN → IN_MEDIATION → REFERRED → (court sitting) → CLOSED, refusing every step from the wrong state", async () => {
    let c = await open();
    expect(c).toMatchObject({ state: "OPEN", version: 1 });
    const refused = async (doc: string, input: Record<string, unknown>) => outcome(await h.gql(mediator, doc, { i: { caseId: c.id, expectedVersion: c.version, ...input } }));
    expect(await refused(CONCLUDE, { outcome: "NO_AGREEMENT" })).toBe("INVALID_TRANSITION");
    expect(await refused(SESSION, { kind: "CIRCUIT_COURT", at: at(0), court: "巡回法庭" })).toBe("INVALID_TRANSITION");
    expect(await refused(FULFIL, { obligationId: "o1" })).toBe("INVALID_TRANSITION");
    expect(await refused(CLOSE, { note: "x" })).toBe("INVALID_TRANSITION");

    c = (await ok(h.gql(mediator, SESSION, { i: { caseId: c.id, expectedVersion: 1, kind: "MEDIATION", at: "2026-02-10T10:00:00+08:00", note: "第一次调解" } })))
      .recordMediationSession;
    expect(c).toMatchObject({ state: MEDIATION_ACTIONS.session.to, version: 2 });
    expect(c.sessions).toEqual([
      { id: "s1", kind: "MEDIATION", at: "2026-02-10T02:00:00.000Z", placeId: demoPlaceId(6), placeName: "凤凰山社区和顺茶馆", court: null, note: "第一次调解" },
    ]);
    c = (await ok(h.gql(mediator, CONCLUDE, { i: { caseId: c.id, expectedVersion: 2, outcome: "REFERRED_TO_COURT" } }))).concludeMediation;
    expect(c).toMatchObject({ state: MEDIATION_ACTIONS.refer.to, outcome: "REFERRED_TO_COURT" });
    expect(await refused(SESSION, { kind: "MEDIATION", at: at(0) })).toBe("INVALID_TRANSITION");
    c = (
      await ok(h.gql(mediator, SESSION, { i: { caseId: c.id, expectedVersion: 3, kind: "CIRCUIT_COURT", at: at(0), court: "沙坪坝区人民法院巡回法庭", placeId: demoPlaceId(5) } }))
    ).recordMediationSession;
    expect(c).toMatchObject({ state: "REFERRED", version: 4 });
    expect(c.sessions[1]).toMatchObject({ kind: "CIRCUIT_COURT", court: "沙坪坝区人民法院巡回法庭", placeName: "磁器口街道和顺茶馆" });
    c = (await ok(h.gql(mediator, CLOSE, { i: { caseId: c.id, expectedVersion: 4, note: "法院判决维修费各担一半。" } }))).closeMediationCase;
    expect(c).toMatchObject({ state: MEDIATION_ACTIONS.close.to, closingNote: "法院判决维修费各担一半。" });
    expect(c.closedAt).not.toBeNull();
    expect(await refused(SESSION, { kind: "CIRCUIT_COURT", at: at(0), court: "巡回法庭" })).toBe("INVALID_TRANSITION");
  });

  it("AGREEMENT with obligations waits in AGREED until the last is met; without any, or NO_AGREEMENT, it closes at once", async () => {
    let c = await open();
    c = (await ok(h.gql(mediator, SESSION, { i: { caseId: c.id, expectedVersion: 1, kind: "MEDIATION", at: at(-1) } }))).recordMediationSession;
    const obligations = [
      { partyId: "p2", description: "赔偿王芳房屋修缮费", amountYuan: 3000, dueAt: at(10) },
      { partyId: "p3", description: "物业维修楼上防水层", dueAt: at(20) },
    ];
    c = (await ok(h.gql(mediator, CONCLUDE, { i: { caseId: c.id, expectedVersion: 2, outcome: "AGREEMENT", agreementText: "双方达成协议。", obligations } }))).concludeMediation;
    expect(c).toMatchObject({ state: MEDIATION_ACTIONS.agree.to, outcome: "AGREEMENT", overdueObligationCount: 0 });
    c = (await ok(h.gql(mediator, FULFIL, { i: { caseId: c.id, expectedVersion: 3, obligationId: "o1", note: "已转账" } }))).fulfilObligation;
    expect(c.state).toBe(MEDIATION_ACTIONS.fulfil.to);
    expect(outcome(await h.gql(mediator, FULFIL, { i: { caseId: c.id, expectedVersion: 4, obligationId: "o1" } }))).toBe("BAD_USER_INPUT");
    c = (await ok(h.gql(mediator, FULFIL, { i: { caseId: c.id, expectedVersion: 4, obligationId: "o2" } }))).fulfilObligation;
    expect(c.state).toBe(MEDIATION_ACTIONS.fulfilLast.to);
    expect(c.obligations.every((o: any) => o.fulfilledAt !== null)).toBe(true);

    for (const [input, row] of [
      [{ outcome: "AGREEMENT", agreementText: "互相谅解，不再追究。" }, MEDIATION_ACTIONS.settle],
      [{ outcome: "NO_AGREEMENT" }, MEDIATION_ACTIONS.fail],
    ] as const) {
      let d = await open();
      d = (await ok(h.gql(mediator, SESSION, { i: { caseId: d.id, expectedVersion: 1, kind: "MEDIATION", at: at(-1) } }))).recordMediationSession;
      d = (await ok(h.gql(mediator, CONCLUDE, { i: { caseId: d.id, expectedVersion: 2, ...input } }))).concludeMediation;
      expect([input.outcome, d.state]).toEqual([input.outcome, row.to]);
    }
  });

  it("answers a repeated command by the same actor with the case, and a stale one by anyone else with CONFLICT", async () => {
    const c = await open();
    const input = { caseId: c.id, expectedVersion: 1, kind: "MEDIATION", at: at(-2), note: "首次调解" };
    const first = (await ok(h.gql(mediator, SESSION, { i: input }))).recordMediationSession;
    const again = (await ok(h.gql(mediator, SESSION, { i: input }))).recordMediationSession;
    expect(again).toEqual(first);
    expect(again.sessions).toHaveLength(1);
    expect(outcome(await h.gql(fenghuang, SESSION, { i: input }))).toBe("CONFLICT");
    expect(outcome(await h.gql(mediator, SESSION, { i: { ...input, note: "另一次" } }))).toBe("CONFLICT");
  });
});

describe("opening", () => {
  it("opens once per idempotency key, even when 10 attempts race; the same key with other content is BAD_USER_INPUT", async () => {
    const input = openInput({ idempotencyKey: "open-race" });
    const races = await Promise.all(Array.from({ length: 10 }, () => h.gql(fenghuang, OPEN, { i: input })));
    expect(races.map(outcome)).toEqual(Array(10).fill("OK"));
    expect(new Set(races.map((r) => r.data!.openMediationCase.id)).size).toBe(1);
    expect(outcome(await h.gql(fenghuang, OPEN, { i: { ...input, title: "别的纠纷" } }))).toBe("BAD_USER_INPUT");
    const mine = (await ok(h.gql(resident, "{ mediationCases(first: 100) { edges { node { id } } } }"))).mediationCases.edges.map((e: any) => e.node.id);
    expect(mine.filter((id: string) => id === races[0].data!.openMediationCase.id)).toHaveLength(1);
  });
});

describe("who sees a case, and how much of its parties", () => {
  let caseId: string;
  beforeAll(async () => {
    caseId = (await open()).id;
  });

  // The scope matrix: the policy row's role gate, then canSeeCase on the loaded case.
  const matrix = (): [string, Role, string, string, "RUNNER" | "PARTY" | null][] => [
    ["district admin", Role.DISTRICT_ADMIN, "500106", "u-district-admin", "RUNNER"],
    ["street admin above", Role.STREET_ADMIN, h.unit("磁器口街道").id, "u-ciqikou-admin", "RUNNER"],
    ["community admin", Role.COMMUNITY_ADMIN, h.unit("凤凰山社区").id, "u-fenghuangshan-admin", "RUNNER"],
    ["another street's admin", Role.STREET_ADMIN, h.unit("土主街道").id, "u-tuzhu-admin", null],
    ["another community's admin", Role.COMMUNITY_ADMIN, h.unit("金蓉社区").id, "u-jinrong-admin", null],
    ["the mediator", Role.GRID_WORKER, h.unit("凤凰山社区第1网格").id, "u-grid-worker", "RUNNER"],
    ["a grid worker in scope, not mediating", Role.GRID_WORKER, h.unit("凤凰山社区第2网格").id, "gw-other", null],
    ["a volunteer", Role.VOLUNTEER, h.unit("金蓉社区").id, "u-volunteer", null],
    ["the resident who is a party", Role.RESIDENT, h.unit("凤凰山社区").id, "u-resident", "PARTY"],
    ["another resident", Role.RESIDENT, h.unit("凤凰山社区").id, "u-other-resident", null],
    ["a partner", Role.PARTNER, "500106", "u-partner", null],
  ];

  it("shows the case whole to those who run it, masked to its party, to no one else; lists agree with the single read", async () => {
    for (const [who, role, scope, sub, audience] of matrix()) {
      const token = await h.token(role, scope, sub);
      const read = await h.gql(token, READ, { id: caseId });
      expect([who, outcome(read)]).toEqual([who, admits(MEDIATION_POLICY.mediationCase.who, role) ? "OK" : "FORBIDDEN"]);
      const seen = read.data?.mediationCase ?? null;
      expect([who, seen === null]).toEqual([who, audience === null]);
      const listed = await h.gql(token, "{ mediationCases(first: 100) { edges { node { id parties { name phone } } } } }");
      const ids = (listed.data?.mediationCases.edges ?? []).map((e: any) => e.node.id);
      expect([who, ids.includes(caseId)]).toEqual([who, audience !== null]);
      if (role === Role.PARTNER) expect(outcome(listed)).toBe("FORBIDDEN");
      if (audience === "RUNNER") {
        expect([who, seen.parties.map((p: any) => [p.name, p.phone])]).toEqual([
          who,
          [
            ["王芳", "13912345678"],
            ["李德文", "13900000008"],
            ["百年世家物业公司", null],
          ],
        ]);
        expect(seen.summary).toContain("13912345678");
      }
      if (audience === "PARTY") {
        expect(seen.parties).toEqual([
          { id: "p1", kind: "PERSON", side: "APPLICANT", name: "王*", personId: null, phone: null },
          { id: "p2", kind: "PERSON", side: "RESPONDENT", name: "李德文", personId: "u-resident", phone: "13900000008" },
          { id: "p3", kind: "ORGANISATION", side: "RESPONDENT", name: "百年世家物业公司", personId: null, phone: null },
        ]);
        expect(seen.summary).not.toMatch(/王芳|13912345678|501/);
        expect(seen.summary).toContain("[姓名]");
      }
    }
  });

  it("gives partners counts only: by state and overdue obligations, within scope", async () => {
    const counts = (await ok(h.gql(partner, "query($u: ID) { mediationCounts(unitId: $u) { total byState { state count } overdueObligations } }", { u: h.unit("中梁镇").id })))
      .mediationCounts;
    expect(counts).toEqual({
      total: 1,
      byState: [
        { state: "OPEN", count: 0 },
        { state: "IN_MEDIATION", count: 0 },
        { state: "AGREED", count: 1 },
        { state: "REFERRED", count: 0 },
        { state: "CLOSED", count: 0 },
      ],
      overdueObligations: 1,
    });
    expect(outcome(await h.gql(fenghuang, "query($u: ID) { mediationCounts(unitId: $u) { total } }", { u: h.unit("中梁镇").id }))).toBe("FORBIDDEN");
  });
});

describe("overdue obligations and the demo's cases", () => {
  const OVERDUE = "query($u: ID) { overdueObligations(unitId: $u) { edges { node { case { id title } obligation { id amountYuan overdue } } } } }";

  it("lists the unpaid instalment of 中梁镇's land-transfer agreement as overdue, by due-date key, to admins over it only", async () => {
    const town = h.unit("中梁镇").id;
    const edges = (await ok(h.gql(district, OVERDUE, { u: town }))).overdueObligations.edges.map((e: any) => e.node);
    expect(edges).toEqual([{ case: { id: expect.any(String), title: "永宁村土地流转租金纠纷" }, obligation: { id: "o2", amountYuan: 60000, overdue: true } }]);
    const land = (await ok(h.gql(district, READ, { id: edges[0].case.id }))).mediationCase;
    expect(land).toMatchObject({ state: "AGREED", outcome: "AGREEMENT", overdueObligationCount: 1, placeId: demoPlaceId(3) });
    expect(land.obligations.map((o: any) => [o.id, o.fulfilledAt !== null, o.overdue])).toEqual([
      ["o1", true, false],
      ["o2", false, true],
      ["o3", false, false],
    ]);
    expect(land.sessions.map((s: any) => [s.kind, s.placeName])).toEqual([
      ["MEDIATION", "中梁镇和顺茶馆"],
      ["CIRCUIT_COURT", "中梁镇和顺茶馆"],
    ]);
    expect(land.parties.find((p: any) => p.kind === "ORGANISATION").name).toBe("重庆某农业开发有限公司");
    expect(outcome(await h.gql(fenghuang, OVERDUE, { u: town }))).toBe("FORBIDDEN");
    expect(outcome(await h.gql(resident, OVERDUE, { u: town }))).toBe("FORBIDDEN");
    // Paid, it leaves the overdue list in the same transaction.
    const paid = (await ok(h.gql(district, FULFIL, { i: { caseId: land.id, expectedVersion: land.version, obligationId: "o2" } }))).fulfilObligation;
    expect(paid.overdueObligationCount).toBe(0);
    expect((await ok(h.gql(district, OVERDUE, { u: town }))).overdueObligations.edges).toEqual([]);
  });

  it("ties 香榭里社区's garage drainage case to its council and its teahouse", async () => {
    const xiangxieli = await h.token(Role.COMMUNITY_ADMIN, h.unit("香榭里社区").id, "u-xiangxieli-admin");
    const cases = (await ok(h.gql(xiangxieli, "{ mediationCases { edges { node { title councilId state placeId mediators { name } } } } }"))).mediationCases.edges;
    expect(cases.map((e: any) => e.node)).toEqual([
      { title: "香榭里地下车库排水纠纷", councilId: XIANGXIELI_COUNCIL_ID, state: "AGREED", placeId: demoPlaceId(11), mediators: [{ name: "兰芳" }] },
    ]);
  });
});

describe("bad input", () => {
  it("refuses bad input on every mutation and writes nothing", async () => {
    const c = await open();
    const count = async () => (await h.db.doc.send(new ScanCommand({ TableName: h.db.table, Select: "COUNT" }))).Count; // test-only: proves nothing was written
    const before = await count();
    const person = (name: string, side = "APPLICANT") => ({ kind: "PERSON", side, name });
    const badOpens = [
      openInput({ title: "" }),
      openInput({ summary: "x".repeat(2001) }),
      openInput({ parties: [person("甲")] }),
      openInput({ parties: [person("甲"), person("乙")] }),
      openInput({ parties: [person("甲"), { kind: "ORGANISATION", side: "RESPONDENT", name: "公司", personId: "u-resident" }] }),
      openInput({ parties: [person("甲"), { ...person("乙", "RESPONDENT"), phone: "phone" }] }),
      openInput({ mediatorIds: [] }),
      openInput({ mediatorIds: ["u-resident"] }),
      openInput({ mediatorIds: ["u-grid-worker", "u-grid-worker"] }),
      openInput({ unitId: h.unit("凤凰山社区第1网格").id }),
      openInput({ idempotencyKey: "" }),
    ];
    for (const input of badOpens) expect(outcome(await h.gql(fenghuang, OPEN, { i: input }))).toBe("BAD_USER_INPUT");
    // An id that names no council (here an issue's) is a reference to nothing: NOT_FOUND.
    expect(outcome(await h.gql(fenghuang, OPEN, { i: openInput({ councilId: "is_123" }) }))).toBe("NOT_FOUND");
    const base = { caseId: c.id, expectedVersion: 1 };
    const bad: [string, Record<string, unknown>][] = [
      [SESSION, { ...base, kind: "CIRCUIT_COURT", at: at(0) }],
      [SESSION, { ...base, kind: "MEDIATION", at: at(0), court: "法庭" }],
      [SESSION, { ...base, kind: "MEDIATION", at: "2026-02-10 10:00" }],
      [SESSION, { ...base, kind: "MEDIATION", at: at(0), note: "x".repeat(2001) }],
      [SESSION, { ...base, expectedVersion: 0, kind: "MEDIATION", at: at(0) }],
      [CONCLUDE, { ...base, outcome: "AGREEMENT" }],
      [CONCLUDE, { ...base, outcome: "NO_AGREEMENT", agreementText: "x" }],
      [CONCLUDE, { ...base, outcome: "NO_AGREEMENT", obligations: [{ partyId: "p1", description: "x", dueAt: at(1) }] }],
      [CONCLUDE, { ...base, outcome: "AGREEMENT", agreementText: "x", obligations: [{ partyId: "p1", description: "x", amountYuan: 0, dueAt: at(1) }] }],
      [CONCLUDE, { ...base, outcome: "AGREEMENT", agreementText: "x", obligations: Array.from({ length: 11 }, () => ({ partyId: "p1", description: "x", dueAt: at(1) })) }],
      [FULFIL, { ...base, obligationId: "" }],
      [CLOSE, { ...base, note: " " }],
    ];
    for (const [doc, input] of bad) expect([input, outcome(await h.gql(mediator, doc, { i: input }))]).toEqual([input, "BAD_USER_INPUT"]);
    // A party the case does not have, checked on the loaded case: still before any write.
    const c2 = (await ok(h.gql(mediator, SESSION, { i: { ...base, kind: "MEDIATION", at: at(0) } }))).recordMediationSession;
    const mid = await count();
    expect(
      outcome(
        await h.gql(mediator, CONCLUDE, {
          i: { caseId: c.id, expectedVersion: c2.version, outcome: "AGREEMENT", agreementText: "x", obligations: [{ partyId: "p9", description: "x", dueAt: at(1) }] },
        }),
      ),
    ).toBe("BAD_USER_INPUT");
    expect(await count()).toBe(mid);
    expect(mid).toBeGreaterThan(before!);
    expect((await ok(h.gql(fenghuang, READ, { id: c.id }))).mediationCase).toMatchObject({ state: "IN_MEDIATION", version: 2 });
  });
});
