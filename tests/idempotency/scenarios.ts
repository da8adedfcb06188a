// One repeat scenario per mutation of the schema (docs/idempotency.md): how to make a fresh
// target, the request a client would resend, a count of the writes that request makes on its
// target (events, children, versions…), and the requests that only look like a repeat, with
// the code each must get. repeats.test.ts runs them; table.test.ts checks they cover the table.
// The councils feature's scenarios are in council-scenarios.ts, the volunteers feature's in
// volunteer-scenarios.ts.
import { QueryCommand } from "@aws-sdk/lib-dynamodb";
import { Role } from "../../api/auth/actor";
import { listCategories } from "../../api/issues/category.store";
import { notification, outboxItem, personRecipient } from "../../api/notifications/notification.store";
import { ISSUE_NOTICES, ISSUE_SUBJECTS } from "../../api/issues/issue.notices";
import { personItem } from "../../api/people/people.store";
import { transact } from "../../api/store/ops";
import type { GqlResult, Harness } from "../helpers/harness";
import { COUNCIL_SCENARIOS } from "./council-scenarios";
import { VOLUNTEER_SCENARIOS } from "./volunteer-scenarios";

export interface Case {
  /** The request, exactly as a client would send it again. */
  send(): Promise<GqlResult>;
  /** How many writes the request's target has had; one request adds exactly one. */
  writes(): Promise<number>;
  /** Requests that look like a repeat but are not one, and the code each gets. */
  impostors: { what: string; code: string; send(): Promise<GqlResult> }[];
}

export interface Scenario {
  /** What the case repeats (a mutation may have several, e.g. closeIssue's close and rework). */
  name: string;
  setup(w: World): Promise<Case>;
}

/** The actors and helpers scenarios share, built once per test file. */
export interface World {
  h: Harness;
  admin: string;
  otherAdmin: string;
  worker: string;
  resident: string;
  district: string;
  street: string;
  /** A fresh number, for unique keys and codes. */
  next(): number;
  /** A fresh two-digit grid segment, unique across the file's units. */
  segment(): string;
}

export async function createWorld(h: Harness): Promise<World> {
  const community = h.unit("凤凰山社区").id;
  let n = 0;
  let segments = 10;
  return {
    h,
    admin: await h.token(Role.COMMUNITY_ADMIN, community, "u-fenghuangshan-admin"),
    otherAdmin: await h.token(Role.COMMUNITY_ADMIN, community, "test-second-admin"),
    worker: await h.token(Role.GRID_WORKER, h.unit("凤凰山社区第1网格").id, "u-grid-worker"),
    resident: await h.token(Role.RESIDENT, community, "u-resident"),
    district: await h.token(Role.DISTRICT_ADMIN, h.unit("沙坪坝区").id, "u-district-admin"),
    street: await h.token(Role.STREET_ADMIN, h.unit("磁器口街道").id, "u-ciqikou-admin"),
    next: () => (n += 1),
    segment: () => {
      if (segments > 99) throw new Error("out of two-digit segments");
      return String((segments += 1) - 1);
    },
  };
}

const ISSUE =
  "{ id state version priority handlingLevel satisfaction supervisionCount reworkCount returnCount mergedIntoId rejectReason updatedAt assignee { id } timeline { version kind actorId note } }";
const UNIT = "{ id name path version parent { id } partyBranch { name secretary memberCount } gridWorkers { id name phone } }";

async function count(h: Harness, pk: string, index?: { name: string; key: string }): Promise<number> {
  const out = await h.db.doc.send(
    new QueryCommand({
      TableName: h.db.table,
      IndexName: index?.name,
      KeyConditionExpression: `${index?.key ?? "pk"} = :p`,
      ExpressionAttributeValues: { ":p": pk },
      Select: "COUNT",
    }),
  );
  return out.Count ?? 0;
}

function ok(result: GqlResult): Record<string, any> {
  if (result.errors) throw new Error(`setup failed: ${JSON.stringify(result.errors)}`);
  return result.data!;
}

// ---- issues ----

const events = (w: World, id: string) => count(w.h, `ISSUE#${id}`).then(async (all) => all - 1 - (await duplicateLinks(w, id)));
async function duplicateLinks(w: World, id: string): Promise<number> {
  const out = await w.h.db.doc.send(
    new QueryCommand({ TableName: w.h.db.table, KeyConditionExpression: "pk = :p AND begins_with(sk, :d)", ExpressionAttributeValues: { ":p": `ISSUE#${id}`, ":d": "DUP#" } }),
  );
  return out.Count ?? 0;
}

