// The issue loop's key strings (docs/access-patterns.md), owned here alone:
//   issue            pk ISSUE#<id>   sk ISSUE
//   timeline event   pk ISSUE#<id>   sk EV#<version, 6 digits>     (immutable, put-if-absent)
//   duplicate link   pk ISSUE#<id>   sk DUP#<duplicateId>
//   index entries    pk UI#<unit>#ALL | UI#<unit>#S#<state> | UI#<unit>#C#<category> | UI#<unit>#P#<priority>
//                    pk REP#<person> | ASG#<person>    sk <createdAt>#<id>
//                    pk DUE#<unit>                     sk <dueAt>#<id>   (only while open with a deadline)
import type { IssuePriority, IssueState } from "./issue.enums";

export const issueKey = (id: string) => ({ pk: `ISSUE#${id}`, sk: "ISSUE" });
export const eventKey = (id: string, version: number) => ({ pk: `ISSUE#${id}`, sk: `EV#${String(version).padStart(6, "0")}` });

/** The index partitions an issue is listed in. */
export const partitions = {
  all: (unitId: string) => `UI#${unitId}#ALL`,
  state: (unitId: string, state: IssueState) => `UI#${unitId}#S#${state}`,
  category: (unitId: string, code: string) => `UI#${unitId}#C#${code}`,
  priority: (unitId: string, priority: IssuePriority) => `UI#${unitId}#P#${priority}`,
  due: (unitId: string) => `DUE#${unitId}`,
  reporter: (personId: string) => `REP#${personId}`,
  assignee: (personId: string) => `ASG#${personId}`,
};
