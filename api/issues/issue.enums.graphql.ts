// Names the issue loop's enums in the contract, each value described in the loop's own words
// (report → assess → assign → handle → feedback → close). Imported by the contract classes only.
import "reflect-metadata";
import { registerEnumType } from "type-graphql";
import { AttributeDatatype, HandlingLevel, IssueChannel, IssuePriority, IssueSort, IssueState, ReporterKind, ResolutionOutcome, TimelineEventKind } from "./issue.enums";

registerEnumType(IssueState, {
  name: "IssueState",
  description: "Where an issue is in the closed loop: report → assess → assign → handle → feedback → close.",
  valuesConfig: {
    REPORTED: { description: "Reported (发现), waiting to be assessed by the handling unit's admins." },
    ACCEPTED: { description: "Assessed and accepted (研判), waiting to be assigned." },
    ASSIGNED: { description: "Dispatched (交办) to a unit and/or a person; the SLA clock runs." },
    IN_PROGRESS: { description: "The assignee is handling it (办理)." },
    RESOLVED: { description: "Handled and reported back (反馈), waiting for the reporter's verdict." },
    CLOSED: { description: "Verified and closed (销号); final." },
    REJECTED: { description: "Refused at assessment as not a valid report; final." },
    MERGED: { description: "Merged into the open issue it duplicates (mergedIntoId); final." },
  },
});
registerEnumType(IssuePriority, {
  name: "IssuePriority",
  description: "How urgent an issue is; sets the deadline through the SLA (a category may override each).",
  valuesConfig: {
    LOW: { description: "Due 7 days after assignment." },
    NORMAL: { description: "Due 72 hours after assignment." },
    HIGH: { description: "Due 24 hours after assignment." },
    URGENT: { description: "Due 2 hours after assignment." },
  },
});
registerEnumType(IssueChannel, {
  name: "IssueChannel",
  description: "Where a report came in.",
  valuesConfig: {
    MINI_PROGRAM: { description: "A WeChat mini-program." },
    WEB: { description: "A web console or page." },
    GRID_PATROL: { description: "Found by a grid worker on patrol." },
    CAMERA: { description: "Spotted on a camera feed by the command centre." },
    COUNCIL: { description: "Raised at a resident council or teahouse meeting." },
    HOTLINE: { description: "A call to the service hotline, entered by an officer." },
  },
});
registerEnumType(ReporterKind, {
  name: "ReporterKind",
  description: "What kind of reporter filed an issue (from their role).",
  valuesConfig: {
    RESIDENT: { description: "A resident, for themselves or their neighbours." },
    GRID_WORKER: { description: "A grid worker (网格员)." },
    VOLUNTEER: { description: "A volunteer." },
    COUNCIL: { description: "Raised through a resident council or teahouse (channel COUNCIL), whoever entered it." },
    COMMAND_CENTRE: { description: "An admin of a command centre: the district, a street or town, or a community or village." },
  },
});
registerEnumType(ResolutionOutcome, {
  name: "ResolutionOutcome",
  description: "What handling achieved. FIXED is kept apart from the rest, so '% fixed' counts only real fixes.",
  valuesConfig: {
    FIXED: { description: "The problem was solved." },
    NOT_FIXABLE: { description: "It cannot be solved (the result says why)." },
    NOT_RESPONSIBLE: { description: "Not the government's to solve (e.g. a private dispute); the result says who is." },
  },
});
registerEnumType(HandlingLevel, {
  name: "HandlingLevel",
  description: "Which level's command centre handles an issue; escalation moves it up one.",
  valuesConfig: {
    COMMUNITY: { description: "The community or village of the issue's grid (where every issue starts)." },
    STREET: { description: "The street or town above it." },
    DISTRICT: { description: "The district command centre (the top)." },
  },
});
registerEnumType(TimelineEventKind, {
  name: "TimelineEventKind",
  description: "What one step of an issue's timeline did.",
  valuesConfig: {
    REPORTED: { description: "The issue was reported." },
    ACCEPTED: { description: "Assessed and accepted." },
    REJECTED: { description: "Assessed and rejected, with a reason." },
    MERGED: { description: "Merged into the issue it duplicates." },
    ASSIGNED: { description: "Dispatched to a unit and/or a person." },
    RETURNED: { description: "The dispatch was returned as wrong (回退), with a reason." },
    STARTED: { description: "The assignee started handling it." },
    RESOLVED: { description: "The assignee reported back with a result." },
    CLOSED: { description: "Verified and closed with the reporter's satisfaction." },
    REOPENED: { description: "A resolved issue was reopened for rework, with a reason." },
    REWORKED: { description: "The reporter's unsatisfied close (satisfaction 1–2) sent the work back: rework, never a close." },
    ESCALATED: { description: "Handling moved one level up, with a reason." },
    SUPERVISED: { description: "A level above urged it on (督办), by hand or automatically when overdue; the state is unchanged." },
    COMMENTED: { description: "A comment; the state is unchanged." },
  },
});
registerEnumType(AttributeDatatype, {
  name: "AttributeDatatype",
  description: "Open311 attribute datatypes: what kind of answer a category's attribute takes.",
  valuesConfig: {
    STRING: { description: "One line of text, at most 200 characters." },
    NUMBER: { description: "A number as a decimal string: up to 12 digits, an optional sign and up to 6 decimals." },
    DATETIME: { description: "A date or date-time as an ISO 8601 string, e.g. 2026-11-26." },
    TEXT: { description: "Free text, at most 2,000 characters." },
    SINGLEVALUELIST: { description: "Exactly one key from the attribute's values." },
    MULTIVALUELIST: { description: "One or more keys from the attribute's values." },
  },
});
registerEnumType(IssueSort, {
  name: "IssueSort",
  description: "The order of an issue list.",
  valuesConfig: {
    NEWEST: { description: "Newest report first." },
    DUE_SOONEST: { description: "Open, assigned issues by deadline, soonest first; combines with no other filter than `under` (`overdue` lists this way too)." },
  },
});
