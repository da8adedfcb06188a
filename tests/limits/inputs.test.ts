// Every string and list a request hands in is bounded before anything runs, and the domain's
// own limits refuse what is too much instead of cutting it down: each oversize or empty input
// answers BAD_USER_INPUT naming where it was, and every partition it could have written reads
// back the same afterwards. Error messages quote at most the start of a bad value.
import { QueryCommand } from "@aws-sdk/lib-dynamodb";
import { Role } from "../../api/auth/actor";
import { MAX_LIST_ITEMS, MAX_STRING_BYTES } from "../../api/common/input-limits";
import { EXCERPT_CHARS } from "../../api/errors";
import { CATEGORY_LIMITS } from "../../api/issues/category.rules";
import { encodeCursor } from "../../api/store/cursor";
import { transitionDocuments } from "../helpers/fixtures";
import { ok, createHarness, outcome, type GqlResult, type Harness } from "../helpers/harness";

let h: Harness;
let admin = "",
  resident = "",
  community = "";
let GRID = "",
  COMMUNITY = "",
  WORKER = "",
  accepted = "";

const REPORT = `mutation($i: ReportIssueInput!) { reportIssue(input: $i) { issue { id title } } }`;
const SAVE_CATEGORY = `mutation($i: CategoryInput!) { saveCategory(input: $i) { code keywords } }`;
const M = transitionDocuments("{ id state }");

let keys = 0;
const report = (patch: Record<string, unknown> = {}) => ({
  idempotencyKey: `limits-${(keys += 1)}`,
  title: "路灯不亮",
  description: "小区门口两盏路灯坏了",
  categoryCode: "FACILITY_STREETLIGHT",
  gridId: GRID,
  channel: "MINI_PROGRAM",
  ...patch,
});

beforeAll(async () => {
  h = await createHarness();
  GRID = h.unit("凤凰山社区第1网格").id;
  COMMUNITY = h.unit("凤凰山社区").id;
  WORKER = `gw-${GRID}`;
  admin = await h.token(Role.DISTRICT_ADMIN, "500106", "u-district-admin");
  resident = await h.token(Role.RESIDENT, COMMUNITY, "u-resident");
  community = await h.token(Role.COMMUNITY_ADMIN, COMMUNITY, "u-fenghuangshan-admin");
  const id = (await ok(h.gql(resident, REPORT, { i: report() }))).reportIssue.issue.id;
  await ok(h.gql(community, M.accept, { i: { id } }));
  accepted = id;
}, 120_000);
afterAll(() => h.close());

// ---- "nothing written": every partition these mutations could touch, read straight from DynamoDB ----

const watched = () => ["UI#500106#ALL", `UI#${GRID}#ALL`, "REP#u-resident", "CAT#500106", `ORG#${COMMUNITY}`, `ORG#${GRID}`, `ISSUE#${accepted}`, `NOTE#P:${WORKER}`];
async function snapshot(extra: string[] = []) {
  return Promise.all(
    [...watched(), ...extra].map(async (pk) => {
      const out = await h.db.doc.send(new QueryCommand({ TableName: h.db.table, KeyConditionExpression: "pk = :p", ExpressionAttributeValues: { ":p": pk } }));
      return out.Items ?? [];
    }),
  );
}

