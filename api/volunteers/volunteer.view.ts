// Who may see a team or a registry entry, and what of it they read. Teams are public to every
// signed-in role but partners (counts only). A registry entry is read by the volunteer it is
// (through their account) and by the admins whose scope holds their home unit — the only
// readers its ID number and phone are unsealed for; the layer masks everything for anyone else.
import { Role, inScope, isAdmin, type Actor } from "../auth/actor";
import { unseal } from "../kit/sealing";
import { audience, tagged } from "../privacy/audience";
import type { TeamRecord, VolunteerRecord } from "./volunteer.codec";

export const canSeeTeam = (actor: Actor) => actor.role !== Role.PARTNER;

/** Admins whose scope holds the team's unit: they form it and add its members. */
export const runsTeam = (actor: Actor, team: Pick<TeamRecord, "unitPath">) => isAdmin(actor) && inScope(actor, team.unitPath);

export const isVolunteerSelf = (actor: Actor, volunteer: Pick<VolunteerRecord, "personId">) => volunteer.personId !== null && volunteer.personId === actor.sub;

/** Admins whose scope holds the volunteer's home unit: they keep the registry there. */
export const keepsRegistry = (actor: Actor, volunteer: Pick<VolunteerRecord, "unitPath">) => isAdmin(actor) && inScope(actor, volunteer.unitPath);

/** The single read's rule of a registry entry. */
export const canSeeVolunteer = (actor: Actor, volunteer: VolunteerRecord) => isVolunteerSelf(actor, volunteer) || keepsRegistry(actor, volunteer);

export interface VolunteerView extends VolunteerRecord {
  idNumber: string | null;
  phone: string | null;
}

/** The entry as `actor` reads it: unsealed for the volunteer and their registry's admins, hints otherwise. */
export function presentVolunteer(actor: Actor, volunteer: VolunteerRecord): VolunteerView {
  const entitled = canSeeVolunteer(actor, volunteer);
  const phone = volunteer.phoneSealed === null ? null : entitled ? unseal(volunteer.phoneSealed) : volunteer.phoneHint;
  return tagged({ ...volunteer, idNumber: entitled ? unseal(volunteer.idNumberSealed) : null, phone }, audience(entitled));
}

/** A team is organisational: its name and kind are no one's personal data. */
export function presentTeam(actor: Actor, team: TeamRecord): TeamRecord {
  return tagged(team, audience(runsTeam(actor, team) || canSeeTeam(actor)));
}
