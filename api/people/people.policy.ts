// Who may change a person (the shape: api/auth/policy.ts). Relation:
//   selfOrAdminInScope  the person is the actor, or the actor is an admin and the person's unit is in scope
import type { PolicyEntry } from "../auth/policy";

export const PEOPLE_POLICY = {
  updatePerson: { who: "signedIn", relation: "selfOrAdminInScope" },
} as const satisfies Record<string, PolicyEntry<"selfOrAdminInScope">>;
