// Notice boards, the feature added through the registry (docs/adding-a-feature.md): admins post
// on boards in their scope, once per idempotency key; everyone reads the board of a unit they
// may see merged with the boards above it, and no other board.
import { Role } from "../../api/auth/actor";
import { snapshot } from "../councils/helpers";
import { createHarness, outcome, type Harness } from "../helpers/harness";

let h: Harness;
let fenghuangAdmin: string;
let jinrongAdmin: string;
let resident: string;

beforeAll(async () => {
  h = await createHarness();
  fenghuangAdmin = await h.token(Role.COMMUNITY_ADMIN, h.unit("凤凰山社区").id, "u-fenghuangshan-admin");
  jinrongAdmin = await h.token(Role.COMMUNITY_ADMIN, h.unit("金蓉社区").id, "u-jinrong-admin");
  resident = await h.token(Role.RESIDENT, h.unit("凤凰山社区").id, "u-resident");
}, 60_000);
afterAll(() => h.close());

const POST = "mutation($i: PostNoticeInput!) { postNotice(input: $i) { id unitId title postedAt } }";
const LIST = "query($u: ID) { notices(unitId: $u) { edges { node { id unitName title } } } }";
const titles = async (token: string, unitId?: string) => {
  const res = await h.gql(token, LIST, { u: unitId ?? null });
  expect(res.errors).toBeUndefined();
  return res.data!.notices.edges.map((e: any) => e.node.title);
};

it("shows a resident their community's board merged with the district's, newest first, and no other community's", async () => {
  expect(outcome(await h.gql(fenghuangAdmin, POST, { i: { idempotencyKey: "n-1", title: "楼道清理日", body: "周六上午统一清理楼道杂物。" } }))).toBe("OK");
  expect(outcome(await h.gql(jinrongAdmin, POST, { i: { idempotencyKey: "n-2", title: "金蓉停水通知", body: "周日停水。" } }))).toBe("OK");
  expect(await titles(resident)).toEqual(["楼道清理日", "和顺茶馆本周安排"]);
  expect(await titles(jinrongAdmin)).toEqual(["金蓉停水通知", "和顺茶馆本周安排"]);
});

it("posts once per idempotency key: a retry returns the first notice; another notice under the key is BAD_USER_INPUT", async () => {
  const input = { idempotencyKey: "n-retry", title: "议事会通知", body: "本月议事会周四晚七点召开。" };
  const first = await h.gql(fenghuangAdmin, POST, { i: input });
  const again = await h.gql(fenghuangAdmin, POST, { i: input });
  expect(again.data!.postNotice).toEqual(first.data!.postNotice);
  expect((await titles(resident)).filter((t: string) => t === "议事会通知")).toHaveLength(1);
  expect(outcome(await h.gql(fenghuangAdmin, POST, { i: { ...input, body: "改期" } }))).toBe("BAD_USER_INPUT");
});

it("gives partners a notice's free text through the masking layer", async () => {
  const input = { idempotencyKey: "n-phone", title: "失物招领", body: "请失主联系刘强 13812345678 领取。" };
  expect(outcome(await h.gql(fenghuangAdmin, POST, { i: input }))).toBe("OK");
  const partner = await h.token(Role.PARTNER, "500106", "u-partner");
  const res = await h.gql(partner, "query($u: ID) { notices(unitId: $u) { edges { node { title body } } } }", { u: h.unit("凤凰山社区").id });
  const lost = res.data!.notices.edges.map((e: any) => e.node).find((n: any) => n.title === "失物招领");
  expect(lost.body).toBe("请失主联系[姓名] [电话] 领取。");
  const residentView = await h.gql(resident, "{ notices { edges { node { body } } } }");
  expect(residentView.data!.notices.edges.map((e: any) => e.node.body)).toContain(input.body);
});

it("refuses residents, boards outside scope and bad input, and writes nothing", async () => {
  // The whole table: a refused post to 金蓉社区's board would never show on the resident's own.
  const before = await snapshot(h);
  expect(outcome(await h.gql(resident, POST, { i: { idempotencyKey: "n-3", title: "居民发帖", body: "x" } }))).toBe("FORBIDDEN");
  expect(outcome(await h.gql(fenghuangAdmin, POST, { i: { unitId: h.unit("金蓉社区").id, idempotencyKey: "n-4", title: "越权", body: "x" } }))).toBe("FORBIDDEN");
  expect(outcome(await h.gql(fenghuangAdmin, POST, { i: { idempotencyKey: "n-5", title: " ", body: "x" } }))).toBe("BAD_USER_INPUT");
  expect(outcome(await h.gql(fenghuangAdmin, POST, { i: { idempotencyKey: "n-6", title: "x".repeat(81), body: "x" } }))).toBe("BAD_USER_INPUT");
  expect(await snapshot(h)).toEqual(before);
  expect(outcome(await h.gql(resident, LIST, { u: h.unit("金蓉社区").id }))).toBe("FORBIDDEN");
});
