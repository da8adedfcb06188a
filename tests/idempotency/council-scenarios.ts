// The repeat scenarios of the councils feature (docs/idempotency.md; docs/councils.md,
// docs/places.md): councils, meetings and their votes, resolutions filed as issues, service
// places and timetables, mediation cases. Each makes its own council, meeting, place or case in
// 凤凰山社区 through the API, so the scenarios share nothing with each other or the demo.
import { QueryCommand } from "@aws-sdk/lib-dynamodb";
import type { GqlResult } from "../helpers/harness";
import type { Case, Scenario, World } from "./scenarios";

/** How many items a partition holds (under a sort-key prefix, when given). */
async function count(w: World, pk: string, prefix?: string): Promise<number> {
  const out = await w.h.db.doc.send(
    new QueryCommand({
      TableName: w.h.db.table,
      KeyConditionExpression: prefix ? "pk = :p AND begins_with(sk, :s)" : "pk = :p",
      ExpressionAttributeValues: prefix ? { ":p": pk, ":s": prefix } : { ":p": pk },
      Select: "COUNT",
      ConsistentRead: true,
    }),
  );
  return out.Count ?? 0;
}

function ok(result: GqlResult): Record<string, any> {
  if (result.errors) throw new Error(`setup failed: ${JSON.stringify(result.errors)}`);
  return result.data!;
}

const community = (w: World) => w.h.unit("凤凰山社区").id;
const grid = (w: World) => w.h.unit("凤凰山社区第1网格").id;

// ---- councils and meetings ----

const MEETING = "{ id state version presentCount cancelReason report agenda { id order vote { method for against abstain present outcome } } }";
const COUNCIL = "{ id name kind cadence createdAt members { id name } quorum { membersRequired } }";

const councilInput = (w: World, key: string, name: string) => ({
  idempotencyKey: key,
  kind: "RESIDENT_COUNCIL",
  name,
  unitId: community(w),
  cadence: "MONTHLY",
  quorumCount: 1,
  members: [
    { role: "OWNER_REPRESENTATIVE", name: "代表一", organisation: "业主委员会" },
    { role: "COMMUNITY_STAFF", name: "代表二", organisation: "社区居委会" },
  ],
});

async function freshCouncil(w: World): Promise<string> {
  const res = ok(await w.h.gql(w.admin, `mutation($i: CreateCouncilInput!) { createCouncil(input: $i) { id } }`, { i: councilInput(w, `council-${w.next()}`, "测试议事会") }));
  return res.createCouncil.id;
}

const scheduleInput = (councilId: string, key: string, title: string) => ({
  idempotencyKey: key,
  councilId,
  title,
  startsAt: "2030-03-01T11:00:00+08:00",
  place: "社区活动室",
  agenda: [
    { title: "议题一", plannedMinutes: 30 },
    { title: "议题二", plannedMinutes: 30 },
  ],
});

interface MeetingAt {
  id: string;
  councilId: string;
  version: number;
  items: string[];
}

/** A meeting of a fresh council, walked as far as asked: opened, attendance taken, the resident registered, item 1 adopted by hands. */
async function meetingAt(w: World, to: { open?: boolean; present?: boolean; registered?: boolean; adopted?: boolean } = {}): Promise<MeetingAt> {
  const councilId = await freshCouncil(w);
  const doc = (name: string, input: string) => `mutation($i: ${input}!) { ${name}(input: $i) ${MEETING} }`;
  let m = ok(await w.h.gql(w.admin, doc("scheduleMeeting", "ScheduleMeetingInput"), { i: scheduleInput(councilId, `meeting-${w.next()}`, "议事会") })).scheduleMeeting;
  const items: string[] = m.agenda.map((i: any) => i.id);
  if (to.registered) ok(await w.h.gql(w.resident, `mutation($i: RegisterForMeetingInput!) { registerForMeeting(input: $i) { personId } }`, { i: { meetingId: m.id } }));
  if (to.open || to.present || to.adopted) m = ok(await w.h.gql(w.admin, doc("openMeeting", "MeetingCommandInput"), { i: { meetingId: m.id } })).openMeeting;
  if (to.present || to.adopted) {
    m = ok(
      await w.h.gql(w.admin, doc("recordAttendance", "RecordAttendanceInput"), { i: { meetingId: m.id, attendees: [{ memberId: "m1" }, { memberId: "m2" }], othersPresent: 3 } }),
    ).recordAttendance;
  }
  if (to.adopted) {
    m = ok(await w.h.gql(w.admin, doc("recordShowOfHands", "ShowOfHandsInput"), { i: { meetingId: m.id, itemId: items[0], for: 5, against: 0, abstain: 0 } })).recordShowOfHands;
  }
  return { id: m.id, councilId, version: m.version, items };
}

