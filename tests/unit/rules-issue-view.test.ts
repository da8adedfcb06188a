// The issue's visibility rule and presentation without a database: records built here, the
// request's loaders as real DataLoaders over fixed data. Who sees an issue at all (canSee), who
// handles it, which audience each reader is, what each audience gets, and which names the
// masking layer is handed to redact (docs/personal-data.md, "Audiences of an issue").
import DataLoader from "dataloader";
import { Role, type Actor } from "../../api/auth/actor";
import type { GridnetContext } from "../../api/context";
import { HandlingLevel, IssueChannel, IssuePriority, IssueState, ReporterKind, ResolutionOutcome, TimelineEventKind } from "../../api/issues/issue.enums";
import type { EventRecord, IssueRecord } from "../../api/issues/issue.store";
import { audienceOf as audienceOfIssue, canSee, handles, isReporter, present, presentAssignee, presentEvents, presentReporter, type IssueView } from "../../api/issues/issue.view";
import type { OrgUnitRecord } from "../../api/org";
import type { PersonRecord } from "../../api/people/person.codec";
import { ENTITLED, audienceOf } from "../../api/privacy/audience";

const DISTRICT = "500106";
const STREET = `${DISTRICT}/500106017`;
const COMMUNITY = `${STREET}/500106017001`;
const GRID = `${COMMUNITY}/50010601700101`;
const OTHER_STREET = `${DISTRICT}/500106018`;
const OTHER_COMMUNITY = `${OTHER_STREET}/500106018001`;
const NOW = new Date("2026-03-05T08:00:00.000Z");

const actor = (role: Role, scopePath: string, sub = `u-${role.toLowerCase()}`): Actor => ({ sub, role, orgId: scopePath.split("/").pop()!, scopePath });

const issueRecord = (fields: Partial<IssueRecord> = {}): IssueRecord => ({
  id: "is_1",
  title: "楼道灯坏了",
  description: "3栋2单元楼道灯不亮，联系人张伟13912345678",
  categoryCode: "LIGHTING",
  priority: IssuePriority.NORMAL,
  state: IssueState.ASSIGNED,
  channel: IssueChannel.MINI_PROGRAM,
  location: { gridId: "50010601700101", buildingId: "b-7", latitude: 29.567891, longitude: 106.456349, address: "土主街道3栋" },
  locationUnitIds: ["500106", "500106017", "500106017001", "50010601700101"],
  locationPath: GRID,
  mediaUrls: ["https://media.example/door.jpg"],
  attributes: [{ code: "floor", values: ["5楼王阿姨家门口"] }],
  reporter: { kind: ReporterKind.RESIDENT, anonymous: false, personId: "r-1", name: "李德文", role: Role.RESIDENT },
  handlingLevel: HandlingLevel.COMMUNITY,
  handlingUnitId: "500106017001",
  handlingPath: COMMUNITY,
  assignedUnitId: "50010601700101",
  assigneeId: "w-1",
  dueAt: "2026-03-05T07:00:00.000Z",
  overdueSupervisedFor: null,
  supervisionCount: 0,
  reworkCount: 0,
  returnCount: 0,
  satisfaction: null,
  resolution: null,
  mergedIntoId: null,
  rejectReason: null,
  version: 3,
  createdAt: "2026-03-01T08:00:00.000Z",
  updatedAt: "2026-03-02T08:00:00.000Z",
  closedAt: null,
  ...fields,
});

const event = (kind: TimelineEventKind, actorId: string | null, note: string | null, version: number): EventRecord => ({
  issueId: "is_1",
  version,
  kind,
  at: "2026-03-01T08:00:00.000Z",
  actorId,
  actorRole: null,
  fromState: null,
  toState: IssueState.REPORTED,
  note,
  automatic: false,
  requestHash: null,
});

const EVENTS = [
  event(TimelineEventKind.REPORTED, "r-1", null, 1),
  event(TimelineEventKind.ACCEPTED, "a-1", "已受理，转交周建国", 2),
  event(TimelineEventKind.ASSIGNED, "a-1", null, 3),
  event(TimelineEventKind.COMMENTED, "a-2", "业主赵敏说晚上在家", 4),
  event(TimelineEventKind.COMMENTED, null, "系统提醒", 5),
  event(TimelineEventKind.COMMENTED, "gone", null, 6),
];

