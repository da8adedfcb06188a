// Bad input on every issue mutation (and saveCategory, markNotificationsRead) answers
// BAD_USER_INPUT — NOT_FOUND for ids that name nothing — in extensions.code, and writes
// nothing: every partition a mutation could touch is read straight from DynamoDB before and
// after and must be identical. Lists refuse tampered cursors and filters no index serves.
import { QueryCommand } from "@aws-sdk/lib-dynamodb";
import { Role } from "../../api/auth/actor";
import { encodeCursor } from "../../api/store/cursor";
import { IssueState } from "../../api/issues/issue.enums";
import { transitionDocuments, type TransitionName } from "../helpers/fixtures";
import { ok, createHarness, outcome, type GqlResult, type Harness } from "../helpers/harness";

let h: Harness;
const t: Record<"admin" | "prep" | "resident" | "worker" | "community", string> = { admin: "", prep: "", resident: "", worker: "", community: "" };
let GRID1 = "",
  GRID2 = "",
  COMMUNITY = "",
  WORKER = "";
const target: Partial<Record<IssueState, string>> = {};
let noteId = "";

const REPORT = `mutation($i: ReportIssueInput!) { reportIssue(input: $i) { issue { id } } }`;
const M = transitionDocuments("{ id version }");
type Transition = TransitionName;

let keys = 0;
const report = (token: string, patch: Record<string, unknown> = {}) => ({
  idempotencyKey: `bad-input-${(keys += 1)}`,
  title: "路灯不亮",
  description: "小区门口两盏路灯坏了",
  categoryCode: "FACILITY_STREETLIGHT",
  gridId: GRID1,
  channel: "MINI_PROGRAM",
  ...patch,
  token,
});

/** A fresh issue reported by the resident, walked to `state` by the command centre. */
async function prepare(state: IssueState): Promise<string> {
  const { token: _t, ...input } = report(t.resident, { categoryCode: "SANITATION_WASTE" });
  const id: string = (await ok(h.gql(t.resident, REPORT, { i: input }))).reportIssue.issue.id;
  const step = (name: Transition, extra: Record<string, unknown> = {}) => ok(h.gql(t.prep, M[name], { i: { id, ...extra } }));
  if (state === IssueState.REJECTED) await step("reject", { reason: "无效上报" });
  if (state === IssueState.MERGED) await step("merge", { duplicateOfId: await prepare(IssueState.REPORTED) });
  const walk: [IssueState, () => Promise<unknown>][] = [
    [IssueState.ACCEPTED, () => step("accept")],
    [IssueState.ASSIGNED, () => step("assign", { unitId: GRID1, assigneeId: WORKER })],
    [IssueState.IN_PROGRESS, () => step("start")],
    [IssueState.RESOLVED, () => step("resolve", { outcome: "FIXED", result: "已更换灯泡" })],
    [IssueState.CLOSED, () => step("close", { satisfaction: 5 })],
  ];
  const depth = walk.findIndex(([s]) => s === state);
  for (const [, run] of depth < 0 ? [] : walk.slice(0, depth + 1)) await run();
  return id;
}

beforeAll(async () => {
  h = await createHarness();
  GRID1 = h.unit("凤凰山社区第1网格").id;
  GRID2 = h.unit("凤凰山社区第2网格").id;
  COMMUNITY = h.unit("凤凰山社区").id;
  WORKER = `gw-${GRID1}`;
  t.admin = await h.token(Role.DISTRICT_ADMIN, "500106", "u-district-admin");
  t.prep = await h.token(Role.DISTRICT_ADMIN, "500106", "prep-command-centre");
  t.resident = await h.token(Role.RESIDENT, COMMUNITY, "u-resident");
  t.worker = await h.token(Role.GRID_WORKER, GRID1, WORKER);
  t.community = await h.token(Role.COMMUNITY_ADMIN, COMMUNITY, "u-fenghuangshan-admin");
  for (const state of Object.values(IssueState)) target[state] = await prepare(state);
  const retired = { code: "RETIRED_KIOSK", name: "报刊亭", group: "设施维护", defaultPriority: "LOW", active: false };
  await ok(h.gql(t.admin, `mutation($i: CategoryInput!) { saveCategory(input: $i) { code } }`, { i: retired }));
  const notes = await ok(h.gql(t.worker, `{ myNotifications { edges { node { id read } } } }`));
  noteId = notes.myNotifications.edges[0].node.id;
});
afterAll(() => h.close());

