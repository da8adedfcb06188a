// How each mutation of this feature is safe to repeat (docs/idempotency.md: the four shapes);
// declared beside the mutations, gathered from the feature list into the docs table, which a
// test holds to these lines. The repeat of each is exercised in tests/idempotency/.
import type { Repeats } from "../feature";

export const PLACE_IDEMPOTENCY: Repeats = {
  createPlace: { shape: "key", answer: "the place it created, as it is now; no second place or index entry" },
  updatePlace: { shape: "version", answer: "the place as it is now, when the change was the last one made to it" },
  setPlaceTimetable: { shape: "version", answer: "the place, when that week was the last one set (version 0 before the first)" },
};
