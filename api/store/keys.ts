// Partition keys that more than one feature needs to name. The issue lists live here because
// the hierarchy must ask whether a unit has issues before it moves (a move would leave them
// listed under the unit's old ancestors).
import type { IssuePriority, IssueState } from "../issues/issue.enums";

export const issuePartitions = {
  all: (unitId: string) => `UI#${unitId}#ALL`,
  state: (unitId: string, state: IssueState) => `UI#${unitId}#S#${state}`,
  category: (unitId: string, code: string) => `UI#${unitId}#C#${code}`,
  priority: (unitId: string, priority: IssuePriority) => `UI#${unitId}#P#${priority}`,
  due: (unitId: string) => `DUE#${unitId}`,
  reporter: (personId: string) => `REP#${personId}`,
  assignee: (personId: string) => `ASG#${personId}`,
};