// ---- "nothing written": the partitions any of these mutations could write, read directly ----

const watched = () => [
  "UI#500106#ALL",
  `UI#${GRID1}#ALL`,
  "REP#u-resident",
  "REP#u-district-admin",
  "CAT#500106",
  `NOTE#P:${WORKER}`,
  "NOTE#P:u-resident",
  `NOTE#U:${GRID1}`,
  `NOTE#U:${COMMUNITY}`,
  ...Object.values(target).map((id) => `ISSUE#${id}`),
];
async function snapshot(extra: string[]): Promise<Record<string, unknown>[][]> {
  return Promise.all(
    [...watched(), ...extra].map(async (pk) => {
      const out = await h.db.doc.send(new QueryCommand({ TableName: h.db.table, KeyConditionExpression: "pk = :p", ExpressionAttributeValues: { ":p": pk } }));
      return out.Items ?? [];
    }),
  );
}

type Code = "BAD_USER_INPUT" | "NOT_FOUND";
/**
 * Runs the call; expects `code` in extensions.code and no change in any watched partition,
 * also `settleMs` after the answer (a write left in flight would land late).
 */
async function refused(code: Code, call: () => Promise<GqlResult>, extra: string[] = [], settleMs = 0) {
  const before = await snapshot(extra);
  const res = await call();
  expect(res.errors?.[0]?.extensions?.code).toBe(code);
  expect(res.data?.[Object.keys(res.data ?? {})[0]] ?? null).toBeNull();
  if (settleMs > 0) await new Promise((r) => setTimeout(r, settleMs));
  expect(await snapshot(extra)).toEqual(before);
}

const long = (n: number) => "长".repeat(n);

// ---- reportIssue ----

type Patch = Record<string, unknown>;
const illness = (diagnosed: string[] | null, insurance: string[] | null): Patch => ({
  categoryCode: "LIVELIHOOD_ILLNESS",
  attributes: [...(diagnosed ? [{ code: "diagnosed_on", values: diagnosed }] : []), ...(insurance ? [{ code: "insurance", values: insurance }] : [])],
});
const hazard = (values: string[] | null): Patch => ({ categoryCode: "SAFETY_HAZARD", attributes: values ? [{ code: "hazard", values }] : [] });
const lamps = (values: string[]): Patch => ({ attributes: [{ code: "lamp_count", values }] });
const media = (n: number, url = (i: number) => `https://img.example.cn/${i}.jpg`) => ({ mediaUrls: Array.from({ length: n }, (_, i) => url(i)) });

