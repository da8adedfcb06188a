// How each mutation of this feature is safe to repeat (docs/idempotency.md: the four shapes);
// declared beside the mutations, gathered from the feature list into the docs table, which a
// test holds to these lines. The repeat of each is exercised in tests/idempotency/.
import type { Repeats } from "../feature";

export const COUNCIL_IDEMPOTENCY: Repeats = {
  createCouncil: { shape: "key", answer: "the council it created, as it is now; no second council or listing" },
  scheduleMeeting: { shape: "key", answer: "the meeting it scheduled, as it is now; no second meeting, event or notice to the members" },
  openMeeting: { shape: "version", answer: "the meeting as it is now; no second event" },
  cancelMeeting: { shape: "version", answer: "the same (the members are told once); another reason from the stale version is `CONFLICT`" },
  closeMeeting: { shape: "version", answer: "the same; another report from the stale version is `CONFLICT`" },
  recordAttendance: { shape: "version", answer: "the same; another list of attendees from the stale version is `CONFLICT`" },
  recordShowOfHands: { shape: "version", answer: "the same; another tally, or the same tally on another item, from the stale version is `CONFLICT`" },
  countBallots: { shape: "version", answer: "the same (its two events — the item closed to ballots, then the tally — are written once)" },
  registerForMeeting: { shape: "natural", answer: "the registration: one per person and meeting, a repeat returns the first" },
  castBallot: { shape: "natural", answer: "the ballot: one per attendee and item, a repeat returns the first; another choice is `CONFLICT` (a ballot cannot be changed)" },
  createResolutionIssues: {
    shape: "key",
    answer: "the meeting and the issues the tasks became, as they are now; no second issue or task (each task's report key derives from the command's key)",
  },
  raiseDemands: { shape: "key", answer: "the same" },
};