/** Expects BAD_USER_INPUT naming `field` (when given), no data, a short answer and no change in any watched partition. */
async function refused(call: () => Promise<GqlResult>, field?: RegExp, extra: string[] = []) {
  const before = await snapshot(extra);
  const res = await call();
  expect(res.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  if (field) expect(String(res.errors![0].extensions!.field)).toMatch(field);
  expect(res.data?.[Object.keys(res.data ?? {})[0]] ?? null).toBeNull();
  expect(JSON.stringify(res.errors).length).toBeLessThan(1000);
  expect(await snapshot(extra)).toEqual(before);
  return res;
}

const big = (bytes: number, char = "9") => char.repeat(bytes);

describe("the generic guard", () => {
  it(`refuses a NUMBER attribute of 350,000 digits (the attack) before the domain sees it`, async () => {
    const i = report({ attributes: [{ code: "lamp_count", values: [big(350_000)] }] });
    await refused(() => h.gql(resident, REPORT, { i }), /^\$i\.attributes\[0\]\.values\[0\]$/, [`IDEM#u-resident#${i.idempotencyKey}`]);
  });

  it(`refuses any string over ${MAX_STRING_BYTES} bytes, counted in UTF-8, in a variable`, async () => {
    // 2,731 Chinese characters are 8,193 bytes: over the limit although under 8,192 characters.
    const i = report({ description: "长".repeat(2731) });
    const res = await refused(() => h.gql(resident, REPORT, { i }), /^\$i\.description$/, [`IDEM#u-resident#${i.idempotencyKey}`]);
    expect(res.errors![0].message).toMatch(/8192 bytes/);
  });

  it("refuses an oversize string written into the document, naming the argument", async () => {
    const title = big(MAX_STRING_BYTES + 1, "灯");
    const doc = `mutation { reportIssue(input: { idempotencyKey: "literal-1", title: "${title}", description: "d", categoryCode: "FACILITY_STREETLIGHT", gridId: "${GRID}", channel: MINI_PROGRAM }) { issue { id } } }`;
    await refused(() => h.gql(resident, doc), /^reportIssue\.input\.title$/, ["IDEM#u-resident#literal-1"]);
  });

  it(`refuses a list of more than ${MAX_LIST_ITEMS} items anywhere`, async () => {
    const i = report({ mediaUrls: Array.from({ length: MAX_LIST_ITEMS + 1 }, (_, n) => `https://img.example.cn/${n}.jpg`) });
    await refused(() => h.gql(resident, REPORT, { i }), /^\$i\.mediaUrls$/, [`IDEM#u-resident#${i.idempotencyKey}`]);
    const values = Array.from({ length: 10_000 }, () => "2");
    await refused(() => h.gql(resident, REPORT, { i: report({ attributes: [{ code: "lamp_count", values }] }) }), /values$/);
  });

  it("allows a long legitimate report through: 2,000 characters of Chinese is 6,000 bytes", async () => {
    const i = report({ description: "长".repeat(2000) });
    const res = await h.gql(resident, REPORT, { i });
    expect(outcome(res)).toBe("OK");
    expect(res.data!.reportIssue.issue.title).toBe("路灯不亮");
  });
});

describe("empty ids and codes are refused, not taken as absent", () => {
  const cases: [string, () => Promise<GqlResult>, RegExp][] = [
    ['assignIssue with assigneeId ""', () => h.gql(community, M.assign, { i: { id: accepted, assigneeId: "" } }), /assigneeId/],
    ['assignIssue with unitId ""', () => h.gql(community, M.assign, { i: { id: accepted, unitId: "" } }), /unitId/],
    ['reportIssue with buildingId ""', () => h.gql(resident, REPORT, { i: report({ buildingId: "" }) }), /buildingId/],
    ['issues under ""', () => h.gql(admin, `{ issues(filter: { under: "" }) { edges { node { id } } } }`), /under/],
    ['issues with assigneeId ""', () => h.gql(admin, `query($f: IssueFilter) { issues(filter: $f) { edges { node { id } } } }`, { f: { assigneeId: "" } }), /assigneeId/],
    ['orgUnits under ""', () => h.gql(admin, `{ orgUnits(kind: GRID, under: "") { edges { node { id } } } }`), /under/],
    ['markNotificationsRead with unitId ""', () => h.gql(community, `mutation { markNotificationsRead(input: { ids: ["x"], unitId: "" }) { markedCount } }`), /unitId/],
    ['issues after ""', () => h.gql(admin, `{ issues(after: "") { edges { node { id } } } }`), /after/],
  ];
  it.each(cases)("%s: BAD_USER_INPUT, nothing written", async (_name, call, field) => {
    await refused(call, field);
  });
});

describe("cursors always decode to a key DynamoDB accepts", () => {
  const ISSUES = `query($after: String) { issues(after: $after) { edges { node { id } } } }`;
  const CHILDREN = `query($id: ID!, $after: String) { orgUnit(id: $id) { children(after: $after) { edges { node { id } } } } }`;
  const cases: [string, string, () => Record<string, unknown>][] = [
    ["an empty sort key", ISSUES, () => ({ after: encodeCursor({ pk: "UI#500106#ALL", sk: "" }) })],
    ["a sort key over 1,024 bytes", ISSUES, () => ({ after: encodeCursor({ pk: "UI#500106#ALL", sk: "9".repeat(1025) }) })],
    ["an empty index sort key", CHILDREN, () => ({ id: COMMUNITY, after: encodeCursor({ pk: `ORG#${GRID}`, sk: "UNIT", gsi1pk: `PARENT#${COMMUNITY}`, gsi1sk: "" }) })],
    ["an empty table key in an index cursor", CHILDREN, () => ({ id: COMMUNITY, after: encodeCursor({ pk: "", sk: "", gsi1pk: `PARENT#${COMMUNITY}`, gsi1sk: "01" }) })],
    ["a non-string key value", CHILDREN, () => ({ id: COMMUNITY, after: encodeCursor({ pk: `ORG#${GRID}`, sk: "UNIT", gsi1pk: `PARENT#${COMMUNITY}`, gsi1sk: 1 } as never) })],
    ["a cursor over 2,048 characters", ISSUES, () => ({ after: "A".repeat(2049) })],
  ];
  it.each(cases)("%s → BAD_USER_INPUT", async (_name, doc, vars) => {
    const res = await h.gql(admin, doc, vars());
    expect(outcome(res)).toBe("BAD_USER_INPUT");
    expect(res.errors![0].extensions!.field).toBe("after");
  });

  it("a real cursor still pages on", async () => {
    const first = await ok(h.gql(admin, `query($id: ID!) { orgUnit(id: $id) { children(first: 1) { pageInfo { endCursor } edges { node { id } } } } }`, { id: COMMUNITY }));
    const next = await ok(h.gql(admin, CHILDREN, { id: COMMUNITY, after: first.orgUnit.children.pageInfo.endCursor }));
    expect(next.orgUnit.children.edges[0].node.id).not.toBe(first.orgUnit.children.edges[0].node.id);
  });
});

describe("saveCategory refuses what is too much instead of cutting it down", () => {
  const base = { code: "FACILITY_BENCH", name: "座椅损坏", group: "设施维护", defaultPriority: "LOW" };
  const attribute = (n: number, values = 1) => ({
    code: `a${n}`,
    datatype: "SINGLEVALUELIST",
    description: "说".repeat(200),
    required: false,
    order: n,
    values: Array.from({ length: values }, (_, v) => ({ key: `v${v}`, name: "值".repeat(60) })),
  });
  const cases: [string, Record<string, unknown>, RegExp][] = [
    ["10,000 keywords (the attack)", { keywords: Array.from({ length: 10_000 }, (_, i) => `k${i}`) }, /keywords/],
    [`${CATEGORY_LIMITS.keywords + 1} keywords`, { keywords: Array.from({ length: CATEGORY_LIMITS.keywords + 1 }, (_, i) => `k${i}`) }, /keywords/],
    [`${CATEGORY_LIMITS.attributes + 1} attributes`, { attributes: Array.from({ length: CATEGORY_LIMITS.attributes + 1 }, (_, n) => attribute(n)) }, /attributes/],
    [`${CATEGORY_LIMITS.valuesPerAttribute + 1} values of one attribute`, { attributes: [attribute(0, CATEGORY_LIMITS.valuesPerAttribute + 1)] }, /attributes\.values/],
    ["an item over 64 KB (each list within its limit)", { attributes: Array.from({ length: 10 }, (_, n) => attribute(n, 50)) }, /input/],
    // Every field within its limit keeps a category under ~200 KB, so an item over DynamoDB's
    // 400 KB needs a field past its own limit: the first one it breaks refuses it.
    ["an item over DynamoDB's 400 KB", { description: big(MAX_STRING_BYTES, "a"), attributes: Array.from({ length: 20 }, (_, n) => attribute(n, 50)) }, /^description$/],
  ];
  it.each(cases)("%s: BAD_USER_INPUT, catalogue unchanged", async (_name, patch, field) => {
    await refused(() => h.gql(admin, SAVE_CATEGORY, { i: { ...base, ...patch } }), field);
  });

  it(`keeps all of ${CATEGORY_LIMITS.keywords} keywords`, async () => {
    const keywords = Array.from({ length: CATEGORY_LIMITS.keywords }, (_, i) => `座椅${i}`);
    const saved = await ok(h.gql(admin, SAVE_CATEGORY, { i: { ...base, keywords } }));
    expect(saved.saveCategory.keywords).toEqual(keywords);
  });
});

describe("names and titles refuse invisible and direction-changing characters", () => {
  const sneaky: [string, string][] = [
    ["a zero-width space", "路灯\u200b不亮"],
    ["a zero-width joiner", "路灯\u200d不亮"],
    ["a right-to-left mark", "路灯\u200f不亮"],
    ["a right-to-left override", "路灯\u202e亮不"],
    ["a left-to-right embedding", "\u202a路灯不亮"],
    ["a first-strong isolate", "路灯\u2068不亮\u2069"],
    ["a leading byte-order mark", "\ufeff路灯不亮"],
    ["a trailing byte-order mark", "路灯不亮\ufeff"],
  ];
  it.each(sneaky)("a title with %s: BAD_USER_INPUT, nothing written", async (_name, title) => {
    const i = report({ title });
    await refused(() => h.gql(resident, REPORT, { i }), /^title$/, [`IDEM#u-resident#${i.idempotencyKey}`]);
  });

  it.each(sneaky)("a unit name with %s: BAD_USER_INPUT, unit unchanged", async (_name, name) => {
    await refused(() => h.gql(admin, `mutation($i: RenameOrgUnitInput!) { renameOrgUnit(input: $i) { name } }`, { i: { id: GRID, name } }), /^name$/);
  });
});

describe("error messages quote at most the start of a bad value", () => {
  const MILLION = 1_000_000;
  const noRun = (text: string) => expect(text).not.toMatch(new RegExp(`X{${EXCERPT_CHARS + 1}}`));

  it("a 1 MB invalid enum value written into the document (validation)", async () => {
    const res = await h.gql(admin, `{ orgUnits(kind: ${"X".repeat(MILLION)}) { edges { node { id } } } }`);
    expect(outcome(res)).toBe("GRAPHQL_VALIDATION_FAILED");
    const text = JSON.stringify(res.errors);
    expect(text.length).toBeLessThan(1000);
    noRun(text);
    expect(text).toContain(`"${"X".repeat(EXCERPT_CHARS)}…`);
  });

  it("a 1 MB invalid enum value in a variable", async () => {
    const res = await h.gql(resident, REPORT, { i: report({ channel: "X".repeat(MILLION) }) });
    expect(outcome(res)).toBe("BAD_USER_INPUT");
    expect(JSON.stringify(res.errors).length).toBeLessThan(1000);
    noRun(JSON.stringify(res.errors));
  });

  it("an invalid enum value under the byte limit, refused by graphql-js's own coercion", async () => {
    const res = await h.gql(resident, REPORT, { i: report({ channel: "X".repeat(8000) }) });
    expect(outcome(res)).toBe("BAD_USER_INPUT");
    expect(res.errors![0].message).toMatch(/IssueChannel/);
    expect(JSON.stringify(res.errors).length).toBeLessThan(1000);
    noRun(JSON.stringify(res.errors));
  });

  it("an unknown attribute code of 8 KB", async () => {
    const res = await h.gql(resident, REPORT, { i: report({ attributes: [{ code: "X".repeat(8000), values: ["1"] }] }) });
    expect(outcome(res)).toBe("BAD_USER_INPUT");
    noRun(JSON.stringify(res.errors));
  });
});