const REPORT_CASES: [string, Code, (() => Patch) | Patch][] = [
  ["title missing", "BAD_USER_INPUT", { title: undefined }],
  ["title empty", "BAD_USER_INPUT", { title: "" }],
  ["title blank", "BAD_USER_INPUT", { title: "   " }],
  ["title of 81 characters", "BAD_USER_INPUT", { title: long(81) }],
  ["title with a control character", "BAD_USER_INPUT", { title: "路灯\u0000不亮" }],
  ["description missing", "BAD_USER_INPUT", { description: undefined }],
  ["description empty", "BAD_USER_INPUT", { description: "" }],
  ["description of 2001 characters", "BAD_USER_INPUT", { description: long(2001) }],
  ["address empty", "BAD_USER_INPUT", { address: "" }],
  ["address of 201 characters", "BAD_USER_INPUT", { address: long(201) }],
  ["unknown category", "BAD_USER_INPUT", { categoryCode: "NO_SUCH_CATEGORY" }],
  ["inactive category", "BAD_USER_INPUT", { categoryCode: "RETIRED_KIOSK" }],
  ["malformed category code", "BAD_USER_INPUT", { categoryCode: "路灯 坏了" }],
  ["unknown channel", "BAD_USER_INPUT", { channel: "PIGEON" }],
  ["idempotency key empty", "BAD_USER_INPUT", { idempotencyKey: "" }],
  ["idempotency key with a space", "BAD_USER_INPUT", { idempotencyKey: "retry 1" }],
  ["idempotency key with a slash", "BAD_USER_INPUT", { idempotencyKey: "a/b" }],
  ["idempotency key with a hash (a key separator)", "BAD_USER_INPUT", { idempotencyKey: "a#b" }],
  ["idempotency key in Chinese", "BAD_USER_INPUT", { idempotencyKey: "重试" }],
  ["idempotency key of 65 characters", "BAD_USER_INPUT", { idempotencyKey: "k".repeat(65) }],
  ["LIVELIHOOD_ILLNESS without attributes", "BAD_USER_INPUT", illness(null, null)],
  ["LIVELIHOOD_ILLNESS without insurance", "BAD_USER_INPUT", illness(["2025-11-02"], null)],
  ["LIVELIHOOD_ILLNESS without diagnosed_on", "BAD_USER_INPUT", illness(null, ["employee"])],
  ["DATETIME that is not a date", "BAD_USER_INPUT", illness(["yesterday"], ["employee"])],
  ["DATETIME with month 13", "BAD_USER_INPUT", illness(["2025-13-01"], ["employee"])],
  ["DATETIME on 30 February", "BAD_USER_INPUT", illness(["2025-02-30"], ["employee"])],
  ["DATETIME with two values", "BAD_USER_INPUT", illness(["2025-11-02", "2025-11-03"], ["employee"])],
  ["MULTIVALUELIST with an unknown value", "BAD_USER_INPUT", illness(["2025-11-02"], ["gold"])],
  ["MULTIVALUELIST with a repeated value", "BAD_USER_INPUT", illness(["2025-11-02"], ["employee", "employee"])],
  ["MULTIVALUELIST with no values", "BAD_USER_INPUT", illness(["2025-11-02"], [])],
  ["MULTIVALUELIST with an empty value", "BAD_USER_INPUT", illness(["2025-11-02"], [""])],
  ["SAFETY_HAZARD without hazard", "BAD_USER_INPUT", hazard(null)],
  ["SINGLEVALUELIST with an unknown value", "BAD_USER_INPUT", hazard(["flood"])],
  ["SINGLEVALUELIST with a value in the wrong case", "BAD_USER_INPUT", hazard(["FIRE"])],
  ["SINGLEVALUELIST with two values", "BAD_USER_INPUT", hazard(["fire", "gas"])],
  ["NUMBER that is a word", "BAD_USER_INPUT", lamps(["three"])],
  ["NUMBER in exponent notation", "BAD_USER_INPUT", lamps(["1e3"])],
  ["NUMBER that is blank", "BAD_USER_INPUT", lamps([" "])],
  ["NUMBER with two values", "BAD_USER_INPUT", lamps(["2", "3"])],
  ["NUMBER of 13 digits", "BAD_USER_INPUT", lamps(["1234567890123"])],
  ["NUMBER of 350,000 digits", "BAD_USER_INPUT", lamps(["9".repeat(350_000)])],
  ["NUMBER with 7 decimals", "BAD_USER_INPUT", lamps(["1.1234567"])],
  ["title with a right-to-left override", "BAD_USER_INPUT", { title: "路灯\u202e亮不" }],
  ["title with a zero-width space", "BAD_USER_INPUT", { title: "路灯\u200b不亮" }],
  ["buildingId empty (not the same as absent)", "BAD_USER_INPUT", { buildingId: "" }],
  ["STRING of 201 characters", "BAD_USER_INPUT", { categoryCode: "PROPERTY_DISPUTE", attributes: [{ code: "compound", values: [long(201)] }] }],
  ["unknown attribute", "BAD_USER_INPUT", { attributes: [{ code: "colour", values: ["red"] }] }],
  [
    "attribute answered twice",
    "BAD_USER_INPUT",
    {
      attributes: [
        { code: "lamp_count", values: ["2"] },
        { code: "lamp_count", values: ["3"] },
      ],
    },
  ],
  ["latitude without longitude", "BAD_USER_INPUT", { latitude: 29.58 }],
  ["longitude without latitude", "BAD_USER_INPUT", { longitude: 106.45 }],
  ["latitude above 90", "BAD_USER_INPUT", { latitude: 90.5, longitude: 106.45 }],
  ["latitude below -90", "BAD_USER_INPUT", { latitude: -91, longitude: 106.45 }],
  ["longitude beyond 180", "BAD_USER_INPUT", { latitude: 29.58, longitude: 181 }],
  ["10 media URLs", "BAD_USER_INPUT", media(10)],
  ["an http media URL", "BAD_USER_INPUT", media(1, () => "http://img.example.cn/1.jpg")],
  ["an ftp media URL", "BAD_USER_INPUT", media(1, () => "ftp://img.example.cn/1.jpg")],
  ["a media URL with a space", "BAD_USER_INPUT", media(1, () => "https://img.example.cn/a b.jpg")],
  ["a media URL of 501 characters", "BAD_USER_INPUT", media(1, () => `https://img.example.cn/${"a".repeat(478)}`)],
  ["a building of another grid", "BAD_USER_INPUT", () => ({ buildingId: h.demo.units.find((u) => u.parentId === GRID2)!.id })],
  ["a malformed building id", "BAD_USER_INPUT", { buildingId: "1栋" }],
  ["an unknown building", "NOT_FOUND", { buildingId: `${GRID1}999` }],
  ["a community as the grid", "BAD_USER_INPUT", () => ({ gridId: COMMUNITY })],
  ["a building as the grid", "BAD_USER_INPUT", () => ({ gridId: h.demo.units.find((u) => u.parentId === GRID1)!.id })],
  ["a malformed grid id", "BAD_USER_INPUT", { gridId: "../500106" }],
  ["an unknown grid", "NOT_FOUND", { gridId: "50010699999999" }],
];