const person = (id: string, name: string, role = Role.RESIDENT): PersonRecord => ({ id, name, phone: "13800000000", role, orgId: "500106017001" });
const PEOPLE: Record<string, PersonRecord> = {
  "r-1": person("r-1", "李德文"),
  "w-1": person("w-1", "何平", Role.GRID_WORKER),
  "a-1": person("a-1", "刘强", Role.COMMUNITY_ADMIN),
  "a-2": person("a-2", "陈静", Role.COMMUNITY_ADMIN),
};
const GRID_UNIT = {
  id: "50010601700101",
  name: "第一网格",
  path: GRID,
  workers: [
    { id: "w-1", name: "何平", phone: null },
    { id: "w-2", name: "孙丽", phone: null },
  ],
  partyBranch: { name: "第一网格党小组", secretary: "马军", memberCount: 9 },
} as unknown as OrgUnitRecord;

/** A request's context: real DataLoaders over the records above (a DataLoader refuses a null key, as the server's do). */
function context(people: Record<string, PersonRecord> = PEOPLE, units: Record<string, OrgUnitRecord> = { [GRID_UNIT.id]: GRID_UNIT }, events = EVENTS) {
  const asked: string[] = [];
  const loaders = {
    // An id the person store cannot read fails alone, as DataLoader reports a failed key.
    person: new DataLoader<string, PersonRecord | null>(async (ids) => {
      asked.push(...ids);
      return ids.map((id) => (id === "gone" ? new Error(`unreadable ${id}`) : (people[id] ?? null)));
    }),
    orgUnit: new DataLoader<string, OrgUnitRecord | null>(async (ids) => ids.map((id) => units[id] ?? null)),
    history: new DataLoader<string, { events: EventRecord[]; duplicateIds: string[] }>(async (ids) => ids.map(() => ({ events, duplicateIds: [] }))),
  };
  return { ctx: { now: () => NOW, loaders } as unknown as GridnetContext, asked };
}

const streetAdmin = actor(Role.STREET_ADMIN, STREET);
const communityAdmin = actor(Role.COMMUNITY_ADMIN, COMMUNITY);
const gridWorker = actor(Role.GRID_WORKER, GRID);
const partner = actor(Role.PARTNER, DISTRICT);
const neighbour = actor(Role.RESIDENT, COMMUNITY, "r-2");
const reporter = actor(Role.RESIDENT, OTHER_COMMUNITY, "r-1");
const assignee = actor(Role.VOLUNTEER, OTHER_COMMUNITY, "w-1");

describe("canSee", () => {
  it("shows an issue to readers whose scope holds its place", () => {
    for (const reader of [streetAdmin, communityAdmin, gridWorker, neighbour, actor(Role.DISTRICT_ADMIN, DISTRICT)])
      expect([reader.role, canSee(reader, issueRecord())]).toEqual([reader.role, true]);
  });

  it("shows it to readers whose scope holds only its handling unit", () => {
    const elsewhere = issueRecord({ locationPath: `${OTHER_COMMUNITY}/50010601800101`, handlingPath: COMMUNITY });
    expect(canSee(communityAdmin, elsewhere)).toBe(true);
    expect(canSee(actor(Role.GRID_WORKER, GRID), elsewhere)).toBe(false);
  });

  it("shows it to its reporter and its assignee wherever their scope is", () => {
    expect(canSee(reporter, issueRecord())).toBe(true);
    expect(canSee(assignee, issueRecord())).toBe(true);
    expect(canSee(assignee, issueRecord({ assigneeId: null }))).toBe(false);
  });

  it("hides it from everyone else", () => {
    for (const reader of [actor(Role.STREET_ADMIN, OTHER_STREET), actor(Role.RESIDENT, OTHER_COMMUNITY, "r-9"), actor(Role.COMMUNITY_ADMIN, `${STREET}/500106017002`)]) {
      expect([reader.scopePath, canSee(reader, issueRecord())]).toEqual([reader.scopePath, false]);
    }
  });
});

