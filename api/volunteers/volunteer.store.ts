// DynamoDB access for teams, the registry and team rosters (keys: volunteer.keys.ts). Every
// list is a Query on a key; a registration and a membership are each one transaction.
import { GetCommand } from "@aws-sdk/lib-dynamodb";
import type { Db } from "../store/dynamo";
import { batchGet, queryPage, transact, type Item, type Page, type TransactItem, type TransactOutcome } from "../store/ops";
import { decodeMembership, decodeTeam, decodeVolunteer, type MembershipRecord, type TeamRecord, type VolunteerRecord } from "./volunteer.codec";
import { volunteerKeys as keys } from "./volunteer.keys";

/** A volunteer serves in at most this many teams (their ids are kept on the entry). */
export const MAX_TEAMS_PER_VOLUNTEER = 20;

const teamItem = (t: TeamRecord): Item => ({ ...keys.team(t.id), type: "Team", ...t });
const volunteerItem = (v: VolunteerRecord): Item => ({ ...keys.volunteer(v.id), type: "Volunteer", ...v });

// ---- teams ----

/** Where a team's creation puts its claim in its transaction. */
export const TEAM_CLAIM = 1;

/** A new team, its idempotency claim and its listing under its unit and every unit above it. */
export function putTeam(db: Db, team: TeamRecord, claim: TransactItem): Promise<TransactOutcome> {
  return transact(db, [
    { Put: { TableName: db.table, Item: teamItem(team), ConditionExpression: "attribute_not_exists(pk)" } },
    claim,
    ...team.unitIds.map((unitId) => ({ Put: { TableName: db.table, Item: { pk: keys.teams(unitId), sk: `${team.kind}#${team.id}`, type: "TeamIndex", teamId: team.id } } })),
  ]);
}

/** The demo's teams, written in batches (no claims: the seed runs once per table). */
export function teamItems(team: TeamRecord): Item[] {
  return [teamItem(team), ...team.unitIds.map((unitId) => ({ pk: keys.teams(unitId), sk: `${team.kind}#${team.id}`, type: "TeamIndex", teamId: team.id }))];
}

export async function getTeams(db: Db, ids: readonly string[]): Promise<Map<string, TeamRecord>> {
  const items = await batchGet(db, [...new Set(ids)].map(keys.team));
  return new Map(items.map((i) => [String(i.id), decodeTeam(i)]));
}

/** A page of the teams listed under a unit (its own and those beneath it), of one kind or all. */
export function listTeamIds(db: Db, unitId: string, kind: string | null, first: number, after?: string | null): Promise<Page<{ teamId: string }>> {
  return queryPage<{ teamId: string }>(db, { partition: keys.teams(unitId), sortPrefix: kind ? `${kind}#` : undefined, first, after });
}

// ---- the registry ----

/** Positions in a registration's transaction: the entry, its ID-number guard, its person guard. */
export const REGISTRATION = { entry: 0, idNumber: 1, person: 2 } as const;

/** A new entry with its guards (one per ID number, one per person) and its listings. */
export function putVolunteer(db: Db, volunteer: VolunteerRecord, idNumberHash: string): Promise<TransactOutcome> {
  const guard = (key: { pk: string; sk: string }): TransactItem => ({
    Put: { TableName: db.table, Item: { ...key, type: "VolunteerGuard", volunteerId: volunteer.id }, ConditionExpression: "attribute_not_exists(pk)" },
  });
  return transact(db, [
    { Put: { TableName: db.table, Item: volunteerItem(volunteer), ConditionExpression: "attribute_not_exists(pk)" } },
    guard(keys.idNumberGuard(idNumberHash)),
    // A registration without an account holds its own place here, so positions stay fixed.
    guard(volunteer.personId ? keys.personGuard(volunteer.personId) : { pk: `VOLNOPERSON#${volunteer.id}`, sk: "GUARD" }),
    ...volunteer.unitIds.map((unitId) => ({
      Put: { TableName: db.table, Item: { pk: keys.volunteers(unitId), sk: volunteer.volunteerNumber, type: "VolunteerIndex", volunteerId: volunteer.id } },
    })),
  ]);
}

export async function getVolunteer(db: Db, id: string): Promise<VolunteerRecord | null> {
  const out = await db.doc.send(new GetCommand({ TableName: db.table, Key: keys.volunteer(id), ConsistentRead: true }));
  return out.Item ? decodeVolunteer(out.Item) : null;
}

export async function getVolunteers(db: Db, ids: readonly string[]): Promise<Map<string, VolunteerRecord>> {
  const items = await batchGet(db, [...new Set(ids)].map(keys.volunteer));
  return new Map(items.map((i) => [String(i.id), decodeVolunteer(i)]));
}

/** The registry entry of a person with an account, if they have one. */
export async function volunteerOfPerson(db: Db, personId: string): Promise<string | null> {
  const out = await db.doc.send(new GetCommand({ TableName: db.table, Key: keys.personGuard(personId) }));
  return out.Item ? String(out.Item.volunteerId) : null;
}

/** A page of the volunteers whose home unit is `unitId` or beneath it, by volunteer number. */
export function listVolunteerIds(db: Db, unitId: string, first: number, after?: string | null): Promise<Page<{ volunteerId: string }>> {
  return queryPage<{ volunteerId: string }>(db, { partition: keys.volunteers(unitId), first, after });
}

// ---- memberships ----

/** Positions in a membership's transaction. */
export const MEMBERSHIP = { roster: 0, team: 1, volunteer: 2 } as const;

/**
 * A volunteer joins a team: the roster entry (once), the team's count, and the team on the
 * volunteer's entry — conditioned on the version read and the cap, so racing joins never lose one.
 */
export function putMembership(db: Db, membership: MembershipRecord, volunteer: VolunteerRecord, at: string): Promise<TransactOutcome> {
  return transact(db, [
    {
      Put: {
        TableName: db.table,
        Item: { pk: keys.roster(membership.teamId), sk: membership.volunteerNumber, type: "TeamMembership", ...membership },
        ConditionExpression: "attribute_not_exists(pk)",
      },
    },
    {
      Update: {
        TableName: db.table,
        Key: keys.team(membership.teamId),
        UpdateExpression: "ADD memberCount :one",
        ConditionExpression: "attribute_exists(pk)",
        ExpressionAttributeValues: { ":one": 1 },
      },
    },
    {
      Update: {
        TableName: db.table,
        Key: keys.volunteer(volunteer.id),
        UpdateExpression: "SET teamIds = list_append(teamIds, :team), version = :next, updatedAt = :at",
        ConditionExpression: "version = :seen AND size(teamIds) < :cap",
        ExpressionAttributeValues: { ":team": [membership.teamId], ":next": volunteer.version + 1, ":seen": volunteer.version, ":at": at, ":cap": MAX_TEAMS_PER_VOLUNTEER },
      },
    },
  ]);
}

export async function getMembership(db: Db, teamId: string, volunteerNumber: string): Promise<MembershipRecord | null> {
  const out = await db.doc.send(new GetCommand({ TableName: db.table, Key: { pk: keys.roster(teamId), sk: volunteerNumber }, ConsistentRead: true }));
  return out.Item ? decodeMembership(out.Item) : null;
}

/** A page of a team's roster, by volunteer number. */
export function listRoster(db: Db, teamId: string, first: number, after?: string | null): Promise<Page<{ volunteerId: string }>> {
  return queryPage<{ volunteerId: string }>(db, { partition: keys.roster(teamId), first, after });
}