describe("reportIssue", () => {
  it.each(REPORT_CASES)("%s: %s, nothing written", async (_name, code, patch) => {
    const { token, ...input } = report(t.resident, typeof patch === "function" ? patch() : patch);
    const key = typeof input.idempotencyKey === "string" ? input.idempotencyKey : "";
    await refused(code, () => h.gql(token, REPORT, { i: input }), [`IDEM#u-resident#${key}`]);
  });

  it("an idempotency key reused for a different report: BAD_USER_INPUT, nothing written", async () => {
    const { token, ...first } = report(t.resident);
    await ok(h.gql(token, REPORT, { i: first }));
    await refused("BAD_USER_INPUT", () => h.gql(token, REPORT, { i: { ...first, title: "另一件事" } }), [`IDEM#u-resident#${first.idempotencyKey}`]);
  });
});

// ---- transitions ----

const id = (state: IssueState) => () => target[state]!;
type Case = [string, Code, Transition, () => Record<string, unknown>];
const TRANSITION_CASES: Case[] = [
  ["unknown category", "BAD_USER_INPUT", "accept", () => ({ id: id(IssueState.REPORTED)(), categoryCode: "NO_SUCH_CATEGORY" })],
  ["malformed category code", "BAD_USER_INPUT", "accept", () => ({ id: id(IssueState.REPORTED)(), categoryCode: "a b" })],
  ["unknown priority", "BAD_USER_INPUT", "accept", () => ({ id: id(IssueState.REPORTED)(), priority: "EXTREME" })],
  ["note of 501 characters", "BAD_USER_INPUT", "accept", () => ({ id: id(IssueState.REPORTED)(), note: long(501) })],
  ["reason missing", "BAD_USER_INPUT", "reject", () => ({ id: id(IssueState.REPORTED)() })],
  ["reason blank", "BAD_USER_INPUT", "reject", () => ({ id: id(IssueState.REPORTED)(), reason: "  " })],
  ["reason of 501 characters", "BAD_USER_INPUT", "reject", () => ({ id: id(IssueState.REPORTED)(), reason: long(501) })],
  ["duplicate of itself", "BAD_USER_INPUT", "merge", () => ({ id: id(IssueState.REPORTED)(), duplicateOfId: id(IssueState.REPORTED)() })],
  ["duplicate of a malformed id", "BAD_USER_INPUT", "merge", () => ({ id: id(IssueState.REPORTED)(), duplicateOfId: "ISSUE#x" })],
  ["duplicate of an unknown issue", "NOT_FOUND", "merge", () => ({ id: id(IssueState.REPORTED)(), duplicateOfId: "is_01J00000000000000000000000" })],
  ...([IssueState.RESOLVED, IssueState.CLOSED, IssueState.REJECTED, IssueState.MERGED] as const).map(
    (s): Case => [`duplicate of a ${s} issue`, "BAD_USER_INPUT", "merge", () => ({ id: id(IssueState.REPORTED)(), duplicateOfId: id(s)() })],
  ),
  ["assignee who is a resident", "BAD_USER_INPUT", "assign", () => ({ id: id(IssueState.ACCEPTED)(), assigneeId: "u-resident" })],
  ["assignee who is a partner", "BAD_USER_INPUT", "assign", () => ({ id: id(IssueState.ACCEPTED)(), assigneeId: "u-partner" })],
  ["unknown assignee", "NOT_FOUND", "assign", () => ({ id: id(IssueState.ACCEPTED)(), assigneeId: "gw-nobody" })],
  ["malformed assignee id", "BAD_USER_INPUT", "assign", () => ({ id: id(IssueState.ACCEPTED)(), assigneeId: "USER#u-resident" })],
  ["unknown unit", "NOT_FOUND", "assign", () => ({ id: id(IssueState.ACCEPTED)(), unitId: "50010699999999" })],
  ["malformed unit id", "BAD_USER_INPUT", "assign", () => ({ id: id(IssueState.ACCEPTED)(), unitId: "/500106/004" })],
  ["note empty", "BAD_USER_INPUT", "assign", () => ({ id: id(IssueState.ACCEPTED)(), note: "" })],
  ["reason empty", "BAD_USER_INPUT", "escalate", () => ({ id: id(IssueState.ACCEPTED)(), reason: "" })],
  ["reason of 501 characters", "BAD_USER_INPUT", "escalate", () => ({ id: id(IssueState.ACCEPTED)(), reason: long(501) })],
  ["reason empty", "BAD_USER_INPUT", "return", () => ({ id: id(IssueState.ASSIGNED)(), reason: "" })],
  ["reason of 501 characters", "BAD_USER_INPUT", "return", () => ({ id: id(IssueState.ASSIGNED)(), reason: long(501) })],
  ["note of 501 characters", "BAD_USER_INPUT", "start", () => ({ id: id(IssueState.ASSIGNED)(), note: long(501) })],
  ["note with a control character", "BAD_USER_INPUT", "start", () => ({ id: id(IssueState.ASSIGNED)(), note: "出发\u0007" })],
  ["result missing", "BAD_USER_INPUT", "resolve", () => ({ id: id(IssueState.IN_PROGRESS)(), outcome: "FIXED" })],
  ["result empty", "BAD_USER_INPUT", "resolve", () => ({ id: id(IssueState.IN_PROGRESS)(), outcome: "FIXED", result: "" })],
  ["result of 1001 characters", "BAD_USER_INPUT", "resolve", () => ({ id: id(IssueState.IN_PROGRESS)(), outcome: "FIXED", result: long(1001) })],
  ["unknown outcome", "BAD_USER_INPUT", "resolve", () => ({ id: id(IssueState.IN_PROGRESS)(), outcome: "DONE", result: "已处理" })],
  ...[0, 6, -1].map((s): Case => [`satisfaction ${s}`, "BAD_USER_INPUT", "close", () => ({ id: id(IssueState.RESOLVED)(), satisfaction: s })]),
  ["satisfaction 2.5", "BAD_USER_INPUT", "close", () => ({ id: id(IssueState.RESOLVED)(), satisfaction: 2.5 })],
  ["satisfaction missing", "BAD_USER_INPUT", "close", () => ({ id: id(IssueState.RESOLVED)() })],
  ["note of 501 characters", "BAD_USER_INPUT", "close", () => ({ id: id(IssueState.RESOLVED)(), satisfaction: 5, note: long(501) })],
  ["reason empty", "BAD_USER_INPUT", "reopen", () => ({ id: id(IssueState.RESOLVED)(), reason: "" })],
  ["reason of 501 characters", "BAD_USER_INPUT", "reopen", () => ({ id: id(IssueState.RESOLVED)(), reason: long(501) })],
  ["note missing", "BAD_USER_INPUT", "supervise", () => ({ id: id(IssueState.ASSIGNED)() })],
  ["note blank", "BAD_USER_INPUT", "supervise", () => ({ id: id(IssueState.ASSIGNED)(), note: " " })],
  ["note of 501 characters", "BAD_USER_INPUT", "supervise", () => ({ id: id(IssueState.ASSIGNED)(), note: long(501) })],
  ["text empty", "BAD_USER_INPUT", "comment", () => ({ id: id(IssueState.REPORTED)(), text: "", idempotencyKey: "c-1" })],
  ["text of 1001 characters", "BAD_USER_INPUT", "comment", () => ({ id: id(IssueState.REPORTED)(), text: long(1001), idempotencyKey: "c-2" })],
  ["text with a line separator", "BAD_USER_INPUT", "comment", () => ({ id: id(IssueState.REPORTED)(), text: "已联系\u2028物业", idempotencyKey: "c-3" })],
  ["idempotency key with a space", "BAD_USER_INPUT", "comment", () => ({ id: id(IssueState.REPORTED)(), text: "跟进", idempotencyKey: "c 4" })],
  ["idempotency key empty", "BAD_USER_INPUT", "comment", () => ({ id: id(IssueState.REPORTED)(), text: "跟进", idempotencyKey: "" })],
];

