// What the issue loop tells people, and the record its notifications point at — declared here,
// by the feature that sends them (the platform names no kind).
import { declareKinds, declareSubjects, type KindsOf } from "../notifications/notification.enums";

export const ISSUE_NOTICES = declareKinds({
  ASSIGNED: "An issue was dispatched to you or your unit: handle it.",
  RETURNED: "A dispatch was returned as wrong (回退): assign it again.",
  OVERDUE: "An issue passed its deadline and was supervised automatically; sent to the level above the handling unit.",
  SUPERVISED: "A level above urged an issue on (督办).",
  RESOLVED: "An issue you reported was handled: verify and close it.",
  CLOSED: "An issue you handled or reported was closed.",
  REOPENED: "An issue came back for rework (返工).",
});

export const ISSUE_SUBJECTS = declareSubjects({ ISSUE: "An Issue: read it with `issue(id:)` or `node(id:)`." });

declare module "../notifications/notification.enums" {
  interface NotificationKinds extends KindsOf<typeof ISSUE_NOTICES> {}
  interface SubjectTypes extends KindsOf<typeof ISSUE_SUBJECTS> {}
}
