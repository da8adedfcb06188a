// Personal data in what partners and other residents read. A resident reports with her name,
// phone, ID number, plate and house number in the title, description, address and an
// attribute; officers write the same into notes, comments, the result and a rejection reason.
// Every string of every answer those readers get — the single read, every list, the timeline,
// nested units and people — is swept for the planted values and for the demo's own people
// (names and phones on record): zero hits. The officers entitled to the data still read it whole.
import { Role } from "../../api/auth/actor";
import { maskText } from "../../api/people/masking";
import { transitionDocuments } from "../helpers/fixtures";
import { ok, createHarness, outcome, type GqlResult, type Harness } from "../helpers/harness";

let h: Harness;
const PLANTED = {
  phone: "13812345678",
  otherPhone: "13912345678",
  landline: "023-65123456",
  id: "500106198001011234",
  otherId: "500106199001011234",
  plate: "渝A12345",
  house: "3栋2单元501",
  reporterName: "李德文", // the demo resident, on record as the reporter
  thirdParty: "张伟", // not on record: recognised next to his phone number
};
let reported: string;
let rejected: string;
const readers: { label: string; token: string; residentLike: boolean }[] = [];
let officer: string;
const secrets = new Set<string>();

beforeAll(async () => {
  h = await createHarness();
  await h.seedIssues(40);
  const fenghuang = h.unit("凤凰山社区");
  const grid1 = h.unit("凤凰山社区第1网格");
  const resident = await h.token(Role.RESIDENT, fenghuang.id, "u-resident");
  officer = await h.token(Role.COMMUNITY_ADMIN, fenghuang.id, "u-fenghuangshan-admin");
  const worker = await h.token(Role.GRID_WORKER, grid1.id, "u-grid-worker");
  const T = transitionDocuments("{ id }");
  const REPORT = "mutation($i: ReportIssueInput!) { reportIssue(input: $i) { issue { id } } }";
  const report = (key: string, title: string) =>
    ok(
      h.gql(resident, REPORT, {
        i: {
          idempotencyKey: key,
          title,
          description: `请联系我 ${PLANTED.phone}，身份证 ${PLANTED.id}，住百年世家${PLANTED.house}，车牌${PLANTED.plate}，座机${PLANTED.landline}`,
          categoryCode: "PROPERTY_DISPUTE",
          attributes: [{ code: "compound", values: [`百年世家${PLANTED.house} ${PLANTED.reporterName}`] }],
          gridId: grid1.id,
          latitude: 29.567891,
          longitude: 106.456789,
          address: `百年世家${PLANTED.house}`,
          channel: "MINI_PROGRAM",
        },
      }),
    );
  reported = (await report("pd-1", `楼道堆放杂物 ${PLANTED.reporterName} ${PLANTED.phone}`)).reportIssue.issue.id;
  const note = `已为${PLANTED.thirdParty}(${PLANTED.otherPhone})维修，身份证${PLANTED.otherId}已登记`;
  await ok(h.gql(officer, T.accept, { i: { id: reported, note } }));
  await ok(h.gql(officer, T.assign, { i: { id: reported, assigneeId: "u-grid-worker", note } }));
  await ok(h.gql(worker, T.comment, { i: { id: reported, text: note, idempotencyKey: `c-${reported}` } }));
  await ok(h.gql(worker, T.start, { i: { id: reported } }));
  await ok(h.gql(worker, T.resolve, { i: { id: reported, outcome: "FIXED", result: note } }));
  rejected = (await report("pd-2", `车位被占 ${PLANTED.plate}`)).reportIssue.issue.id;
  await ok(h.gql(officer, T.reject, { i: { id: rejected, reason: note } }));

  readers.push(
    { label: "another resident of 凤凰山", token: await h.token(Role.RESIDENT, fenghuang.id, "u-neighbour"), residentLike: true },
    { label: "a volunteer of 凤凰山", token: await h.token(Role.VOLUNTEER, fenghuang.id, "u-volunteer-fhs"), residentLike: true },
    { label: "the district's partner", token: await h.token(Role.PARTNER, "500106", "u-partner"), residentLike: false },
    { label: "凤凰山's partner", token: await h.token(Role.PARTNER, fenghuang.id, "u-partner-fhs"), residentLike: false },
  );
  for (const value of Object.values(PLANTED)) secrets.add(value);
  for (const person of h.demo.people) {
    secrets.add(person.name);
    if (person.phone) secrets.add(person.phone);
  }
  secrets.add("高幼驹"); // the article's resident, on record as the reporter of her case
}, 120_000);
afterAll(() => h.close());

const UNIT = "{ id name path partyBranch { name secretary memberCount } }";
const ISSUE = `{ id title description categoryCode state channel
  location { gridId buildingId latitude longitude address } mediaUrls attributes { code values }
  reporter { kind anonymous personId name } assignee { id name role }
  resolution { outcome note } rejectReason mergedIntoId duplicateIds
  timeline { version kind actorId actorRole note automatic }
  grid ${UNIT} handlingUnit ${UNIT} assignedUnit ${UNIT} }`;
// Partners also get the grid's workers (masked); for residents they are the grid's public
// contact card, so the resident sweep leaves them out.
const PARTNER_ISSUE = ISSUE.replace("grid {", "grid { gridWorkers { id name phone } ");