/** Input every transition would accept, but for the issue id. */
const VALID: Record<Transition, Record<string, unknown>> = {
  accept: {},
  reject: { reason: "重复" },
  merge: { duplicateOfId: "" },
  assign: {},
  escalate: { reason: "协调" },
  return: { reason: "错派" },
  start: {},
  resolve: { outcome: "FIXED", result: "已处理" },
  close: { satisfaction: 5 },
  reopen: { reason: "返工" },
  supervise: { note: "督办" },
  comment: { text: "跟进", idempotencyKey: "c-valid" },
};
const ID_CASES: Case[] = (Object.keys(M) as Transition[]).flatMap((name): Case[] => [
  ["unknown issue id", "NOT_FOUND", name, () => ({ ...VALID[name], ...(name === "merge" ? { duplicateOfId: target.REPORTED } : {}), id: "is_01J00000000000000000000000" })],
  ["malformed issue id", "BAD_USER_INPUT", name, () => ({ ...VALID[name], ...(name === "merge" ? { duplicateOfId: target.REPORTED } : {}), id: "ISSUE#is_1" })],
]);

describe("transitions", () => {
  it.each([...TRANSITION_CASES, ...ID_CASES])("%s on %s: %s, nothing written", async (_name, code, name, input) => {
    await refused(code, () => h.gql(t.admin, M[name], { i: input() }));
  });
});