describe("handles", () => {
  it("is true for admins whose scope holds the handling unit", () => {
    expect(handles(streetAdmin, issueRecord())).toBe(true);
    expect(handles(communityAdmin, issueRecord())).toBe(true);
  });

  it("is false for other roles in scope, and for admins who see the issue only by its place", () => {
    expect(handles(gridWorker, issueRecord({ handlingPath: GRID }))).toBe(false);
    expect(handles(actor(Role.COMMUNITY_ADMIN, COMMUNITY), issueRecord({ handlingPath: STREET }))).toBe(false);
  });

  it("knows the reporter by their person id", () => {
    expect(isReporter(reporter, issueRecord())).toBe(true);
    expect(isReporter(neighbour, issueRecord())).toBe(false);
  });
});

describe("audienceOf", () => {
  it("entitles the reporter and the assignee, whatever their role", () => {
    expect(audienceOfIssue(reporter, issueRecord())).toBe("ENTITLED");
    expect(audienceOfIssue(assignee, issueRecord())).toBe("ENTITLED");
    expect(audienceOfIssue({ ...partner, sub: "w-1" }, issueRecord())).toBe("ENTITLED");
  });

  it("makes partners PARTNER, admins and grid workers ENTITLED, residents and volunteers PUBLIC", () => {
    expect(audienceOfIssue(partner, issueRecord())).toBe("PARTNER");
    for (const role of [Role.DISTRICT_ADMIN, Role.STREET_ADMIN, Role.COMMUNITY_ADMIN, Role.GRID_WORKER])
      expect([role, audienceOfIssue(actor(role, DISTRICT), issueRecord())]).toEqual([role, "ENTITLED"]);
    for (const role of [Role.RESIDENT, Role.VOLUNTEER]) expect([role, audienceOfIssue(actor(role, DISTRICT), issueRecord())]).toEqual([role, "PUBLIC"]);
  });
});

