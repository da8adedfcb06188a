// How each mutation of this feature is safe to repeat (docs/idempotency.md: the four shapes);
// declared beside the mutations, gathered from the feature list into the docs table, which a
// test holds to these lines. The repeat of each is exercised in tests/idempotency/.
import type { Repeats } from "../feature";

export const NOTICE_IDEMPOTENCY: Repeats = {
  postNotice: { shape: "key", answer: "the notice it posted (its id is derived from the key)" },
};