// ---- the category catalogue and the outbox ----

const CATEGORY = { code: "FACILITY_BENCH", name: "座椅损坏", group: "设施维护", defaultPriority: "LOW" };
const attr = (patch: Record<string, unknown>) => ({
  attributes: [{ code: "seat", datatype: "SINGLEVALUELIST", description: "座椅", order: 1, required: true, values: [{ key: "wood", name: "木椅" }], ...patch }],
});
const CATEGORY_CASES: [string, Record<string, unknown>][] = [
  ["code with a space", { code: "FACILITY BENCH" }],
  ["code of 41 characters", { code: "C".repeat(41) }],
  ["name empty", { name: "" }],
  ["name of 61 characters", { name: long(61) }],
  ["group blank", { group: " " }],
  ["description of 501 characters", { description: long(501) }],
  ["a keyword of 31 characters", { keywords: [long(31)] }],
  ["21 keywords (never cut down to 20)", { keywords: Array.from({ length: 21 }, (_, i) => `k${i}`) }],
  ["10,000 keywords", { keywords: Array.from({ length: 10_000 }, (_, i) => `k${i}`) }],
  ["a name with a zero-width joiner", { name: "座椅\u200d损坏" }],
  ["unknown priority", { defaultPriority: "EXTREME" }],
  ["SLA of 0 hours", { sla: [{ priority: "LOW", hours: 0 }] }],
  ["SLA beyond 90 days", { sla: [{ priority: "LOW", hours: 24 * 90 + 1 }] }],
  [
    "two SLA rules for one priority",
    {
      sla: [
        { priority: "LOW", hours: 24 },
        { priority: "LOW", hours: 48 },
      ],
    },
  ],
  ["a list attribute without values", attr({ values: [] })],
  [
    "a list attribute with a repeated value key",
    attr({
      values: [
        { key: "wood", name: "木椅" },
        { key: "wood", name: "木凳" },
      ],
    }),
  ],
  ["an attribute with a malformed code", attr({ code: "seat type" })],
  ["an attribute without a description", attr({ description: "" })],
  ["an attribute of an unknown datatype", attr({ datatype: "COLOUR" })],
  ["two attributes with one code", { attributes: [...attr({}).attributes, ...attr({ order: 2 }).attributes] }],
  ["a bad name on an existing category", { code: "SAFETY_HAZARD", name: "" }],
];