function strings(value: unknown, into: string[] = []): string[] {
  if (typeof value === "string") into.push(value);
  else if (Array.isArray(value)) value.forEach((v) => strings(v, into));
  else if (value && typeof value === "object") Object.values(value).forEach((v) => strings(v, into));
  return into;
}

/** Every answer a reader gets about issues: the two planted ones, and every page of their lists. */
async function everything(token: string, selection: string): Promise<unknown[]> {
  const answers: unknown[] = [];
  for (const id of [reported, rejected]) answers.push(await h.gql(token, `query($id: ID!) { issue(id: $id) ${selection} }`, { id }));
  for (const filter of [{}, { under: h.unit("凤凰山社区第1网格").id }, { states: ["RESOLVED", "REJECTED"] }, { categoryCode: "PROPERTY_DISPUTE" }]) {
    let after: string | null = null;
    for (let page = 0; page < 20; page += 1) {
      const res: GqlResult = await h.gql(
        token,
        `query($f: IssueFilter, $a: String) { issues(filter: $f, first: 50, after: $a) { edges { node ${selection} } pageInfo { hasNextPage endCursor } } }`,
        { f: filter, a: after },
      );
      answers.push(res);
      if (!res.data?.issues.pageInfo.hasNextPage) break;
      after = res.data.issues.pageInfo.endCursor;
    }
  }
  return answers;
}

it("gives partners and other residents not one planted or recorded phone, ID, plate, house number or name", async () => {
  for (const reader of readers) {
    const answers = await everything(reader.token, reader.residentLike ? ISSUE : PARTNER_ISSUE);
    for (const answer of answers) expect([reader.label, (answer as GqlResult).errors]).toEqual([reader.label, undefined]);
    const seen = strings(answers);
    expect(seen.length).toBeGreaterThan(100); // the sweep read real answers
    const hits = [...secrets].flatMap((secret) => seen.filter((s) => s.includes(secret)).map((s) => `${secret} in "${s}"`));
    expect([reader.label, hits]).toEqual([reader.label, []]);
  }
}, 120_000);

it("drops the exact address and rounds coordinates to about 100 m for partners", async () => {
  const partner = readers.find((r) => r.label === "the district's partner")!;
  const res = await h.gql(partner.token, "query($id: ID!) { issue(id: $id) { title description location { address buildingId latitude longitude } resolution { note } } }", {
    id: reported,
  });
  expect(outcome(res)).toBe("OK");
  const { location, title, description, resolution } = res.data!.issue;
  expect(location).toEqual({ address: null, buildingId: null, latitude: 29.568, longitude: 106.457 });
  expect(title).toBe("楼道堆放杂物 [姓名] [电话]");
  expect(description).toContain("请联系我 [电话]，身份证 [身份证号]，住百年世家[门牌]");
  expect(resolution.note).toBe("已为[姓名]([电话])维修，身份证[身份证号]已登记");
});

it("shows residents only the public status of a neighbour's issue, masked", async () => {
  const neighbour = readers[0];
  const res = await h.gql(neighbour.token, "query($id: ID!) { issue(id: $id) { title description location { latitude address } rejectReason timeline { note actorId } } }", {
    id: rejected,
  });
  expect(outcome(res)).toBe("OK");
  expect(res.data!.issue).toMatchObject({ title: "车位被占 [车牌]", description: "", location: { latitude: null, address: null } });
  expect(res.data!.issue.rejectReason).toBe("已为[姓名]([电话])维修，身份证[身份证号]已登记");
  expect(res.data!.issue.timeline.every((e: any) => e.note === null && e.actorId === null)).toBe(true);
});

it("keeps the original for the reporter and the officers entitled to it", async () => {
  const reporter = await h.token(Role.RESIDENT, h.unit("凤凰山社区").id, "u-resident");
  for (const token of [reporter, officer]) {
    const res = await h.gql(token, "query($id: ID!) { issue(id: $id) { title location { address latitude } resolution { note } } }", { id: reported });
    expect(res.data!.issue).toEqual({
      title: `楼道堆放杂物 ${PLANTED.reporterName} ${PLANTED.phone}`,
      location: { address: `百年世家${PLANTED.house}`, latitude: 29.567891 },
      resolution: { note: `已为${PLANTED.thirdParty}(${PLANTED.otherPhone})维修，身份证${PLANTED.otherId}已登记` },
    });
  }
});

it("redacts each kind of personal data the masking layer knows, and leaves ordinary text alone", () => {
  const cases: [string, string][] = [
    ["电话 138-1234-5678 或 +86 13812345678", "电话 [电话] 或 [电话]"],
    ["座机(023)65123456，分机 6512345", "座机[电话]，分机 [电话]"],
    ["老身份证 500106800101123", "老身份证 [身份证号]"],
    ["银行卡 6222021234567890123", "银行卡 [号码]"],
    ["新能源车 渝A·D12345 占道", "新能源车 [车牌] 占道"],
    ["住 12-3-501，另 5号楼", "住 [门牌]，另 [门牌]"],
    ["业主王芳反映，联系人：刘强", "业主[姓名]反映，联系人：[姓名]"],
    ["李叔叔和王阿姨", "[姓名]和[姓名]"],
    ["凤凰山社区第1网格：路灯不亮，2026-11-26前处理", "凤凰山社区第1网格：路灯不亮，2026-11-26前处理"],
  ];
  for (const [text, expected] of cases) expect(maskText(text)).toBe(expected);
  expect(maskText("何平已到场", ["何平"])).toBe("[姓名]已到场");
});
