// What of a service place a reader gets. Places are public — everyone signed in but partners
// reads them — which is exactly why personal data planted in their free text (a caretaker's
// mobile in the address, an ID number in a slot's note) must not reach everyone: the admins
// whose scope holds the place's unit read it as written, everyone else through the masking
// layer (api/privacy), timetable included.
import { Role, inScope, isAdmin, type Actor } from "../auth/actor";
import { audience, tagged } from "../privacy/audience";
import type { PlaceRecord } from "./place.codec";

/** The visibility rule of a place: public to every signed-in role but partners (counts only). */
export const canSeePlace = (actor: Actor) => actor.role !== Role.PARTNER;

/** Admins whose scope holds the place's unit: they file, change and schedule it. */
export const runsPlace = (actor: Actor, place: Pick<PlaceRecord, "unitPath">) => isAdmin(actor) && inScope(actor, place.unitPath);

/** The reader's audience for a place and everything read under it (its timetable's slots). */
export const placeAudience = (actor: Actor, place: Pick<PlaceRecord, "unitPath">) => audience(runsPlace(actor, place));

/** The place as `actor` reads it. Callers have already applied the place's visibility rule. */
export const presentPlace = <P extends PlaceRecord>(actor: Actor, place: P): P => tagged(place, placeAudience(actor, place));