describe("saveCategory", () => {
  it.each(CATEGORY_CASES)("%s: BAD_USER_INPUT, catalogue unchanged", async (_name, patch) => {
    await refused("BAD_USER_INPUT", () => h.gql(t.admin, `mutation($i: CategoryInput!) { saveCategory(input: $i) { code } }`, { i: { ...CATEGORY, ...patch } }));
  });
});

describe("markNotificationsRead", () => {
  const MARK = `mutation($i: MarkNotificationsReadInput!) { markNotificationsRead(input: $i) { markedCount } }`;
  const cases: [string, Code, () => string, () => Record<string, unknown>][] = [
    ["no ids", "BAD_USER_INPUT", () => t.worker, () => ({ ids: [] })],
    ["101 ids", "BAD_USER_INPUT", () => t.worker, () => ({ ids: Array.from({ length: 101 }, () => noteId) })],
    ["a malformed id", "BAD_USER_INPUT", () => t.worker, () => ({ ids: ["NOTE#1"] })],
    ["an id of 41 characters", "BAD_USER_INPUT", () => t.worker, () => ({ ids: ["0".repeat(41)] })],
    ["a real id beside a malformed one", "BAD_USER_INPUT", () => t.worker, () => ({ ids: [noteId, "not an id"] })],
    ["a malformed unit id", "BAD_USER_INPUT", () => t.community, () => ({ ids: [noteId], unitId: "凤凰山社区" })],
    ["an unknown unit", "NOT_FOUND", () => t.community, () => ({ ids: [noteId], unitId: "50010699999999" })],
  ];
  it.each(cases)("%s: %s, nothing marked read", async (_name, code, who, vars) => {
    await refused(code, () => h.gql(who(), MARK, { i: vars() }), [], 300);
  });
});

// ---- lists: tampered cursors and filters no index serves ----

const ISSUES = `query($f: IssueFilter, $first: Int, $after: String) { issues(filter: $f, first: $first, after: $after) { edges { node { id } } pageInfo { endCursor } } }`;
const NOTES = `query($first: Int, $after: String) { myNotifications(first: $first, after: $after) { edges { node { id } } pageInfo { endCursor } } }`;
const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");