const TO = ["REPORTED", "ACCEPTED", "ASSIGNED", "IN_PROGRESS", "RESOLVED"] as const;
type From = (typeof TO)[number];

/** A new issue, reported by the grid worker and walked to `state`; its version is its step number. */
export async function issueAt(w: World, state: From): Promise<{ id: string; version: number }> {
  const report = ok(
    await w.h.gql(w.worker, `mutation($i: ReportIssueInput!) { reportIssue(input: $i) { issue { id } } }`, {
      i: {
        idempotencyKey: `walk-${w.next()}`,
        title: "路灯不亮",
        description: "巡查发现",
        categoryCode: "FACILITY_STREETLIGHT",
        gridId: w.h.unit("凤凰山社区第1网格").id,
        channel: "GRID_PATROL",
        attributes: [{ code: "lamp_count", values: ["1"] }],
      },
    }),
  );
  const id: string = report.reportIssue.issue.id;
  const steps: [string, string, string, Record<string, unknown>][] = [
    [w.admin, "acceptIssue", "AcceptIssueInput", {}],
    [w.admin, "assignIssue", "AssignIssueInput", { assigneeId: "u-grid-worker" }],
    [w.worker, "startIssue", "IssueNoteInput", {}],
    [w.worker, "resolveIssue", "ResolveIssueInput", { outcome: "FIXED", result: "已更换灯泡" }],
  ];
  for (const [token, field, input, extra] of steps.slice(0, TO.indexOf(state))) {
    ok(await w.h.gql(token, `mutation($i: ${input}!) { ${field}(input: $i) { id } }`, { i: { id, ...extra } }));
  }
  return { id, version: TO.indexOf(state) + 1 };
}

interface TransitionSpec {
  name: string;
  field: string;
  input: string;
  from: From;
  actor: (w: World) => string;
  /** Someone else allowed to make the same transition. */
  otherActor: (w: World) => string;
  payload: (w: World) => Promise<Record<string, unknown>> | Record<string, unknown>;
  /** The same transition with another payload. */
  otherPayload: (w: World) => Promise<Record<string, unknown>> | Record<string, unknown>;
}

function transition(spec: TransitionSpec): Scenario {
  return {
    name: spec.name,
    async setup(w) {
      const { id, version } = await issueAt(w, spec.from);
      const [payload, otherPayload] = [await spec.payload(w), await spec.otherPayload(w)];
      const doc = `mutation($i: ${spec.input}!) { ${spec.field}(input: $i) ${ISSUE} }`;
      const as = (token: string, extra: Record<string, unknown>) => () => w.h.gql(token, doc, { i: { id, expectedVersion: version, ...extra } });
      // Another transition the actor's role may attempt, by the same actor, from the same stale version.
      const other =
        spec.field === "startIssue"
          ? () => w.h.gql(spec.actor(w), `mutation($i: ReasonInput!) { returnIssue(input: $i) { id } }`, { i: { id, expectedVersion: version, reason: "错派" } })
          : () => w.h.gql(spec.actor(w), `mutation($i: IssueNoteInput!) { startIssue(input: $i) { id } }`, { i: { id, expectedVersion: version } });
      return {
        send: as(spec.actor(w), payload),
        writes: () => events(w, id),
        impostors: [
          { what: "another actor, the same transition", code: "CONFLICT", send: as(spec.otherActor(w), payload) },
          { what: "the same actor, another payload", code: "CONFLICT", send: as(spec.actor(w), otherPayload) },
          { what: "the same actor, another transition", code: "CONFLICT", send: other },
        ],
      };
    },
  };
}

const admin = (w: World) => w.admin;
const otherAdmin = (w: World) => w.otherAdmin;
const worker = (w: World) => w.worker;

