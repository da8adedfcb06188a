// Teams and the real-name registry of volunteers: forming teams at the tier their unit allows,
// registering a volunteer once per volunteer number, ID number and person (the ID number and
// phone sealed, never stored plain), adding members to a team, and the reads under one
// visibility rule each (volunteer.view.ts). docs/volunteers.md has the rules.
import { ulid } from "ulid";
import { authorize, type requireActor } from "../auth/guards";
import { pageSize } from "../common/paging";
import * as valid from "../common/validate";
import type { GridnetContext } from "../context";
import { badInput, conflict, forbidden, notFound } from "../errors";
import { createOnce } from "../kit/create";
import { requestDigest, sha256 } from "../kit/digest";
import { visiblePage } from "../kit/page";
import { pauseAfterLostRace, RACE_ATTEMPTS } from "../kit/race";
import { lookupHash, seal } from "../kit/sealing";
import { loadUnit, loadUnitInScope, OrgUnitKind, type OrgUnitRecord } from "../org";
import type { MembershipRecord, TeamRecord, VolunteerRecord } from "./volunteer.codec";
import { Specialty, TeamKind, TeamRole, VolunteerStatus } from "./volunteer.enums";
import * as store from "./volunteer.store";
import { canSeeTeam, canSeeVolunteer, presentTeam, presentVolunteer, runsTeam, type VolunteerView } from "./volunteer.view";
import { VOLUNTEERS_POLICY as POLICY } from "./volunteers.policy";
import type { CreateTeamInput, JoinTeamInput, RegisterVolunteerInput } from "./volunteer.type";

/** The units each tier of the corps is formed at. */
const TIER_UNITS: Record<TeamKind, readonly OrgUnitKind[]> = {
  [TeamKind.CORPS]: [OrgUnitKind.DISTRICT],
  [TeamKind.BRANCH]: [OrgUnitKind.STREET, OrgUnitKind.TOWN],
  [TeamKind.SQUAD]: [OrgUnitKind.COMMUNITY, OrgUnitKind.VILLAGE],
  [TeamKind.SPECIALIST]: [OrgUnitKind.DISTRICT, OrgUnitKind.STREET, OrgUnitKind.TOWN, OrgUnitKind.COMMUNITY, OrgUnitKind.VILLAGE],
};
const MAX_SKILLS = 10;

// ---- input checks ----

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = "10X98765432";

/** The check character of an ID number's first 17 digits (GB 11643: ISO 7064 MOD 11-2). */
export function checkCharacter(body: string): string {
  return ID_CHECK[ID_WEIGHTS.reduce((total, weight, i) => total + weight * Number(body[i]), 0) % 11];
}

/** A resident identity card number (GB 11643): 17 digits and a check character that must agree. */
export function idNumber(value: string, field: string): string {
  const upper = typeof value === "string" ? value.trim().toUpperCase() : "";
  if (!/^\d{17}[\dX]$/.test(upper)) throw badInput(`${field} must be 18 characters: 17 digits and a digit or X.`, field);
  if (checkCharacter(upper) !== upper[17]) throw badInput(`${field} has a wrong check character.`, field);
  return upper;
}

/** The masked forms everyone but the entitled reads (and what a table dump would show). */
export const idNumberHint = (id: string) => `${id.slice(0, 2)}${"*".repeat(14)}${id.slice(-2)}`;
export const phoneHint = (phone: string) => {
  const digits = phone.replace(/\D/g, "");
  return digits.length >= 7 ? `${digits.slice(0, 3)}****${digits.slice(-4)}` : "****";
};

// ---- teams ----

/** A team as it is formed, with no members yet. */
export function newTeam(t: { id: string; kind: TeamKind; specialty: Specialty | null; name: string; unit: OrgUnitRecord; at: string; by: string }): TeamRecord {
  const { unit } = t;
  return {
    id: t.id,
    kind: t.kind,
    specialty: t.specialty,
    name: t.name,
    unitId: unit.id,
    unitName: unit.name,
    unitPath: unit.path,
    unitIds: [...unit.ancestorIds, unit.id],
    memberCount: 0,
    createdAt: t.at,
    createdBy: t.by,
  };
}