const meetingEvents = (w: World, id: string) => count(w, `MEETING#${id}`, "EV#");

interface MeetingCommandSpec {
  name: string;
  field: string;
  input: string;
  at: Parameters<typeof meetingAt>[1];
  payload: (m: MeetingAt) => Record<string, unknown>;
  /** The same command with another payload, by the same actor from the same version (null: it has none). */
  otherPayload: ((m: MeetingAt) => Record<string, unknown>) | null;
  /** Another command the same actor may send from the same version. */
  otherCommand: { field: string; input: string; payload: (m: MeetingAt) => Record<string, unknown> };
  /** How many events one request writes (countBallots: the close to ballots, then the tally). */
  eventsPerRequest?: number;
}

/** A meeting command sent with the version its sender read (docs/councils.md, "Meetings"). */
function meetingCommand(spec: MeetingCommandSpec): Scenario {
  return {
    name: spec.name,
    async setup(w): Promise<Case> {
      const m = await meetingAt(w, spec.at);
      if (spec.field === "countBallots") {
        ok(await w.h.gql(w.resident, `mutation($i: CastBallotInput!) { castBallot(input: $i) { choice } }`, { i: { meetingId: m.id, itemId: m.items[0], choice: "FOR" } }));
      }
      const as = (token: string, field: string, input: string, payload: Record<string, unknown>) => () =>
        w.h.gql(token, `mutation($i: ${input}!) { ${field}(input: $i) ${MEETING} }`, { i: { meetingId: m.id, expectedVersion: m.version, ...payload } });
      const other = spec.otherPayload;
      return {
        send: as(w.admin, spec.field, spec.input, spec.payload(m)),
        writes: async () => (await meetingEvents(w, m.id)) / (spec.eventsPerRequest ?? 1),
        impostors: [
          { what: "another admin of the council, the same command", code: "CONFLICT", send: as(w.otherAdmin, spec.field, spec.input, spec.payload(m)) },
          ...(other ? [{ what: "the same actor, another payload", code: "CONFLICT", send: as(w.admin, spec.field, spec.input, other(m)) }] : []),
          {
            what: "the same actor, another command",
            code: "CONFLICT",
            send: as(w.admin, spec.otherCommand.field, spec.otherCommand.input, spec.otherCommand.payload(m)),
          },
        ],
      };
    },
  };
}

const open = { field: "openMeeting", input: "MeetingCommandInput", payload: () => ({}) };
const attend = { field: "recordAttendance", input: "RecordAttendanceInput", payload: () => ({ attendees: [{ memberId: "m1" }], othersPresent: 0 }) };

const TASK = (w: World, title: string) => ({ title, description: "议事会决定", categoryCode: "FACILITY_STREETLIGHT", gridId: grid(w) });