describe("present", () => {
  it("gives an entitled reader the record as written, tagged ENTITLED", async () => {
    const { ctx } = context();
    const view = await present(ctx, communityAdmin, issueRecord());
    expect(audienceOf(view)).toBe(ENTITLED);
    expect(view).toMatchObject({ ...issueRecord(), audience: "ENTITLED", detailed: true, reporterShown: true, reporterMasked: false });
  });

  it("says whether the issue is overdue, by the request's clock unless told otherwise", async () => {
    const { ctx } = context();
    expect((await present(ctx, communityAdmin, issueRecord())).overdue).toBe(true);
    expect((await present(ctx, communityAdmin, issueRecord({ dueAt: "2026-03-05T09:00:00.000Z" }))).overdue).toBe(false);
    expect((await present(ctx, communityAdmin, issueRecord(), new Date("2026-03-05T06:00:00.000Z"))).overdue).toBe(false);
    // Only a dispatched issue waits on its deadline: not one waiting on verification, nor a finished one.
    expect((await present(ctx, communityAdmin, issueRecord({ state: IssueState.IN_PROGRESS }))).overdue).toBe(true);
    for (const state of [IssueState.REPORTED, IssueState.ACCEPTED, IssueState.RESOLVED, IssueState.CLOSED]) {
      expect([state, (await present(ctx, communityAdmin, issueRecord({ state }))).overdue]).toEqual([state, false]);
    }
  });

  it("gives a partner every field but no photos and no exact place, tagged masked", async () => {
    const { ctx } = context();
    const view = await present(ctx, partner, issueRecord());
    expect(audienceOf(view)?.entitled).toBe(false);
    expect(view).toMatchObject({
      audience: "PARTNER",
      detailed: true,
      reporterShown: false,
      reporterMasked: true,
      description: issueRecord().description,
      attributes: issueRecord().attributes,
    });
    expect(view.mediaUrls).toEqual([]);
    expect(view.location).toEqual({ gridId: "50010601700101", buildingId: null, latitude: 29.568, longitude: 106.456, address: null });
  });

  it("gives the public its public status: no description, attributes, photos or place", async () => {
    const { ctx } = context();
    const view = await present(ctx, neighbour, issueRecord());
    expect(audienceOf(view)?.entitled).toBe(false);
    expect(view).toMatchObject({
      audience: "PUBLIC",
      detailed: false,
      reporterShown: false,
      reporterMasked: false,
      title: "楼道灯坏了",
      description: "",
      attributes: [],
      mediaUrls: [],
    });
    expect(view.location).toEqual({ gridId: "50010601700101", buildingId: null, latitude: null, longitude: null, address: null });
  });

  it("leaves the stored record as it was", async () => {
    const { ctx } = context();
    const record = issueRecord();
    await present(ctx, neighbour, record);
    expect(record).toEqual(issueRecord());
  });

  describe("the reporter", () => {
    it("is shown to entitled readers, to partners only masked, to the public not at all", async () => {
      const { ctx } = context();
      const shown = async (reader: Actor) => {
        const v = await present(ctx, reader, issueRecord());
        return [v.reporterShown, v.reporterMasked];
      };
      expect(await shown(gridWorker)).toEqual([true, false]);
      expect(await shown(reporter)).toEqual([true, false]);
      expect(await shown(partner)).toEqual([false, true]);
      expect(await shown(neighbour)).toEqual([false, false]);
    });

    it("of an anonymous report is shown only to themselves and the admins who handle it, and never masked", async () => {
      const { ctx } = context();
      const anonymous = issueRecord({ reporter: { ...issueRecord().reporter, anonymous: true } });
      const shown = async (reader: Actor) => {
        const v = await present(ctx, reader, anonymous);
        return [v.reporterShown, v.reporterMasked];
      };
      expect(await shown(reporter)).toEqual([true, false]);
      expect(await shown(communityAdmin)).toEqual([true, false]);
      expect(await shown(gridWorker)).toEqual([false, false]);
      expect(await shown(actor(Role.COMMUNITY_ADMIN, COMMUNITY, "a-9"))).toEqual([true, false]);
      expect(await shown(partner)).toEqual([false, false]);
      // An admin who sees the issue by its place but does not handle it.
      const escalated = { ...anonymous, handlingPath: STREET };
      expect((await present(ctx, communityAdmin, escalated)).reporterShown).toBe(false);
      expect((await present(ctx, streetAdmin, escalated)).reporterShown).toBe(true);
    });
  });

  describe("the names handed to the masking layer", () => {
    it("are the issue's people, its actors, and every name its texts mark", async () => {
      const { ctx } = context();
      const view = await present(ctx, partner, issueRecord({ rejectReason: "与居民王小明的报告重复", resolution: { outcome: ResolutionOutcome.FIXED, note: "已联系业主钱多多" } }));
      const names = await audienceOf(view)!.names();
      expect([...names].sort()).toEqual(["何平", "何平", "刘强", "孙丽", "张伟", "李德文", "李德文", "李德文", "王小明", "王阿姨", "赵敏", "钱多多", "陈静", "马军"].sort());
    });

    it("keep the name on the issue when the reporter has no person record, and skip what is unknown or empty", async () => {
      const events = [
        event(TimelineEventKind.REPORTED, "r-1", null, 1),
        event(TimelineEventKind.COMMENTED, "gone", null, 2),
        event(TimelineEventKind.COMMENTED, "nobody", "系统提醒", 3),
      ];
      const { ctx, asked } = context({ "w-1": PEOPLE["w-1"] }, {}, events);
      const view = await present(
        ctx,
        neighbour,
        issueRecord({ reporter: { ...issueRecord().reporter, name: "" }, assigneeId: null, description: "", attributes: [], title: "灯坏了" }),
      );
      expect(await audienceOf(view)!.names()).toEqual([]);
      expect([...asked].sort()).toEqual(["gone", "nobody", "r-1"]);
    });

    it("take the reporter's name from the issue when no person record has it", async () => {
      const { ctx } = context({}, {}, []);
      const view = await present(ctx, partner, issueRecord({ description: "", attributes: [], assigneeId: null }));
      expect(await audienceOf(view)!.names()).toEqual(["李德文"]);
    });

    it("are not gathered for an entitled reader", async () => {
      const { ctx, asked } = context();
      const view = await present(ctx, communityAdmin, issueRecord());
      await expect(audienceOf(view)!.names()).resolves.toEqual([]);
      expect(asked).toEqual([]);
    });
  });
});