export async function team(ctx: GridnetContext, id: string): Promise<TeamRecord | null> {
  const actor = authorize(ctx, POLICY.team, "read teams");
  const found = await ctx.loaders.team.load(valid.id(id, "id"));
  return found && canSeeTeam(actor) ? presentTeam(actor, found) : null;
}

/** `node(id:)` and references: the same rule as `team(id:)`, never throwing for a role. */
export async function teamNode(ctx: GridnetContext, id: string): Promise<TeamRecord | null> {
  if (!ctx.actor || !canSeeTeam(ctx.actor)) return null;
  const found = await ctx.loaders.team.load(id);
  return found && presentTeam(ctx.actor, found);
}

export async function teams(ctx: GridnetContext, args: { unitId?: string | null; kind?: TeamKind | null; first?: number | null; after?: string | null }) {
  const actor = authorize(ctx, POLICY.teams, "read teams");
  const unit = await loadUnit(ctx, valid.optionalId(args.unitId, "unitId") ?? actor.orgId, "unitId");
  const kind = args.kind === null || args.kind === undefined ? null : valid.oneOf(TeamKind, args.kind, "kind");
  const page = await store.listTeamIds(ctx.db, unit.id, kind, pageSize(args.first), args.after);
  return visiblePage(
    page,
    (entry) => entry.teamId,
    ctx.loaders.team,
    () => canSeeTeam(actor),
    (t) => presentTeam(actor, t),
  );
}

export async function createTeam(ctx: GridnetContext, input: CreateTeamInput): Promise<TeamRecord> {
  const actor = authorize(ctx, POLICY.createTeam, "form teams");
  const key = valid.key(input.idempotencyKey, "idempotencyKey");
  const kind = valid.oneOf(TeamKind, input.kind, "kind");
  const name = valid.text(input.name, "name", 40);
  const specialty = input.specialty === null || input.specialty === undefined ? null : valid.oneOf(Specialty, input.specialty, "specialty");
  if ((kind === TeamKind.SPECIALIST) !== (specialty !== null)) throw badInput("A specialist team names its specialty; no other team does.", "specialty");
  const unit = await loadUnitInScope(ctx, valid.optionalId(input.unitId, "unitId") ?? actor.orgId, "unitId");
  if (!TIER_UNITS[kind].includes(unit.kind)) throw badInput(`A ${kind} is formed at a ${TIER_UNITS[kind].join(" or ")}, not at ${unit.name} (a ${unit.kind}).`, "unitId");
  const requestHash = requestDigest("createTeam", { kind, name, specialty, unitId: unit.id });
  return createOnce(ctx, {
    key,
    what: "team",
    requestHash,
    build: (now) => newTeam({ id: `vt_${ulid()}`, kind, specialty, name, unit, at: now.toISOString(), by: actor.sub }),
    write: (t, claim) => store.putTeam(ctx.db, t, claim),
    claimIndex: store.TEAM_CLAIM,
    async answer(id) {
      const first = (await store.getTeams(ctx.db, [id])).get(id);
      if (!first) throw notFound("Team", id);
      return presentTeam(actor, first);
    },
    created(t) {
      ctx.loaders.team.prime(t.id, t);
      return presentTeam(actor, t);
    },
  });
}

// ---- the registry ----

/** A volunteer number's entry id: the number decides it, so a registration repeats onto itself. */
export const volunteerId = (volunteerNumber: string) => `vo_${sha256(`volunteer\u0000${volunteerNumber}`).toString("base64url").slice(0, 22)}`;

export async function volunteer(ctx: GridnetContext, id: string): Promise<VolunteerView | null> {
  const actor = authorize(ctx, POLICY.volunteer, "read the registry");
  const found = await ctx.loaders.volunteer.load(valid.id(id, "id"));
  return found && canSeeVolunteer(actor, found) ? presentVolunteer(actor, found) : null;
}

