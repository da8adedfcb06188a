// What councils tell their members, and the record those notifications point at — declared
// here, by the feature that sends them (the platform names no kind).
import { declareKinds, declareSubjects, type KindsOf } from "../notifications/notification.enums";

export const MEETING_NOTICES = declareKinds({
  MEETING_SCHEDULED: "A council you are a member of scheduled a meeting: its time, place and agenda are on the meeting.",
  MEETING_CANCELLED: "A meeting of a council you are a member of was cancelled.",
});

export const MEETING_SUBJECTS = declareSubjects({ MEETING: "A council's Meeting: read it with `meeting(id:)` or `node(id:)`." });

declare module "../notifications/notification.enums" {
  interface NotificationKinds extends KindsOf<typeof MEETING_NOTICES> {}
  interface SubjectTypes extends KindsOf<typeof MEETING_SUBJECTS> {}
}
