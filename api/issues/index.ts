// The issue loop's public surface: what other features may use of it (a council files its
// resolutions as issues and keeps its notebook in step). They import this file only — never
// the issue store, keys or codec directly.
export { IssueChannel, IssueState } from "./issue.enums";
export type { IssueRecord } from "./issue.codec";
export { isOpen, OPEN_STATES } from "./issue.machine";
export { reportIssue, type ReportInput } from "./issue.rules";
export { canSee as canSeeIssue } from "./issue.view";
export { Issue } from "./issue.type";
