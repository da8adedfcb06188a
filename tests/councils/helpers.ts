// What the council suites share: GraphQL documents, a council and meeting made through the
// API, and a snapshot of the whole table to prove a refused command wrote nothing.
import { tableItems } from "../helpers/table";
import { ok, type Harness } from "../helpers/harness";

export const MEETING_FIELDS =
  "id state version presentCount membersPresent agenda { id order title vote { method for against abstain present membersPresent quorumRequired outcome } }";

export const CREATE_COUNCIL = "mutation($i: CreateCouncilInput!) { createCouncil(input: $i) { id name members { id personId } quorum { membersRequired } } }";
export const SCHEDULE = `mutation($i: ScheduleMeetingInput!) { scheduleMeeting(input: $i) { ${MEETING_FIELDS} } }`;
export const OPEN = `mutation($i: MeetingCommandInput!) { openMeeting(input: $i) { ${MEETING_FIELDS} } }`;
export const CANCEL = `mutation($i: CancelMeetingInput!) { cancelMeeting(input: $i) { ${MEETING_FIELDS} cancelReason } }`;
export const CLOSE = `mutation($i: CloseMeetingInput!) { closeMeeting(input: $i) { ${MEETING_FIELDS} report } }`;
export const ATTEND = `mutation($i: RecordAttendanceInput!) { recordAttendance(input: $i) { ${MEETING_FIELDS} } }`;
export const HANDS = `mutation($i: ShowOfHandsInput!) { recordShowOfHands(input: $i) { ${MEETING_FIELDS} } }`;
export const REGISTER = "mutation($i: RegisterForMeetingInput!) { registerForMeeting(input: $i) { meetingId personId } }";
export const BALLOT = "mutation($i: CastBallotInput!) { castBallot(input: $i) { meetingId itemId choice castAt } }";
export const COUNT = `mutation($i: CountBallotsInput!) { countBallots(input: $i) { ${MEETING_FIELDS} } }`;
export const RESOLVE = "mutation($i: CreateResolutionIssuesInput!) { createResolutionIssues(input: $i) { issues { id state channel } } }";
export const DEMANDS = "mutation($i: RaiseDemandsInput!) { raiseDemands(input: $i) { issues { id state channel } } }";
export const PROGRESS =
  "query($id: ID!) { council(id: $id) { progress { open overdue closed dropped } tasks { edges { node { issueId standing issueState dueAt overdue origin } } } } }";

let counter = 0;
export const key = (label: string) => `${label}-${Date.now().toString(36)}-${(counter += 1)}`;

/** A council of `members` named members in `unitId`, made by `token` through the API. */
export async function makeCouncil(h: Harness, token: string, unitId: string, rules: Record<string, unknown>, members = 5): Promise<{ id: string; memberIds: string[] }> {
  const data = await ok(
    h.gql(token, CREATE_COUNCIL, {
      i: {
        idempotencyKey: key("council"),
        kind: "RESIDENT_COUNCIL",
        name: "测试议事会",
        unitId,
        cadence: "MONTHLY",
        members: Array.from({ length: members }, (_, n) => ({ role: "OWNER_REPRESENTATIVE", name: `代表${n + 1}`, organisation: "业主委员会" })),
        ...rules,
      },
    }),
  );
  return { id: data.createCouncil.id, memberIds: data.createCouncil.members.map((m: any) => m.id) };
}

/** A meeting of the council with `items` agenda items, opened when `open`. */
export async function makeMeeting(h: Harness, token: string, councilId: string, options: { open?: boolean; items?: number; startsAt?: string } = {}) {
  const agenda = Array.from({ length: options.items ?? 2 }, (_, n) => ({ title: `议题${n + 1}`, plannedMinutes: 30 }));
  let meeting = (
    await ok(
      h.gql(token, SCHEDULE, {
        i: { idempotencyKey: key("meeting"), councilId, title: "议事会", startsAt: options.startsAt ?? "2030-03-01T11:00:00+08:00", place: "社区活动室", agenda },
      }),
    )
  ).scheduleMeeting;
  if (options.open) meeting = (await ok(h.gql(token, OPEN, { i: { meetingId: meeting.id } }))).openMeeting;
  return meeting;
}

/** Every item of the table, sorted: equal before and after means nothing was written. */
export async function snapshot(h: Harness): Promise<string> {
  return JSON.stringify((await tableItems(h)).map((i) => JSON.stringify(i)).sort());
}
