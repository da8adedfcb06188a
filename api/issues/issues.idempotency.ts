// How each mutation of this feature is safe to repeat (docs/idempotency.md: the four shapes);
// declared beside the mutations, gathered from the feature list into the docs table, which a
// test holds to these lines. The repeat of each is exercised in tests/idempotency/.
import type { Repeats } from "../feature";

export const ISSUE_IDEMPOTENCY: Repeats = {
  reportIssue: { shape: "key", answer: "the issue it reported, as it is now, `created: false`; no second issue, index entry or event" },
  commentIssue: { shape: "key", answer: "the issue as it is now; no second comment" },
  acceptIssue: { shape: "version", answer: "the issue as it is now; no second event" },
  rejectIssue: { shape: "version", answer: "the same" },
  mergeIssue: { shape: "version", answer: "the same (the duplicate link is not written twice)" },
  assignIssue: { shape: "version", answer: "the same (no second notification to the assignee)" },
  escalateIssue: { shape: "version", answer: "the same (it does not climb a second level)" },
  returnIssue: { shape: "version", answer: "the same" },
  startIssue: { shape: "version", answer: "the same" },
  resolveIssue: { shape: "version", answer: "the same (the reporter is told once)" },
  closeIssue: { shape: "version", answer: "the same, for a close (3–5) and for rework (1–2) alike" },
  reopenIssue: { shape: "version", answer: "the same" },
  superviseIssue: { shape: "version", answer: "the same (supervision counted once)" },
  saveCategory: { shape: "natural", answer: "the category: saved by its code, a repeat puts the same entry again" },
};
