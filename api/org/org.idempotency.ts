// How each mutation of this feature is safe to repeat (docs/idempotency.md: the four shapes);
// declared beside the mutations, gathered from the feature list into the docs table, which a
// test holds to these lines. The repeat of each is exercised in tests/idempotency/.
import type { Repeats } from "../feature";

export const ORG_IDEMPOTENCY: Repeats = {
  createOrgUnit: { shape: "key", answer: "the unit it created, as it is now; no second unit (without the key, the taken segment would have been a `CONFLICT`)" },
  renameOrgUnit: { shape: "value", answer: "the unit, when it already has that name, whatever `expectedVersion` says; nothing written" },
  moveOrgUnit: { shape: "value", answer: "the unit, when it already sits under that parent with that segment, whatever `expectedVersion` says; nothing written" },
  assignGridWorker: { shape: "value", answer: "the grid, when the worker already serves it; nothing written" },
  setPartyBranch: { shape: "value", answer: "the grid, when it already records that branch; nothing written" },
};
