// Who may do what with service places and their timetables (the shape: api/auth/policy.ts).
// place.rules.ts and timetable.rules.ts read these rows and nothing else. Relations:
//   public        no target: places and timetables are public to every signed-in role but partners
//                 (place(id) admits partners and answers them null, like every single lookup)
//   anyUnit       any existing unit (places are public; the unit only says where to look)
//   unitInScope   the unit named (default: the actor's) is in the actor's scope
//   placeInScope  the place's unit is in the actor's scope (admins run it)
import { ADMINS, CONTRIBUTORS, type PolicyEntry } from "../auth/policy";

export type PlacesRelation = "public" | "anyUnit" | "unitInScope" | "placeInScope";

/** Every root field of places and timetables. */
export const PLACES_POLICY: Record<string, PolicyEntry<PlacesRelation>> = {
  // A single read answers null to partners (it is not theirs to see), as lookups do.
  place: { who: "signedIn", relation: "public" },
  places: { who: CONTRIBUTORS, relation: "anyUnit" },
  placesNear: { who: CONTRIBUTORS, relation: "public" },
  timetableNear: { who: CONTRIBUTORS, relation: "public" },
  placeCounts: { who: "signedIn", relation: "unitInScope" },
  createPlace: { who: ADMINS, relation: "unitInScope" },
  updatePlace: { who: ADMINS, relation: "placeInScope" },
  setPlaceTimetable: { who: ADMINS, relation: "placeInScope" },
};