describe("presentAssignee", () => {
  const view = async (reader: Actor) => present(context().ctx, reader, issueRecord());

  it("shows the assignee to detailed readers, masked for partners", async () => {
    expect(presentAssignee(gridWorker, await view(gridWorker), PEOPLE["w-1"])).toEqual({ id: "w-1", name: "何平", role: Role.GRID_WORKER });
    expect(presentAssignee(partner, await view(partner), PEOPLE["w-1"])).toEqual({ id: "w-1", name: "何*", role: Role.GRID_WORKER });
  });

  it("shows nobody to the public, or when there is no assignee", async () => {
    expect(presentAssignee(neighbour, await view(neighbour), PEOPLE["w-1"])).toBeNull();
    expect(presentAssignee(gridWorker, await view(gridWorker), null)).toBeNull();
  });
});

describe("presentReporter", () => {
  it("shows an entitled reader who reported it, by their current name", async () => {
    const { ctx } = context({ ...PEOPLE, "r-1": person("r-1", "李德武") });
    const view = await present(ctx, gridWorker, issueRecord());
    await expect(presentReporter(ctx, view)).resolves.toEqual({ kind: ReporterKind.RESIDENT, anonymous: false, personId: "r-1", name: "李德武" });
  });

  it("falls back to the name kept on the issue", async () => {
    const { ctx } = context({});
    const view = await present(ctx, gridWorker, issueRecord());
    await expect(presentReporter(ctx, view)).resolves.toMatchObject({ personId: "r-1", name: "李德文" });
  });

  it("gives partners only a masked name", async () => {
    const { ctx } = context();
    await expect(presentReporter(ctx, await present(ctx, partner, issueRecord()))).resolves.toEqual({
      kind: ReporterKind.RESIDENT,
      anonymous: false,
      personId: null,
      name: "李**",
    });
    const { ctx: bare } = context({});
    const nameless = issueRecord({ reporter: { ...issueRecord().reporter, name: null } });
    await expect(presentReporter(bare, await present(bare, partner, nameless))).resolves.toMatchObject({ personId: null, name: null });
  });

  it("gives the public, and everyone an anonymous reporter is hidden from, neither id nor name — without reading the person", async () => {
    const { ctx, asked } = context();
    const publicView = await present(ctx, neighbour, issueRecord());
    const anonymous = await present(ctx, partner, issueRecord({ reporter: { ...issueRecord().reporter, anonymous: true } }));
    asked.length = 0;
    await expect(presentReporter(ctx, publicView)).resolves.toEqual({ kind: ReporterKind.RESIDENT, anonymous: false, personId: null, name: null });
    await expect(presentReporter(ctx, anonymous)).resolves.toEqual({ kind: ReporterKind.RESIDENT, anonymous: true, personId: null, name: null });
    expect(asked).toEqual([]);
  });
});

describe("presentEvents", () => {
  const timeline = async (reader: Actor, record = issueRecord()) => {
    const view: IssueView = await present(context().ctx, reader, record);
    return presentEvents(reader, view, EVENTS).map((e) => [e.kind, e.actorId, e.note]);
  };

  it("shows entitled readers who acted and every note", async () => {
    expect(await timeline(gridWorker)).toEqual(EVENTS.map((e) => [e.kind, e.actorId, e.note]));
  });

  it("hides the report's actor when the reporter is hidden from the reader, and only that", async () => {
    const anonymous = issueRecord({ reporter: { ...issueRecord().reporter, anonymous: true } });
    const events = await timeline(gridWorker, anonymous);
    expect(events[0]).toEqual([TimelineEventKind.REPORTED, null, null]);
    expect(events.slice(1)).toEqual(EVENTS.slice(1).map((e) => [e.kind, e.actorId, e.note]));
    expect((await timeline(communityAdmin, anonymous))[0]).toEqual([TimelineEventKind.REPORTED, "r-1", null]);
  });

  it("gives partners the notes (the layer masks them) and nobody's id", async () => {
    expect(await timeline(partner)).toEqual(EVENTS.map((e) => [e.kind, null, e.note]));
  });

  it("gives the public neither ids nor notes", async () => {
    expect(await timeline(neighbour)).toEqual(EVENTS.map((e) => [e.kind, null, null]));
  });

  it("leaves the stored events as they were", async () => {
    const before = JSON.stringify(EVENTS);
    await timeline(neighbour);
    expect(JSON.stringify(EVENTS)).toBe(before);
  });
});
