// A person's details change in one place: the grid that copies its workers is rewritten in the
// same transaction, and issues show their reporter's and assignee's current names (read
// through the loader, not copied). Who may change whom follows the people policy table.
import { Role } from "../../api/auth/actor";
import { personItem } from "../../api/people/people.store";
import { batchPut } from "../../api/store/ops";
import { transitionDocuments } from "../helpers/fixtures";
import { createHarness, outcome, type Harness } from "../helpers/harness";

let h: Harness;
let admin: string;
let resident: string;
let grid1: string;

beforeAll(async () => {
  h = await createHarness();
  admin = await h.token(Role.COMMUNITY_ADMIN, h.unit("凤凰山社区").id, "u-fenghuangshan-admin");
  resident = await h.token(Role.RESIDENT, h.unit("凤凰山社区").id, "u-resident");
  grid1 = h.unit("凤凰山社区第1网格").id;
}, 60_000);
afterAll(() => h.close());

const UPDATE = "mutation($i: UpdatePersonInput!) { updatePerson(input: $i) { id name phone } }";
const WORKERS = "query($g: ID!) { orgUnit(id: $g) { gridWorkers { id name phone } } }";

it("renames a grid worker on their grid and on the issues they handle, in one change", async () => {
  const report = await h.gql(resident, "mutation($i: ReportIssueInput!) { reportIssue(input: $i) { issue { id } } }", {
    i: { idempotencyKey: "p-1", title: "路灯不亮", description: "三单元门口", categoryCode: "SANITATION_WASTE", gridId: grid1, channel: "MINI_PROGRAM" },
  });
  const id = report.data!.reportIssue.issue.id;
  const T = transitionDocuments("{ id }");
  await h.gql(admin, T.accept, { i: { id } });
  await h.gql(admin, T.assign, { i: { id, assigneeId: "u-grid-worker" } });

  const changed = await h.gql(admin, UPDATE, { i: { id: "u-grid-worker", name: "何平安", phone: "139-0000-1234" } });
  expect(changed.data!.updatePerson).toEqual({ id: "u-grid-worker", name: "何平安", phone: "13900001234" });
  const workers = await h.gql(admin, WORKERS, { g: grid1 });
  expect(workers.data!.orgUnit.gridWorkers).toContainEqual({ id: "u-grid-worker", name: "何平安", phone: "13900001234" });
  const issue = await h.gql(admin, "query($id: ID!) { issue(id: $id) { assignee { name } reporter { name } } }", { id });
  expect(issue.data!.issue.assignee.name).toBe("何平安");

  // The reporter renames themselves: their issue shows the new name at once.
  expect(outcome(await h.gql(resident, UPDATE, { i: { id: "u-resident", name: "李德文二" } }))).toBe("OK");
  const again = await h.gql(admin, "query($id: ID!) { issue(id: $id) { reporter { name } } }", { id });
  expect(again.data!.issue.reporter.name).toBe("李德文二");
});

it("writes the person and every copy of them in one DynamoDB transaction, and nothing else", async () => {
  // Every command the SDK sends during the change, with the keys a transaction writes.
  const sent: { command: string; keys: string[] }[] = [];
  const name = "gridnetTestRecorder";
  h.db.client.middlewareStack.add(
    (next, context) => async (args) => {
      const input = args.input as { TransactItems?: { Update?: { Key?: object }; Put?: { Item?: { pk?: unknown; sk?: unknown } } }[] };
      const keys = (input.TransactItems ?? []).map((t) => JSON.stringify(t.Update?.Key ?? { pk: t.Put?.Item?.pk, sk: t.Put?.Item?.sk }));
      sent.push({ command: String(context.commandName), keys });
      return next(args);
    },
    { step: "initialize", name },
  );
  try {
    const changed = await h.gql(admin, UPDATE, { i: { id: "u-grid-worker", name: "何安全" } });
    expect(outcome(changed)).toBe("OK");
  } finally {
    h.db.client.middlewareStack.remove(name);
  }
  const writes = sent.filter((s) => !/^(Get|BatchGet|Query)/.test(s.command));
  expect(writes.map((w) => w.command)).toEqual(["TransactWriteItemsCommand"]);
  // The person and the grid that copies them (its worker list), together.
  expect(writes[0].keys).toEqual(expect.arrayContaining([expect.stringMatching(/u-grid-worker/), expect.stringContaining(grid1)]));
});

it("changes a person who has no phone on record, and removes a phone with an empty string", async () => {
  await batchPut(h.db, [personItem({ id: "u-no-phone", name: "王敏", phone: null, role: Role.VOLUNTEER, orgId: h.unit("凤凰山社区").id })]);
  expect((await h.gql(admin, UPDATE, { i: { id: "u-no-phone", name: "王敏敏" } })).data!.updatePerson).toEqual({ id: "u-no-phone", name: "王敏敏", phone: null });
  expect((await h.gql(admin, UPDATE, { i: { id: "u-no-phone", phone: "13812340000" } })).data!.updatePerson.phone).toBe("13812340000");
  expect((await h.gql(admin, UPDATE, { i: { id: "u-no-phone", phone: "" } })).data!.updatePerson.phone).toBeNull();
  expect((await h.gql(admin, UPDATE, { i: { id: "u-no-phone", name: "王敏" } })).data!.updatePerson).toEqual({ id: "u-no-phone", name: "王敏", phone: null });
});

it("lets people change themselves and admins change people in their scope, no one else", async () => {
  const read = async () => (await h.gql(admin, WORKERS, { g: grid1 })).data!.orgUnit.gridWorkers;
  const before = await read();
  expect(outcome(await h.gql(resident, UPDATE, { i: { id: "u-grid-worker", name: "冒名" } }))).toBe("FORBIDDEN");
  const outsider = await h.token(Role.COMMUNITY_ADMIN, h.unit("金蓉社区").id, "u-jinrong-admin");
  expect(outcome(await h.gql(outsider, UPDATE, { i: { id: "u-grid-worker", name: "越权" } }))).toBe("FORBIDDEN");
  expect(outcome(await h.gql(admin, UPDATE, { i: { id: "u-grid-worker", phone: "12345" } }))).toBe("BAD_USER_INPUT");
  expect(outcome(await h.gql(admin, UPDATE, { i: { id: "u-grid-worker" } }))).toBe("BAD_USER_INPUT");
  expect(outcome(await h.gql(admin, UPDATE, { i: { id: "u-nobody", name: "无人" } }))).toBe("NOT_FOUND");
  expect(await read()).toEqual(before);
});