export const COUNCIL_SCENARIOS: Record<string, Scenario[]> = {
  createCouncil: [
    {
      name: "createCouncil",
      async setup(w) {
        const other = await freshCouncil(w);
        const key = `council-${w.next()}`;
        const doc = `mutation($i: CreateCouncilInput!) { createCouncil(input: $i) ${COUNCIL} }`;
        return {
          send: () => w.h.gql(w.admin, doc, { i: councilInput(w, key, "新议事会") }),
          writes: () => count(w, `COUNCILS#${community(w)}`),
          impostors: [
            { what: "the same key, another name", code: "BAD_USER_INPUT", send: () => w.h.gql(w.admin, doc, { i: councilInput(w, key, "别的议事会") }) },
            {
              what: "the same key, another kind of request",
              code: "BAD_USER_INPUT",
              send: () => w.h.gql(w.admin, `mutation($i: ScheduleMeetingInput!) { scheduleMeeting(input: $i) { id } }`, { i: scheduleInput(other, key, "同一个键") }),
            },
          ],
        };
      },
    },
  ],
  scheduleMeeting: [
    {
      name: "scheduleMeeting",
      async setup(w) {
        const councilId = await freshCouncil(w);
        const key = `meeting-${w.next()}`;
        const doc = `mutation($i: ScheduleMeetingInput!) { scheduleMeeting(input: $i) ${MEETING} }`;
        return {
          send: () => w.h.gql(w.admin, doc, { i: scheduleInput(councilId, key, "三月议事会") }),
          writes: () => count(w, `MTGC#${councilId}`),
          impostors: [{ what: "the same key, another title", code: "BAD_USER_INPUT", send: () => w.h.gql(w.admin, doc, { i: scheduleInput(councilId, key, "四月议事会") }) }],
        };
      },
    },
  ],
  openMeeting: [
    meetingCommand({
      name: "openMeeting",
      field: "openMeeting",
      input: "MeetingCommandInput",
      at: {},
      payload: () => ({}),
      otherPayload: null,
      otherCommand: { field: "cancelMeeting", input: "CancelMeetingInput", payload: () => ({ reason: "改期" }) },
    }),
  ],
  cancelMeeting: [
    meetingCommand({
      name: "cancelMeeting",
      field: "cancelMeeting",
      input: "CancelMeetingInput",
      at: {},
      payload: () => ({ reason: "暴雨改期" }),
      otherPayload: () => ({ reason: "场地冲突" }),
      otherCommand: open,
    }),
  ],
  closeMeeting: [
    meetingCommand({
      name: "closeMeeting",
      field: "closeMeeting",
      input: "CloseMeetingInput",
      at: { open: true },
      payload: () => ({ report: "议定两项" }),
      otherPayload: () => ({ report: "另一份报告" }),
      otherCommand: attend,
    }),
  ],
  recordAttendance: [
    meetingCommand({
      name: "recordAttendance",
      field: "recordAttendance",
      input: "RecordAttendanceInput",
      at: { open: true },
      payload: () => ({ attendees: [{ memberId: "m1" }, { name: "王阿姨" }], othersPresent: 4 }),
      otherPayload: () => ({ attendees: [{ memberId: "m2" }], othersPresent: 4 }),
      otherCommand: { field: "closeMeeting", input: "CloseMeetingInput", payload: () => ({ report: "散会" }) },
    }),
  ],
  recordShowOfHands: [
    meetingCommand({
      name: "recordShowOfHands",
      field: "recordShowOfHands",
      input: "ShowOfHandsInput",
      at: { present: true },
      payload: (m) => ({ itemId: m.items[0], for: 4, against: 1, abstain: 0 }),
      // The same tally on the other item: only the item differs.
      otherPayload: (m) => ({ itemId: m.items[1], for: 4, against: 1, abstain: 0 }),
      otherCommand: attend,
    }),
  ],
  countBallots: [
    meetingCommand({
      name: "countBallots",
      field: "countBallots",
      input: "CountBallotsInput",
      at: { present: true, registered: true },
      payload: (m) => ({ itemId: m.items[0] }),
      otherPayload: (m) => ({ itemId: m.items[1] }),
      otherCommand: attend,
      eventsPerRequest: 2,
    }),
  ],
  registerForMeeting: [
    {
      name: "registerForMeeting",
      async setup(w) {
        const m = await meetingAt(w);
        return {
          send: () =>
            w.h.gql(w.resident, `mutation($i: RegisterForMeetingInput!) { registerForMeeting(input: $i) { meetingId personId name role registeredAt } }`, {
              i: { meetingId: m.id },
            }),
          writes: () => count(w, `MEETING#${m.id}`, "REG#"),
          impostors: [],
        };
      },
    },
  ],
  castBallot: [
    {
      name: "castBallot",
      async setup(w) {
        const m = await meetingAt(w, { open: true, registered: true });
        const doc = `mutation($i: CastBallotInput!) { castBallot(input: $i) { meetingId itemId choice castAt } }`;
        const cast = (choice: string) => () => w.h.gql(w.resident, doc, { i: { meetingId: m.id, itemId: m.items[0], choice } });
        return {
          send: cast("FOR"),
          writes: () => count(w, `MEETING#${m.id}`, "BALLOT#"),
          impostors: [{ what: "the same ballot, another choice", code: "CONFLICT", send: cast("AGAINST") }],
        };
      },
    },
  ],
  createResolutionIssues: [
    {
      name: "createResolutionIssues",
      async setup(w) {
        const m = await meetingAt(w, { adopted: true });
        // A second adopted item, so the same key can be sent for another item.
        ok(
          await w.h.gql(w.admin, `mutation($i: ShowOfHandsInput!) { recordShowOfHands(input: $i) { id } }`, {
            i: { meetingId: m.id, itemId: m.items[1], for: 5, against: 0, abstain: 0 },
          }),
        );
        const key = `resolve-${w.next()}`;
        const doc = `mutation($i: CreateResolutionIssuesInput!) { createResolutionIssues(input: $i) { meeting { id version } issues { id state channel title } } }`;
        const send = (itemId: string, tasks: Record<string, unknown>[]) => () => w.h.gql(w.admin, doc, { i: { meetingId: m.id, itemId, idempotencyKey: key, tasks } });
        return {
          send: send(m.items[0], [TASK(w, "更换路灯")]),
          writes: () => count(w, `MEETING#${m.id}`, "TASK#"),
          impostors: [
            { what: "the same key, another task", code: "BAD_USER_INPUT", send: send(m.items[0], [TASK(w, "修下水道")]) },
            { what: "the same key, one more task", code: "BAD_USER_INPUT", send: send(m.items[0], [TASK(w, "更换路灯"), TASK(w, "修下水道")]) },
            { what: "the same key, another item", code: "BAD_USER_INPUT", send: send(m.items[1], [TASK(w, "更换路灯")]) },
          ],
        };
      },
    },
  ],
  raiseDemands: [
    {
      name: "raiseDemands",
      async setup(w) {
        const m = await meetingAt(w, { open: true });
        const other = await meetingAt(w, { open: true });
        const key = `demands-${w.next()}`;
        const doc = `mutation($i: RaiseDemandsInput!) { raiseDemands(input: $i) { meeting { id version } issues { id state channel title } } }`;
        const send = (meetingId: string, demands: Record<string, unknown>[]) => () => w.h.gql(w.admin, doc, { i: { meetingId, idempotencyKey: key, demands } });
        return {
          send: send(m.id, [TASK(w, "修剪树枝")]),
          writes: async () => (await count(w, `MEETING#${m.id}`, "TASK#")) + (await count(w, `MEETING#${other.id}`, "TASK#")),
          impostors: [
            { what: "the same key, one more demand", code: "BAD_USER_INPUT", send: send(m.id, [TASK(w, "修剪树枝"), TASK(w, "增设车棚")]) },
            { what: "the same key, another meeting", code: "BAD_USER_INPUT", send: send(other.id, [TASK(w, "修剪树枝")]) },
          ],
        };
      },
    },
  ],

  // ---- service places and timetables ----

  createPlace: [
    {
      name: "createPlace",
      async setup(w) {
        const key = `place-${w.next()}`;
        const doc = `mutation($i: CreatePlaceInput!) { createPlace(input: $i) ${PLACE} }`;
        return {
          send: () => w.h.gql(w.admin, doc, { i: placeInput(w, key, "凤凰山书屋") }),
          writes: () => count(w, "PLACEPATH#500106", `${w.h.unit("凤凰山社区").path}/`),
          impostors: [
            { what: "the same key, another name", code: "BAD_USER_INPUT", send: () => w.h.gql(w.admin, doc, { i: placeInput(w, key, "别的书屋") }) },
            {
              what: "the same key, another kind of request",
              code: "BAD_USER_INPUT",
              send: () => w.h.gql(w.admin, `mutation($i: CreateCouncilInput!) { createCouncil(input: $i) { id } }`, { i: councilInput(w, key, "同一个键") }),
            },
          ],
        };
      },
    },
  ],
  updatePlace: [
    {
      name: "updatePlace",
      async setup(w) {
        const id = await freshPlace(w);
        const doc = `mutation($i: UpdatePlaceInput!) { updatePlace(input: $i) ${PLACE} }`;
        const rename = (token: string, name: string) => () => w.h.gql(token, doc, { i: { id, expectedVersion: 1, name } });
        return {
          send: rename(w.admin, "改名书屋"),
          writes: async () => ok(await w.h.gql(w.admin, `query($id: ID!) { place(id: $id) { version } }`, { id })).place.version,
          impostors: [
            { what: "another admin, the same change", code: "CONFLICT", send: rename(w.otherAdmin, "改名书屋") },
            { what: "the same actor, another name", code: "CONFLICT", send: rename(w.admin, "又改名") },
          ],
        };
      },
    },
  ],
  setPlaceTimetable: [
    {
      name: "setPlaceTimetable",
      async setup(w) {
        const placeId = await freshPlace(w);
        const doc = `mutation($i: SetPlaceTimetableInput!) { setPlaceTimetable(input: $i) { id timetable { version slots { weekday start end department service note } } } }`;
        const set = (token: string, service: string) => () =>
          w.h.gql(token, doc, { i: { placeId, expectedVersion: 0, slots: [{ weekday: "MONDAY", start: "09:00", end: "11:00", department: "司法所", service }] } });
        return {
          send: set(w.admin, "法律咨询"),
          writes: async () => ok(await w.h.gql(w.admin, `query($id: ID!) { place(id: $id) { timetable { version } } }`, { id: placeId })).place.timetable.version,
          impostors: [
            { what: "another admin, the same week", code: "CONFLICT", send: set(w.otherAdmin, "法律咨询") },
            { what: "the same actor, another week", code: "CONFLICT", send: set(w.admin, "调解咨询") },
          ],
        };
      },
    },
  ],

  // ---- mediation cases ----

  openMediationCase: [
    {
      name: "openMediationCase",
      async setup(w) {
        const key = `case-${w.next()}`;
        const doc = `mutation($i: OpenMediationCaseInput!) { openMediationCase(input: $i) ${CASE} }`;
        return {
          send: () => w.h.gql(w.admin, doc, { i: caseInput(key, "楼上漏水纠纷") }),
          writes: () => count(w, `MDU#${community(w)}#ALL`),
          impostors: [{ what: "the same key, another title", code: "BAD_USER_INPUT", send: () => w.h.gql(w.admin, doc, { i: caseInput(key, "噪音纠纷") }) }],
        };
      },
    },
  ],
  recordMediationSession: [
    caseCommand({
      name: "recordMediationSession",
      field: "recordMediationSession",
      input: "RecordMediationSessionInput",
      at: "OPEN",
      payload: () => ({ kind: "MEDIATION", at: "2026-02-10T10:00:00+08:00", note: "第一次调解" }),
      otherPayload: () => ({ kind: "MEDIATION", at: "2026-02-10T10:00:00+08:00", note: "另一次调解" }),
    }),
  ],
  concludeMediation: [
    caseCommand({
      name: "concludeMediation",
      field: "concludeMediation",
      input: "ConcludeMediationInput",
      at: "IN_MEDIATION",
      payload: () => ({ outcome: "AGREEMENT", agreementText: "楼上修好防水", obligations: [{ partyId: "p2", description: "修防水层", dueAt: "2030-06-01T00:00:00+08:00" }] }),
      otherPayload: () => ({ outcome: "NO_AGREEMENT" }),
    }),
  ],
  fulfilObligation: [
    caseCommand({
      name: "fulfilObligation",
      field: "fulfilObligation",
      input: "FulfilObligationInput",
      at: "AGREED",
      payload: () => ({ obligationId: "o1", note: "已付" }),
      otherPayload: () => ({ obligationId: "o2", note: "已付" }),
    }),
  ],
  closeMediationCase: [
    caseCommand({
      name: "closeMediationCase",
      field: "closeMediationCase",
      input: "CloseMediationCaseInput",
      at: "REFERRED",
      payload: () => ({ note: "法院已判决" }),
      otherPayload: () => ({ note: "法院已调解" }),
    }),
  ],
};

