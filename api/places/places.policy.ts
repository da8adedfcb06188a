// Who may do what with service places and their timetables (the shape: api/auth/policy.ts).
// place.rules.ts and timetable.rules.ts read these rows and nothing else. Relations:
//   public        no target: places and timetables are public to every signed-in role but partners
//                 (place(id) admits partners and answers them null, like every single lookup)
//   anyUnit       any existing unit (places are public; the unit only says where to look)
//   unitInScope   the unit named (default: the actor's) is in the actor's scope
//   placeInScope  the place's unit is in the actor's scope (admins run it)
import { ADMINS, CONTRIBUTORS, actionFields, type PolicyEntry } from "../auth/policy";

export type PlaceActionRelation = "placeInScope";
export type PlacesRelation = "public" | "anyUnit" | "unitInScope" | PlaceActionRelation;

/** The commands on a place the command runner runs (places have no states). */
export const PLACE_ACTIONS = {
  update: { field: "updatePlace", who: ADMINS, relation: "placeInScope" },
  setTimetable: { field: "setPlaceTimetable", who: ADMINS, relation: "placeInScope" },
} as const satisfies Record<string, { field: string } & PolicyEntry<PlaceActionRelation>>;

/** Every root field of places and timetables. */
export const PLACES_POLICY: Record<string, PolicyEntry<PlacesRelation>> = {
  // A single read answers null to partners (it is not theirs to see), as lookups do.
  place: { who: "signedIn", relation: "public" },
  places: { who: CONTRIBUTORS, relation: "anyUnit" },
  placesNear: { who: CONTRIBUTORS, relation: "public" },
  timetableNear: { who: CONTRIBUTORS, relation: "public" },
  placeCounts: { who: "signedIn", relation: "unitInScope" },
  createPlace: { who: ADMINS, relation: "unitInScope" },
  ...actionFields(PLACE_ACTIONS),
};
