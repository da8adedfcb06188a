// How each mutation of this feature is safe to repeat (docs/idempotency.md: the four shapes);
// declared beside the mutations, gathered from the feature list into the docs table, which a
// test holds to these lines. The repeat of each is exercised in tests/idempotency/.
import type { Repeats } from "../feature";

export const MEDIATION_IDEMPOTENCY: Repeats = {
  openMediationCase: { shape: "key", answer: "the case it opened, as it is now; no second case, event or index entry" },
  recordMediationSession: { shape: "version", answer: "the case as it is now; no second session or event" },
  concludeMediation: { shape: "version", answer: "the same; another outcome or agreement from the stale version is `CONFLICT`" },
  fulfilObligation: { shape: "version", answer: "the same (the obligation is met once); another obligation from the stale version is `CONFLICT`" },
  closeMediationCase: { shape: "version", answer: "the same" },
};