export const ISSUE_SCENARIOS: Record<string, Scenario[]> = {
  reportIssue: [
    {
      name: "reportIssue",
      async setup(w) {
        const key = `report-${w.next()}`;
        const input = (title: string) => ({
          idempotencyKey: key,
          title,
          description: "楼道堆物",
          categoryCode: "SANITATION_WASTE",
          gridId: w.h.unit("凤凰山社区第1网格").id,
          channel: "MINI_PROGRAM",
        });
        const doc = `mutation($i: ReportIssueInput!) { reportIssue(input: $i) { created issue ${ISSUE} } }`;
        return {
          // The first answer says created: true, a repeat false (tests/issues/concurrency.test.ts); the issue must be equal.
          send: async () => {
            const res = await w.h.gql(w.resident, doc, { i: input("楼道堆满杂物") });
            return res.data ? { ...res, data: { issue: res.data.reportIssue.issue } } : res;
          },
          writes: () => count(w.h, "REP#u-resident"),
          impostors: [{ what: "the same key, another report", code: "BAD_USER_INPUT", send: () => w.h.gql(w.resident, doc, { i: input("另一件事") }) }],
        };
      },
    },
  ],
  commentIssue: [
    {
      name: "commentIssue",
      async setup(w) {
        const { id } = await issueAt(w, "ASSIGNED");
        const other = await issueAt(w, "ASSIGNED");
        const key = `comment-${w.next()}`;
        const doc = `mutation($i: CommentIssueInput!) { commentIssue(input: $i) ${ISSUE} }`;
        return {
          send: () => w.h.gql(w.resident, doc, { i: { id, text: "我家门口也是", idempotencyKey: key } }),
          writes: () => events(w, id),
          impostors: [
            { what: "the same key, another text", code: "BAD_USER_INPUT", send: () => w.h.gql(w.resident, doc, { i: { id, text: "另一条", idempotencyKey: key } }) },
            {
              what: "the same key, another issue",
              code: "BAD_USER_INPUT",
              send: () => w.h.gql(w.resident, doc, { i: { id: other.id, text: "我家门口也是", idempotencyKey: key } }),
            },
          ],
        };
      },
    },
  ],
  acceptIssue: [
    transition({
      name: "acceptIssue",
      field: "acceptIssue",
      input: "AcceptIssueInput",
      from: "REPORTED",
      actor: admin,
      otherActor: otherAdmin,
      payload: () => ({ priority: "HIGH" }),
      otherPayload: () => ({ priority: "LOW" }),
    }),
  ],
  rejectIssue: [
    transition({
      name: "rejectIssue",
      field: "rejectIssue",
      input: "RejectIssueInput",
      from: "REPORTED",
      actor: admin,
      otherActor: otherAdmin,
      payload: () => ({ reason: "重复上报" }),
      otherPayload: () => ({ reason: "不属实" }),
    }),
  ],
  mergeIssue: [
    transition({
      name: "mergeIssue",
      field: "mergeIssue",
      input: "MergeIssueInput",
      from: "REPORTED",
      actor: admin,
      otherActor: otherAdmin,
      payload: async (w) => ({ duplicateOfId: (await issueAt(w, "REPORTED")).id }),
      otherPayload: async (w) => ({ duplicateOfId: (await issueAt(w, "REPORTED")).id }),
    }),
  ],
  assignIssue: [
    transition({
      name: "assignIssue",
      field: "assignIssue",
      input: "AssignIssueInput",
      from: "ACCEPTED",
      actor: admin,
      otherActor: otherAdmin,
      payload: () => ({ assigneeId: "u-grid-worker" }),
      otherPayload: () => ({}),
    }),
  ],
  escalateIssue: [
    transition({
      name: "escalateIssue",
      field: "escalateIssue",
      input: "ReasonInput",
      from: "ACCEPTED",
      actor: admin,
      otherActor: otherAdmin,
      payload: () => ({ reason: "需要街道协调" }),
      otherPayload: () => ({ reason: "另有原因" }),
    }),
  ],
  returnIssue: [
    transition({
      name: "returnIssue",
      field: "returnIssue",
      input: "ReasonInput",
      from: "ASSIGNED",
      actor: worker,
      otherActor: admin,
      payload: () => ({ reason: "不属于本网格" }),
      otherPayload: () => ({ reason: "派错了人" }),
    }),
  ],
  startIssue: [
    transition({
      name: "startIssue",
      field: "startIssue",
      input: "IssueNoteInput",
      from: "ASSIGNED",
      actor: worker,
      otherActor: admin,
      payload: () => ({ note: "出发" }),
      otherPayload: () => ({}),
    }),
  ],
  resolveIssue: [
    transition({
      name: "resolveIssue",
      field: "resolveIssue",
      input: "ResolveIssueInput",
      from: "IN_PROGRESS",
      actor: worker,
      otherActor: admin,
      payload: () => ({ outcome: "FIXED", result: "已修复" }),
      otherPayload: () => ({ outcome: "NOT_FIXABLE", result: "无法修复" }),
    }),
  ],
  closeIssue: [
    transition({
      name: "closeIssue (close)",
      field: "closeIssue",
      input: "CloseIssueInput",
      from: "RESOLVED",
      actor: worker,
      otherActor: admin,
      payload: () => ({ satisfaction: 5 }),
      otherPayload: () => ({ satisfaction: 4 }),
    }),
    transition({
      name: "closeIssue (rework)",
      field: "closeIssue",
      input: "CloseIssueInput",
      from: "RESOLVED",
      actor: worker,
      otherActor: admin,
      payload: () => ({ satisfaction: 2 }),
      otherPayload: () => ({ satisfaction: 1 }),
    }),
  ],
  reopenIssue: [
    transition({
      name: "reopenIssue",
      field: "reopenIssue",
      input: "ReasonInput",
      from: "RESOLVED",
      actor: worker,
      otherActor: admin,
      payload: () => ({ reason: "又坏了" }),
      otherPayload: () => ({ reason: "没修好" }),
    }),
  ],
  superviseIssue: [
    transition({
      name: "superviseIssue",
      field: "superviseIssue",
      input: "SuperviseIssueInput",
      from: "ASSIGNED",
      actor: (w) => w.district,
      otherActor: (w) => w.street,
      payload: () => ({ note: "请尽快办结" }),
      otherPayload: () => ({ note: "今天办完" }),
    }),
  ],
};