// ---- places ----

const PLACE = "{ id name kind version unitId address latitude longitude }";

const placeInput = (w: World, key: string, name: string) => ({
  idempotencyKey: key,
  unitId: community(w),
  kind: "LIBRARY",
  name,
  address: "凤凰山路30号",
  latitude: 29.583,
  longitude: 106.4561,
});

async function freshPlace(w: World): Promise<string> {
  return ok(await w.h.gql(w.admin, `mutation($i: CreatePlaceInput!) { createPlace(input: $i) { id } }`, { i: placeInput(w, `place-${w.next()}`, "测试书屋") })).createPlace.id;
}

// ---- mediation ----

const CASE = "{ id state version outcome agreementText closingNote sessions { id kind at note } obligations { id partyId fulfilledAt note } }";

const caseInput = (key: string, title: string) => ({
  idempotencyKey: key,
  category: "NEIGHBOUR",
  title,
  summary: "楼上漏水，协商未果。",
  parties: [
    { kind: "PERSON", side: "APPLICANT", name: "王芳" },
    { kind: "PERSON", side: "RESPONDENT", name: "李德文", personId: "u-resident" },
  ],
  mediatorIds: ["u-grid-worker"],
});

type CaseState = "OPEN" | "IN_MEDIATION" | "AGREED" | "REFERRED";

