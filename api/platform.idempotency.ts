// How each mutation of this feature is safe to repeat (docs/idempotency.md: the four shapes);
// declared beside the mutations, gathered from the feature list into the docs table, which a
// test holds to these lines. The repeat of each is exercised in tests/idempotency/.
import type { Repeats } from "./feature";

export const PLATFORM_IDEMPOTENCY: Repeats = {
  updatePerson: { shape: "value", answer: "the person, when they already have that name and phone; nothing written" },
  markNotificationsRead: { shape: "natural", answer: "the same count: notifications already read stay read and still count as found" },
};