// ---- the hierarchy, people, notices, the catalogue, the outbox ----

/** A new grid under 凤凰山社区, made by the district admin; version 1. */
async function freshGrid(w: World, parent = "凤凰山社区"): Promise<{ id: string; segment: string }> {
  const segment = w.segment();
  const res = ok(
    await w.h.gql(w.district, `mutation($i: CreateOrgUnitInput!) { createOrgUnit(input: $i) { id } }`, {
      i: { parentId: w.h.unit(parent).id, kind: "GRID", segment, name: `测试网格${segment}`, idempotencyKey: `grid-${segment}` },
    }),
  );
  return { id: res.createOrgUnit.id, segment };
}

const unitVersion = async (w: World, id: string) => ok(await w.h.gql(w.district, `query($id: ID!) { orgUnit(id: $id) { version } }`, { id })).orgUnit.version as number;

/** A grid worker of our own (so the demo's stay where they are), serving a fresh grid. */
async function freshWorker(w: World): Promise<{ personId: string; gridId: string }> {
  const personId = `gw-idem-${w.next()}`;
  // Not yet on any grid: no orgId attribute at all, as a newly registered worker is stored.
  const { orgId: _none, ...item } = personItem({ id: personId, name: "测试员", phone: "13800000000", role: Role.GRID_WORKER, orgId: null });
  await transact(w.h.db, [{ Put: { TableName: w.h.db.table, Item: item } }]);
  const grid = await freshGrid(w);
  ok(await w.h.gql(w.district, `mutation($i: AssignGridWorkerInput!) { assignGridWorker(input: $i) { id } }`, { i: { gridId: grid.id, userId: personId } }));
  return { personId, gridId: grid.id };
}