export async function volunteerNode(ctx: GridnetContext, id: string): Promise<VolunteerView | null> {
  if (!ctx.actor) return null;
  const found = await ctx.loaders.volunteer.load(id);
  return found && canSeeVolunteer(ctx.actor, found) ? presentVolunteer(ctx.actor, found) : null;
}

/** The registry under a unit in scope, or a team's roster (the team's unit in scope). */
export async function volunteers(ctx: GridnetContext, args: { unitId?: string | null; teamId?: string | null; first?: number | null; after?: string | null }) {
  const actor = authorize(ctx, POLICY.volunteers, "read the registry");
  const size = pageSize(args.first);
  const teamId = valid.optionalId(args.teamId, "teamId");
  let page: Awaited<ReturnType<typeof store.listRoster>>;
  if (teamId) {
    if (valid.optionalId(args.unitId, "unitId") !== null) throw badInput("List a team's roster or a unit's registry, not both.", "teamId");
    const found = await ctx.loaders.team.load(teamId);
    if (!found) throw notFound("Team", teamId);
    if (!runsTeam(actor, found)) throw forbidden(`Team ${teamId} is outside your scope.`);
    page = await store.listRoster(ctx.db, teamId, size, args.after);
  } else {
    const unit = await loadUnitInScope(ctx, valid.optionalId(args.unitId, "unitId") ?? actor.orgId, "unitId");
    page = await store.listVolunteerIds(ctx.db, unit.id, size, args.after);
  }
  return visiblePage(
    page,
    (entry) => entry.volunteerId,
    ctx.loaders.volunteer,
    (v) => canSeeVolunteer(actor, v),
    (v) => presentVolunteer(actor, v),
  );
}

/**
 * Registers a volunteer once: the volunteer number decides the entry (a repeat of the same
 * registration answers it; other details under the number are CONFLICT), one entry per ID
 * number and per person. The ID number and phone are sealed; only their keyed hashes enter the
 * digest the entry keeps, so nothing stored gives them away.
 */
export async function registerVolunteer(ctx: GridnetContext, input: RegisterVolunteerInput): Promise<VolunteerView> {
  const actor = authorize(ctx, POLICY.registerVolunteer, "keep the registry");
  const volunteerNumber = valid.key(input.volunteerNumber, "volunteerNumber", 32);
  const name = valid.text(input.name, "name", 20);
  const id = idNumber(input.idNumber, "idNumber");
  const phone = valid.phone(input.phone, "phone");
  const skills = [...new Set((input.skills ?? []).map((s, i) => valid.text(s, `skills[${i}]`, 20)))];
  if (skills.length > MAX_SKILLS) throw badInput(`At most ${MAX_SKILLS} skills.`, "skills");
  const unit = await loadUnitInScope(ctx, valid.optionalId(input.unitId, "unitId") ?? actor.orgId, "unitId");
  // A checked reference (a person the actor may read); the registry then holds their account.
  const personId = valid.optionalId(input.personId, "personId");
  const partyMember = Boolean(input.partyMember);
  const idHash = lookupHash("id-number", id);
  const phoneHash = phone === null ? null : lookupHash("phone", phone.replace(/\D/g, ""));
  const requestHash = requestDigest("registerVolunteer", { volunteerNumber, name, idHash, phoneHash, skills, unitId: unit.id, personId, partyMember });
  const at = ctx.now().toISOString();
  const record: VolunteerRecord = {
    id: volunteerId(volunteerNumber),
    volunteerNumber,
    name,
    personId,
    idNumberSealed: seal(id),
    idNumberHint: idNumberHint(id),
    phoneSealed: phone === null ? null : seal(phone),
    phoneHint: phone === null ? null : phoneHint(phone),
    skills,
    status: VolunteerStatus.ACTIVE,
    partyMember,
    unitId: unit.id,
    unitName: unit.name,
    unitPath: unit.path,
    unitIds: [...unit.ancestorIds, unit.id],
    teamIds: [],
    requestHash,
    version: 1,
    createdAt: at,
    updatedAt: at,
  };
  for (let attempt = 0; ; attempt += 1) {
    const outcome = await store.putVolunteer(ctx.db, record, idHash);
    if (outcome.ok) break;
    if (outcome.failed.includes(store.REGISTRATION.entry) || outcome.failed.length === 0) {
      const first = await store.getVolunteer(ctx.db, record.id);
      if (first && first.requestHash === requestHash) return presentVolunteer(actor, first);
      if (first) throw conflict(`Volunteer number ${volunteerNumber} is registered already, with other details.`);
      // No condition failed and no entry yet: the transaction met a racing one; try again.
      if (attempt >= RACE_ATTEMPTS - 1) throw conflict("The registration met another one at the same moment; send it again.");
      await pauseAfterLostRace(attempt);
      continue;
    }
    if (outcome.failed.includes(store.REGISTRATION.idNumber)) throw conflict("This ID number is registered already, under another volunteer number.");
    throw conflict("This person is registered already, under another volunteer number.");
  }
  ctx.loaders.volunteer.prime(record.id, record);
  return presentVolunteer(actor, record);
}

