// Who may do what with teams and the volunteer registry (the shape: api/auth/policy.ts).
// volunteer.rules.ts reads these rows and nothing else. Relations:
//   visibleTeam       the team passes canSeeTeam (volunteer.view.ts): every role but partners
//   anyUnit           any existing unit (teams are public; the unit only says where to look)
//   unitInScope       the unit named (default: the actor's) is in the actor's scope
//   visibleVolunteer  the entry passes canSeeVolunteer: the volunteer, or an admin over their home unit
//   teamInScope       the team's unit is in the actor's scope (admins run it)
import { ADMINS, CONTRIBUTORS, type PolicyEntry } from "../auth/policy";

export type VolunteersRelation = "visibleTeam" | "anyUnit" | "unitInScope" | "visibleVolunteer" | "teamInScope";

export const VOLUNTEERS_POLICY: Record<string, PolicyEntry<VolunteersRelation>> = {
  // Single reads admit partners and answer them null, like every lookup.
  team: { who: "signedIn", relation: "visibleTeam" },
  teams: { who: CONTRIBUTORS, relation: "anyUnit" },
  volunteer: { who: "signedIn", relation: "visibleVolunteer" },
  volunteers: { who: ADMINS, relation: "unitInScope" },
  createTeam: { who: ADMINS, relation: "unitInScope" },
  registerVolunteer: { who: ADMINS, relation: "unitInScope" },
  joinTeam: { who: ADMINS, relation: "teamInScope" },
};
