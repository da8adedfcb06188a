// How each mutation of this feature is safe to repeat (docs/idempotency.md: the four shapes);
// declared beside the mutations, gathered from the feature list into the docs table, which a
// test holds to these lines. The repeat of each is exercised in tests/idempotency/.
import type { Repeats } from "../feature";

export const VOLUNTEER_IDEMPOTENCY: Repeats = {
  createTeam: { shape: "key", answer: "the team it formed, as it is now; no second team or listing" },
  registerVolunteer: {
    shape: "natural",
    answer: "the entry registered under that volunteer number, when the registration is the same; other details under the same number are `CONFLICT`",
  },
  joinTeam: {
    shape: "natural",
    answer: "the team, when the volunteer is already on its roster in that role; the count is not raised twice; another role is `CONFLICT` (changing a role is not built)",
  },
};