export const OTHER_SCENARIOS: Record<string, Scenario[]> = {
  createOrgUnit: [
    {
      name: "createOrgUnit",
      async setup(w) {
        const segment = w.segment();
        const parentId = w.h.unit("金蓉社区").id;
        const doc = `mutation($i: CreateOrgUnitInput!) { createOrgUnit(input: $i) ${UNIT} }`;
        const input = (name: string) => ({ parentId, kind: "GRID", segment, name, idempotencyKey: `create-${segment}` });
        return {
          send: () => w.h.gql(w.district, doc, { i: input("新网格") }),
          writes: () => count(w.h, `PARENT#${parentId}`, { name: "gsi1", key: "gsi1pk" }),
          impostors: [{ what: "the same key, another name", code: "BAD_USER_INPUT", send: () => w.h.gql(w.district, doc, { i: input("别的网格") }) }],
        };
      },
    },
  ],
  postNotice: [
    {
      name: "postNotice",
      async setup(w) {
        const key = `notice-${w.next()}`;
        const doc = `mutation($i: PostNoticeInput!) { postNotice(input: $i) { id title body postedAt } }`;
        return {
          send: () => w.h.gql(w.admin, doc, { i: { idempotencyKey: key, title: "停水通知", body: "周六停水" } }),
          writes: () => count(w.h, `NOTICE#${w.h.unit("凤凰山社区").id}`),
          impostors: [
            { what: "the same key, another body", code: "BAD_USER_INPUT", send: () => w.h.gql(w.admin, doc, { i: { idempotencyKey: key, title: "停水通知", body: "周日停水" } }) },
          ],
        };
      },
    },
  ],
  renameOrgUnit: [
    {
      name: "renameOrgUnit",
      async setup(w) {
        const { id } = await freshGrid(w);
        const doc = `mutation($i: RenameOrgUnitInput!) { renameOrgUnit(input: $i) ${UNIT} }`;
        return {
          send: () => w.h.gql(w.district, doc, { i: { id, name: "改名网格", expectedVersion: 1 } }),
          writes: () => unitVersion(w, id),
          impostors: [{ what: "another name from the stale version", code: "CONFLICT", send: () => w.h.gql(w.district, doc, { i: { id, name: "又改名", expectedVersion: 1 } }) }],
        };
      },
    },
  ],
  moveOrgUnit: [
    {
      name: "moveOrgUnit",
      async setup(w) {
        const { id } = await freshGrid(w);
        const doc = `mutation($i: MoveOrgUnitInput!) { moveOrgUnit(input: $i) ${UNIT} }`;
        const to = (community: string) => () => w.h.gql(w.district, doc, { i: { id, newParentId: w.h.unit(community).id, expectedVersion: 1 } });
        return {
          send: to("香榭里社区"),
          writes: () => unitVersion(w, id),
          impostors: [{ what: "another parent from the stale version", code: "CONFLICT", send: to("金蓉社区") }],
        };
      },
    },
  ],
  assignGridWorker: [
    {
      name: "assignGridWorker",
      async setup(w) {
        const { personId } = await freshWorker(w);
        const target = await freshGrid(w);
        const doc = `mutation($i: AssignGridWorkerInput!) { assignGridWorker(input: $i) ${UNIT} }`;
        return { send: () => w.h.gql(w.district, doc, { i: { gridId: target.id, userId: personId } }), writes: () => unitVersion(w, target.id), impostors: [] };
      },
    },
  ],
  setPartyBranch: [
    {
      name: "setPartyBranch",
      async setup(w) {
        const { id } = await freshGrid(w);
        const doc = `mutation($i: SetPartyBranchInput!) { setPartyBranch(input: $i) ${UNIT} }`;
        return {
          send: () => w.h.gql(w.district, doc, { i: { gridId: id, name: "第一党支部", secretary: "李明", memberCount: 12 } }),
          writes: () => unitVersion(w, id),
          impostors: [],
        };
      },
    },
  ],
  updatePerson: [
    {
      name: "updatePerson",
      async setup(w) {
        // The grid keeps a copy of its worker, rewritten (version + 1) with every change of them.
        const { personId, gridId } = await freshWorker(w);
        const doc = `mutation($i: UpdatePersonInput!) { updatePerson(input: $i) { id name phone } }`;
        return { send: () => w.h.gql(w.district, doc, { i: { id: personId, name: "新名字", phone: "13912345678" } }), writes: () => unitVersion(w, gridId), impostors: [] };
      },
    },
  ],
  saveCategory: [
    {
      name: "saveCategory",
      async setup(w) {
        const code = `TEST_CATEGORY_${w.next()}`;
        const doc = `mutation($i: CategoryInput!) { saveCategory(input: $i) { code name group defaultPriority active } }`;
        const district = w.h.unit("沙坪坝区").id;
        return {
          send: () => w.h.gql(w.district, doc, { i: { code, name: "测试类别", group: "测试", defaultPriority: "LOW" } }),
          // Keyed by its code: the catalogue holds it once, however often it is saved.
          writes: async () => (await listCategories(w.h.db, district)).filter((c) => c.code === code).length,
          impostors: [],
        };
      },
    },
  ],
  markNotificationsRead: [
    {
      name: "markNotificationsRead",
      async setup(w) {
        const note = notification(
          personRecipient("u-fenghuangshan-admin"),
          ISSUE_NOTICES.ASSIGNED,
          { type: ISSUE_SUBJECTS.ISSUE, id: "is_test" },
          "测试消息",
          new Date().toISOString(),
        );
        await transact(w.h.db, [outboxItem(w.h.db, note)]);
        const read = async () => {
          const page = ok(await w.h.gql(w.admin, `{ myNotifications(first: 100) { edges { node { id read } } } }`));
          return page.myNotifications.edges.filter((e: any) => e.node.id === note.id && e.node.read).length as number;
        };
        return {
          send: () => w.h.gql(w.admin, `mutation($i: MarkNotificationsReadInput!) { markNotificationsRead(input: $i) { markedCount } }`, { i: { ids: [note.id] } }),
          writes: read,
          impostors: [],
        };
      },
    },
  ],
};

export const SCENARIOS: Record<string, Scenario[]> = { ...ISSUE_SCENARIOS, ...OTHER_SCENARIOS, ...COUNCIL_SCENARIOS, ...VOLUNTEER_SCENARIOS };