/** A new case of 凤凰山社区 opened by its admin and walked to `state`; its version is returned with it. */
async function caseAt(w: World, state: CaseState): Promise<{ id: string; version: number }> {
  const doc = (field: string, input: string) => `mutation($i: ${input}!) { ${field}(input: $i) { id version } }`;
  let c = ok(await w.h.gql(w.admin, doc("openMediationCase", "OpenMediationCaseInput"), { i: caseInput(`case-${w.next()}`, "漏水纠纷") })).openMediationCase;
  const step = async (field: string, input: string, payload: Record<string, unknown>) =>
    (c = ok(await w.h.gql(w.admin, doc(field, input), { i: { caseId: c.id, expectedVersion: c.version, ...payload } }))[field]);
  if (state === "OPEN") return c;
  await step("recordMediationSession", "RecordMediationSessionInput", { kind: "MEDIATION", at: "2026-02-10T10:00:00+08:00" });
  if (state === "AGREED") {
    await step("concludeMediation", "ConcludeMediationInput", {
      outcome: "AGREEMENT",
      agreementText: "分两期赔偿",
      obligations: [
        { partyId: "p2", description: "第一期", amountYuan: 500, dueAt: "2030-06-01T00:00:00+08:00" },
        { partyId: "p2", description: "第二期", amountYuan: 500, dueAt: "2030-07-01T00:00:00+08:00" },
      ],
    });
  }
  if (state === "REFERRED") await step("concludeMediation", "ConcludeMediationInput", { outcome: "REFERRED_TO_COURT" });
  return c;
}

interface CaseCommandSpec {
  name: string;
  field: string;
  input: string;
  at: CaseState;
  payload: () => Record<string, unknown>;
  otherPayload: () => Record<string, unknown>;
}

/** A command on a mediation case, sent with the version its sender read (docs/places.md, "State rules"). */
function caseCommand(spec: CaseCommandSpec): Scenario {
  return {
    name: spec.name,
    async setup(w) {
      const c = await caseAt(w, spec.at);
      const as = (token: string, payload: Record<string, unknown>) => () =>
        w.h.gql(token, `mutation($i: ${spec.input}!) { ${spec.field}(input: $i) ${CASE} }`, { i: { caseId: c.id, expectedVersion: c.version, ...payload } });
      return {
        send: as(w.admin, spec.payload()),
        writes: () => count(w, `MEDIATION#${c.id}`, "EV#"),
        impostors: [
          { what: "another admin over the case, the same command", code: "CONFLICT", send: as(w.otherAdmin, spec.payload()) },
          { what: "the same actor, another payload", code: "CONFLICT", send: as(w.admin, spec.otherPayload()) },
        ],
      };
    },
  };
}
