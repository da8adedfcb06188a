// The councils' key strings (docs/access-patterns.md, "Councils"), owned here alone:
//   council             pk COUNCIL#<id>            sk COUNCIL
//   councils by unit    pk COUNCILS#<unitId>       sk <kind>#<councilId>     (the council's unit and each unit above it)
//   meeting             pk MEETING#<id>            sk MEETING
//   registration        pk MEETING#<id>            sk REG#<personId>          (put-if-absent: one per person)
//   ballot              pk MEETING#<id>            sk BALLOT#<itemId>#<personId>  (put-if-absent: one per attendee and item)
//   meeting's tasks     pk MEETING#<id>            sk TASK#<itemId or DEMAND>#<issueId>
//   meetings by unit    pk MTG#<unitId>            sk <startsAt>#<meetingId>  (the council's unit and each unit above it)
//   council's meetings  pk MTGC#<councilId>        sk <startsAt>#<meetingId>
//   task link           pk CTASKOF#<issueId>       sk LINK                    (which council tracks an issue)
//   council's tasks     pk CTASK#<councilId>       sk OPEN#<dueAt or ~>#<issueId> | CLOSED#<closedAt>#<issueId> | DROPPED#<at>#<issueId>
import type { TaskStanding } from "./council.enums";

export const councilKey = (id: string) => ({ pk: `COUNCIL#${id}`, sk: "COUNCIL" });
export const meetingKey = (id: string) => ({ pk: `MEETING#${id}`, sk: "MEETING" });
export const registrationKey = (meetingId: string, personId: string) => ({ pk: `MEETING#${meetingId}`, sk: `REG#${personId}` });
export const ballotKey = (meetingId: string, itemId: string, personId: string) => ({ pk: `MEETING#${meetingId}`, sk: `BALLOT#${itemId}#${personId}` });
export const ballotPrefix = (itemId: string) => `BALLOT#${itemId}#`;
export const meetingTaskKey = (meetingId: string, itemId: string | null, issueId: string) => ({ pk: `MEETING#${meetingId}`, sk: `TASK#${itemId ?? "DEMAND"}#${issueId}` });
export const taskLinkKey = (issueId: string) => ({ pk: `CTASKOF#${issueId}`, sk: "LINK" });

export const partitions = {
  councilsOf: (unitId: string) => `COUNCILS#${unitId}`,
  meetingsOf: (unitId: string) => `MTG#${unitId}`,
  meetingsOfCouncil: (councilId: string) => `MTGC#${councilId}`,
  meeting: (meetingId: string) => `MEETING#${meetingId}`,
  tasksOf: (councilId: string) => `CTASK#${councilId}`,
};

/** Open tasks without a due date sort after every date ("~" follows the digits). */
export const NO_DUE = "~";

/** A task's sort key: its standing, then the time that orders it there (due date while open). */
export function taskSortKey(standing: TaskStanding, at: string | null, issueId: string): string {
  return `${standing}#${at ?? NO_DUE}#${issueId}`;
}