/** Adds a volunteer to a team's roster (once), counting them in; answers the team. */
export async function joinTeam(ctx: GridnetContext, input: JoinTeamInput): Promise<TeamRecord> {
  const actor = authorize(ctx, POLICY.joinTeam, "manage teams");
  const teamId = valid.id(input.teamId, "teamId");
  const role = input.role === null || input.role === undefined ? TeamRole.MEMBER : valid.oneOf(TeamRole, input.role, "role");
  const found = await ctx.loaders.team.load(teamId);
  if (!found) throw notFound("Team", teamId);
  if (!runsTeam(actor, found)) throw forbidden(`Team ${teamId} is outside your scope.`);
  const volunteerKey = valid.id(input.volunteerId, "volunteerId");
  for (let attempt = 0; ; attempt += 1) {
    const member = await store.getVolunteer(ctx.db, volunteerKey);
    // The reference check already answered NOT_FOUND for an entry the actor may not see.
    if (!member || !canSeeVolunteer(actor, member)) throw notFound("Volunteer", volunteerKey);
    const existing = await store.getMembership(ctx.db, teamId, member.volunteerNumber);
    if (existing) {
      // On the roster already: a repeat is answered; another role is a change not built yet.
      if (existing.role !== role) throw conflict(`The volunteer is on this team's roster already, as ${existing.role}.`);
      return teamNow(ctx, actor, teamId);
    }
    if (member.teamIds.length >= store.MAX_TEAMS_PER_VOLUNTEER) throw badInput(`A volunteer serves in at most ${store.MAX_TEAMS_PER_VOLUNTEER} teams.`, "volunteerId");
    const membership: MembershipRecord = { teamId, volunteerId: member.id, volunteerNumber: member.volunteerNumber, role, joinedAt: ctx.now().toISOString() };
    const outcome = await store.putMembership(ctx.db, membership, member, membership.joinedAt);
    if (outcome.ok) return teamNow(ctx, actor, teamId);
    // A racing join of the same volunteer put the roster entry first: judged again above.
    // The entry moved (another team joined at once): read it again.
    if (attempt >= RACE_ATTEMPTS - 1) throw conflict("The volunteer's entry kept changing; send it again.");
    await pauseAfterLostRace(attempt);
  }
}

async function teamNow(ctx: GridnetContext, actor: ReturnType<typeof requireActor>, teamId: string): Promise<TeamRecord> {
  const now = (await store.getTeams(ctx.db, [teamId])).get(teamId);
  if (!now) throw notFound("Team", teamId);
  ctx.loaders.team.clear(teamId).prime(teamId, now);
  return presentTeam(actor, now);
}