describe("issues and myNotifications refuse what no index serves", () => {
  const cases: [string, () => Promise<Record<string, unknown>>][] = [
    ["a cursor that is not base64", async () => ({ after: "not a cursor!" })],
    ["a cursor that is not JSON", async () => ({ after: Buffer.from("{oops").toString("base64url") })],
    ["a cursor that is an array", async () => ({ after: b64(["UI#500106#ALL"]) })],
    ["a cursor into another unit's partition", async () => ({ after: encodeCursor({ pk: `UI#${h.unit("金蓉社区").id}#ALL`, sk: "9999" }) })],
    [
      "a cursor from another list",
      async () => {
        const page = await ok(h.gql(t.admin, ISSUES, { f: { under: GRID1 }, first: 1 }));
        return { after: page.issues.pageInfo.endCursor };
      },
    ],
    [
      "a cursor outside the created range",
      async () => ({ f: { createdAfter: "2026-01-01T00:00:00Z" }, after: encodeCursor({ pk: "UI#500106#ALL", sk: "2000-01-01T00:00:00.000Z#is_x" }) }),
    ],
    [
      "a several-states cursor outside the created range",
      async () => ({
        f: { states: ["REPORTED", "ACCEPTED"], createdAfter: "2026-01-01T00:00:00Z" },
        after: encodeCursor({ "UI#500106#S#REPORTED": "2000-01-01T00:00:00.000Z#is_x", "UI#500106#S#ACCEPTED": "" }),
      }),
    ],
    [
      "a several-states cursor naming other partitions",
      async () => ({ f: { states: ["REPORTED", "ACCEPTED"] }, after: encodeCursor({ "UI#500107#S#REPORTED": "", "UI#500107#S#ACCEPTED": "" }) }),
    ],
    ["first 0", async () => ({ first: 0 })],
    ["first 101", async () => ({ first: 101 })],
    ["states with a category", async () => ({ f: { states: ["REPORTED"], categoryCode: "SANITATION_WASTE" } })],
    ["priority with overdue", async () => ({ f: { priority: "HIGH", overdue: true } })],
    ["assignee with reportedByMe", async () => ({ f: { assigneeId: WORKER, reportedByMe: true } })],
    ["reportedByMe with under", async () => ({ f: { reportedByMe: true, under: GRID1 } })],
    ["due soonest with states", async () => ({ f: { sort: "DUE_SOONEST", states: ["ASSIGNED"] } })],
    ["due soonest with a created range", async () => ({ f: { sort: "DUE_SOONEST", createdAfter: "2026-01-01T00:00:00Z" } })],
    ["overdue with a created range", async () => ({ f: { overdue: true, createdBefore: "2030-01-01T00:00:00Z" } })],
    ["a created bound that is not a date", async () => ({ f: { createdAfter: "yesterday" } })],
    ["a created bound with month 13", async () => ({ f: { createdBefore: "2026-13-01T00:00:00Z" } })],
    ["a created bound with no zone", async () => ({ f: { createdBefore: "2026-01-01T00:00:00" } })],
    ["a created bound on 30 February", async () => ({ f: { createdAfter: "2026-02-30T00:00:00Z" } })],
    ["under a building", async () => ({ f: { under: h.demo.units.find((u) => u.parentId === GRID1)!.id } })],
    ["under a malformed id", async () => ({ f: { under: "/500106" } })],
    ["a malformed category code", async () => ({ f: { categoryCode: "a b" } })],
  ];
  it("issue(id): unknown → null, malformed → BAD_USER_INPUT", async () => {
    const read = (id: string) => h.gql(t.admin, `query($id: ID!) { issue(id: $id) { id } }`, { id });
    const unknown = await read("is_01J00000000000000000000000");
    expect([outcome(unknown), unknown.data]).toEqual(["OK", { issue: null }]);
    expect(outcome(await read("ISSUE#is_1"))).toBe("BAD_USER_INPUT");
  });

  it.each(cases)("issues: %s → BAD_USER_INPUT", async (_name, vars) => {
    expect(outcome(await h.gql(t.admin, ISSUES, await vars()))).toBe("BAD_USER_INPUT");
  });

  const noteCases: [string, () => Promise<Record<string, unknown>>][] = [
    ["a cursor that is not base64", async () => ({ after: "%%%" })],
    ["another recipient's cursor", async () => ({ after: encodeCursor({ pk: "NOTE#P:u-resident", sk: noteId }) })],
    ["a cursor from the issues list", async () => ({ after: (await ok(h.gql(t.worker, ISSUES, { first: 1 }))).issues.pageInfo.endCursor })],
    ["first 0", async () => ({ first: 0 })],
  ];
  it.each(noteCases)("myNotifications: %s → BAD_USER_INPUT", async (_name, vars) => {
    expect(outcome(await h.gql(t.worker, NOTES, await vars()))).toBe("BAD_USER_INPUT");
  });
});
