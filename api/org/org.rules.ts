// The domain rules of the hierarchy: which kinds nest in which, how codes and paths are made,
// what each actor may see and change. Resolvers call these; these call the store.
// Every check here runs whatever graphql-shield decided, so a forgotten shield rule still
// cannot leak a unit outside the actor's scope.
import { requestDigest } from "../kit/digest";
import { ulid } from "ulid";
import { OrgUnitKind } from "./org.enums";
import { Role, aboveScope, belowScope, inScope, seesPersonalData, type Actor } from "../auth/actor";
import { pageSize, toConnection } from "../common/paging";
import * as valid from "../common/validate";
import type { GridnetContext } from "../context";
import { authorize, requireActor } from "../auth/guards";
import { loadUnit, loadUnitInScope } from "./unit.guards";
import { badInput, conflict, forbidden, notFound } from "../errors";
import { audience, tagged } from "../privacy/audience";
import { getPerson } from "../people/people.store";
import type { Page } from "../store/ops";
import { awaitClaim, claimItem, readClaim, sameRequest } from "../store/idempotency";
import { ORG_POLICY } from "./org.policy";
import * as store from "./org.store";
import type { GridWorkerRecord, OrgUnitRecord } from "./org.codec";
import { unknownReference } from "../privacy/references";

/** Which kinds may sit directly under which, and how many digits their segment has. */
export const CHILD_KINDS: Record<OrgUnitKind, readonly OrgUnitKind[]> = {
  DISTRICT: [OrgUnitKind.STREET, OrgUnitKind.TOWN],
  STREET: [OrgUnitKind.COMMUNITY, OrgUnitKind.VILLAGE],
  TOWN: [OrgUnitKind.COMMUNITY, OrgUnitKind.VILLAGE],
  COMMUNITY: [OrgUnitKind.GRID],
  VILLAGE: [OrgUnitKind.GRID],
  GRID: [OrgUnitKind.BUILDING],
  BUILDING: [],
};

export const SEGMENT_DIGITS: Record<OrgUnitKind, number> = {
  DISTRICT: 6,
  STREET: 3,
  TOWN: 3,
  COMMUNITY: 3,
  VILLAGE: 3,
  GRID: 2,
  BUILDING: 3,
};

/** A move rewrites the unit and its subtree in one transaction (100 items, 3 for bookkeeping). */
export const MAX_MOVED_DESCENDANTS = 97;

export function segmentFor(kind: OrgUnitKind, segment: string): string {
  const digits = SEGMENT_DIGITS[kind];
  if (typeof segment !== "string" || !new RegExp(`^[0-9]{${digits}}$`).test(segment)) {
    throw badInput(`segment of a ${kind} must be exactly ${digits} digits.`, "segment");
  }
  return segment;
}

export const unitName = (name: string) => valid.text(name, "name", 60);

/**
 * The visibility rule for units: inside the actor's scope, or on the way up from it (a
 * breadcrumb). Every path that returns units — the single read, lists, parents, ancestors,
 * children — applies it.
 */
export function canSeeUnit(actor: Actor, unit: OrgUnitRecord): boolean {
  return inScope(actor, unit.path) || aboveScope(actor, unit.path);
}

/**
 * A unit an issue names (its grid, handling or assigned unit), which the reader of the issue
 * must see even outside their scope — an assignee sent across streets needs to know where —
 * but only as a reference: no party branch, no workers.
 */
export function presentReference(actor: Actor, unit: OrgUnitRecord): OrgUnitRecord {
  return canSeeUnit(actor, unit) ? present(actor, unit) : { ...unit, partyBranch: null, workers: [] };
}

/**
 * A unit as the actor may see it. Its party secretary and grid workers are the grid's public
 * contact card, read in full by everyone but partners, for whom the masking layer masks them.
 */
export function present(actor: Actor, unit: OrgUnitRecord): OrgUnitRecord {
  return tagged(unit, audience(seesPersonalData(actor)));
}

/** A unit the actor may look at: inside their scope, or on the way up from it. */
/**
 * The single read `orgUnit(id)` and `node(id)`: the unit, or null when it does not exist or the
 * actor may not see it — the two are not told apart (docs/contract.md, nullable lookups).
 */
export async function findVisibleUnit(ctx: GridnetContext, id: string): Promise<OrgUnitRecord | null> {
  const actor = requireActor(ctx);
  const unit = await ctx.loaders.orgUnit.load(valid.id(id, "id"));
  return unit && canSeeUnit(actor, unit) ? present(actor, unit) : null;
}

/** A unit the actor may see, or NOT_FOUND / FORBIDDEN (for paths that must have one: `me`). */
export async function visibleUnit(ctx: GridnetContext, id: string): Promise<OrgUnitRecord> {
  const actor = requireActor(ctx);
  const unit = await loadUnit(ctx, id);
  if (!canSeeUnit(actor, unit)) throw forbidden(`Org unit ${id} is outside your scope.`);
  return present(actor, unit);
}

export async function children(ctx: GridnetContext, unit: OrgUnitRecord, first?: number | null, after?: string | null) {
  const actor = requireActor(ctx);
  if (!inScope(actor, unit.path)) throw forbidden(`The children of ${unit.id} are outside your scope.`);
  const page = await ctx.loaders.children.load({ parentId: unit.id, first: pageSize(first), after });
  return toConnection(visibleOnly(actor, page), (u) => present(actor, u));
}

/**
 * Index hits that pass the unit rule. Lists are read from keys inside the scope, so this drops
 * nothing while the indexes agree with the units; it keeps a list from ever showing a unit its
 * single read would refuse (an index entry not yet rewritten after a move, say).
 */
function visibleOnly(actor: Actor, page: Page<OrgUnitRecord>): Page<OrgUnitRecord> {
  return { ...page, items: page.items.filter(({ item }) => canSeeUnit(actor, item)) };
}

export async function ancestors(ctx: GridnetContext, unit: OrgUnitRecord): Promise<OrgUnitRecord[]> {
  const actor = requireActor(ctx);
  const found = await ctx.loaders.orgUnit.loadMany(unit.ancestorIds);
  return found
    .filter((u): u is OrgUnitRecord => u !== null && !(u instanceof Error))
    .filter((u) => canSeeUnit(actor, u))
    .map((u) => present(actor, u));
}

export async function parent(ctx: GridnetContext, unit: OrgUnitRecord): Promise<OrgUnitRecord | null> {
  if (!unit.parentId) return null;
  const actor = requireActor(ctx);
  const found = await ctx.loaders.orgUnit.load(unit.parentId);
  return found && canSeeUnit(actor, found) ? present(actor, found) : null;
}

export async function subtreeOfKind(ctx: GridnetContext, underId: string | null | undefined, kind: OrgUnitKind, first?: number | null, after?: string | null) {
  const actor = requireActor(ctx);
  const root = await loadUnitInScope(ctx, underId ?? actor.orgId, "under");
  const page = await store.listSubtreeOfKind(ctx.db, root, kind, pageSize(first), after);
  return toConnection(visibleOnly(actor, page), (u) => present(actor, u));
}

export async function search(ctx: GridnetContext, name: string, underId: string | null | undefined, first?: number | null, after?: string | null) {
  const actor = requireActor(ctx);
  const text = valid.text(name, "name", 30);
  const root = await loadUnitInScope(ctx, underId ?? actor.orgId, "under");
  const page = await store.searchSubtree(ctx.db, root, text, pageSize(first), after);
  return toConnection(visibleOnly(actor, page), (u) => present(actor, u));
}

export async function gridWorkers(ctx: GridnetContext, unit: OrgUnitRecord): Promise<GridWorkerRecord[]> {
  const actor = requireActor(ctx);
  if (unit.kind !== OrgUnitKind.GRID) return [];
  if (!inScope(actor, unit.path)) throw forbidden(`The grid workers of ${unit.id} are outside your scope.`);
  return unit.workers.map((w) => tagged(w, audience(seesPersonalData(actor))));
}

// ---- changes: admins only, within their scope ----

function childOf(parent: OrgUnitRecord, kind: OrgUnitKind, segment: string) {
  if (!CHILD_KINDS[parent.kind].includes(kind)) {
    throw badInput(`A ${kind} cannot sit under a ${parent.kind}; allowed: ${CHILD_KINDS[parent.kind].join(", ") || "none"}.`, "kind");
  }
  return { code: `${parent.code}${segment}`, path: `${parent.path}/${segment}`, ancestorIds: [...parent.ancestorIds, parent.id] };
}

function checkVersion(unit: OrgUnitRecord, expected: number | null | undefined): void {
  if (expected !== null && expected !== undefined && expected !== unit.version) {
    throw conflict(`Org unit ${unit.id} changed since you read it (version ${unit.version}, you had ${expected}).`);
  }
}

/** Attempts of a creation that met a concurrent transaction (nobody's condition failed). */
const CREATE_ATTEMPTS = 4;

export async function createUnit(ctx: GridnetContext, input: { parentId: string; kind: OrgUnitKind; segment: string; name: string; idempotencyKey: string }) {
  const actor = authorize(ctx, ORG_POLICY.createOrgUnit, "change the hierarchy");
  const key = valid.key(input.idempotencyKey, "idempotencyKey");
  const name = unitName(input.name);
  const segment = segmentFor(input.kind, input.segment);
  const parentId = valid.id(input.parentId, "parentId");
  const hash = requestDigest("createOrgUnit", { parentId, kind: input.kind, segment, name });
  for (let attempt = 0; ; attempt += 1) {
    const claimed = await readClaim(ctx.db, actor.sub, key);
    if (claimed) return createdBefore(ctx, actor, sameRequest(claimed, hash, "unit"));
    const parentUnit = await loadUnitInScope(ctx, parentId, "parentId");
    const now = new Date();
    const unit: OrgUnitRecord = {
      id: `ou_${ulid()}`,
      kind: input.kind,
      segment,
      name,
      parentId: parentUnit.id,
      ...childOf(parentUnit, input.kind, segment),
      version: 1,
      partyBranch: null,
      workers: [],
      createdAt: now.toISOString(),
      updatedAt: now.toISOString(),
    };
    const outcome = await store.createUnit(ctx.db, unit, parentUnit, claimItem(ctx.db, actor.sub, key, { resultId: unit.id, requestHash: hash }, now));
    if (outcome.ok) return present(actor, unit);
    // A concurrent attempt with the same key won: answer as it did.
    if (outcome.failed.includes(store.CREATE_CLAIM)) return createdBefore(ctx, actor, sameRequest(await awaitClaim(ctx.db, actor.sub, key), hash, "unit"));
    if (outcome.failed.includes(store.CREATE_GUARD)) throw conflict(`Segment ${segment} is already taken under ${parentUnit.name}.`);
    if (outcome.failed.length > 0 || attempt >= CREATE_ATTEMPTS - 1) throw conflict(`Org unit ${parentUnit.id} changed while the unit was being created; try again.`);
    ctx.loaders.orgUnit.clear(parentUnit.id);
    await new Promise((r) => setTimeout(r, 10 * (attempt + 1)));
  }
}

/** The unit a repeated creation made, as it is now (renamed or moved since, perhaps). */
async function createdBefore(ctx: GridnetContext, actor: Actor, id: string) {
  const unit = await store.getUnit(ctx.db, id);
  if (!unit) throw notFound("Org unit", id);
  if (!canSeeUnit(actor, unit)) throw forbidden(`Org unit ${id} is outside your scope.`);
  return present(actor, unit);
}

/** Renaming and moving touch units strictly beneath the actor's own unit. */
async function changeableUnit(ctx: GridnetContext, actor: Actor, id: string): Promise<OrgUnitRecord> {
  const unit = await loadUnit(ctx, id);
  if (!belowScope(actor, unit.path)) throw forbidden(`Org unit ${id} is not beneath your scope unit.`);
  return unit;
}

export async function renameUnit(ctx: GridnetContext, input: { id: string; name: string; expectedVersion?: number | null }) {
  const actor = authorize(ctx, ORG_POLICY.renameOrgUnit, "change the hierarchy");
  const name = unitName(input.name);
  const unit = await changeableUnit(ctx, actor, input.id);
  // Setting a value: when it already holds (a repeat), there is nothing to write, whatever was read.
  if (unit.name === name) return present(actor, unit);
  checkVersion(unit, input.expectedVersion);
  const outcome = await store.updateUnit(ctx.db, unit, { name });
  if (!outcome.ok) return settled(ctx, actor, unit.id, (u) => u.name === name, `Org unit ${unit.id} changed while it was being renamed; read it again.`);
  return present(actor, { ...unit, name, version: unit.version + 1 });
}

export async function moveUnit(ctx: GridnetContext, input: { id: string; newParentId: string; segment?: string | null; expectedVersion?: number | null }) {
  const actor = authorize(ctx, ORG_POLICY.moveOrgUnit, "change the hierarchy");
  const unit = await changeableUnit(ctx, actor, input.id);
  const segment = segmentFor(unit.kind, input.segment ?? unit.segment);
  const newParent = await loadUnitInScope(ctx, input.newParentId, "newParentId");
  if (newParent.path === unit.path || newParent.path.startsWith(`${unit.path}/`)) throw badInput("A unit cannot move beneath itself.", "newParentId");
  const placed = (u: OrgUnitRecord) => u.parentId === newParent.id && u.segment === segment;
  if (placed(unit)) return present(actor, unit);
  checkVersion(unit, input.expectedVersion);
  const place = childOf(newParent, unit.kind, segment);
  // Work filed under the unit (issues today) may forbid the move: each feature says (its guard).
  await ctx.hooks.beforeUnitMove(ctx, unit);
  const descendants = await store.listDescendants(ctx.db, unit, MAX_MOVED_DESCENDANTS);
  if (descendants.length > MAX_MOVED_DESCENDANTS) {
    throw badInput(`${unit.name} has more than ${MAX_MOVED_DESCENDANTS} units beneath it; move its children one by one.`, "id");
  }
  const after: OrgUnitRecord = { ...unit, parentId: newParent.id, segment, ...place };
  const rebased = descendants.map((before) => {
    const below = before.ancestorIds.slice(before.ancestorIds.indexOf(unit.id) + 1);
    return {
      before,
      after: {
        ...before,
        path: `${after.path}${before.path.slice(unit.path.length)}`,
        code: `${after.code}${before.code.slice(unit.code.length)}`,
        ancestorIds: [...after.ancestorIds, unit.id, ...below],
      },
    };
  });
  const outcome = await store.moveUnit(ctx.db, { before: unit, after }, rebased, newParent);
  if (!outcome.ok) {
    // A concurrent repeat of this move won (and took the segment itself): its result is the answer.
    const moved = await store.getUnit(ctx.db, unit.id);
    if (moved && placed(moved)) return present(actor, moved);
    if (outcome.failed.includes(store.MOVE_GUARD)) throw conflict(`Segment ${segment} is already taken under ${newParent.name}.`);
    // A report committed in one of its grids after the guard ran: the guard now says why.
    await ctx.hooks.beforeUnitMove(ctx, unit);
    throw conflict(`Part of ${unit.name} changed during the move; read it again.`);
  }
  return present(actor, { ...after, version: unit.version + 1 });
}

export async function assignGridWorker(ctx: GridnetContext, input: { gridId: string; userId: string }) {
  const actor = authorize(ctx, ORG_POLICY.assignGridWorker, "change the hierarchy");
  const grid = await loadGridInScope(ctx, input.gridId);
  const person = await getPerson(ctx.db, valid.id(input.userId, "userId"));
  if (!person) throw unknownReference("Person", input.userId, "userId");
  const previous = person.orgId && person.orgId !== grid.id ? await ctx.loaders.orgUnit.load(person.orgId) : null;
  // Scope first: the role of someone outside it is not the actor's to learn.
  if (previous && !inScope(actor, previous.path)) throw forbidden(`${person.id} serves a grid outside your scope.`);
  if (person.role !== Role.GRID_WORKER) throw badInput(`${person.id} is not a grid worker.`, "userId");
  const serves = (g: OrgUnitRecord) => g.workers.some((w) => w.id === person.id);
  if (person.orgId === grid.id && serves(grid)) return present(actor, grid);
  const outcome = await store.assignWorker(ctx.db, grid, previous, person);
  if (!outcome.ok) return settled(ctx, actor, grid.id, serves, `${person.id} or the grid changed meanwhile; read again.`);
  const workers = [...grid.workers.filter((w) => w.id !== person.id), { id: person.id, name: person.name, phone: person.phone }];
  return present(actor, { ...grid, workers, version: grid.version + 1 });
}

export async function setPartyBranch(ctx: GridnetContext, input: { gridId: string; name: string; secretary: string; memberCount: number }) {
  const actor = authorize(ctx, ORG_POLICY.setPartyBranch, "change the hierarchy");
  const partyBranch = {
    name: valid.text(input.name, "name", 60),
    secretary: valid.text(input.secretary, "secretary", 30),
    memberCount: valid.integer(input.memberCount, "memberCount", 0, 10_000),
  };
  const grid = await loadGridInScope(ctx, input.gridId);
  const recorded = (g: OrgUnitRecord) => JSON.stringify(g.partyBranch) === JSON.stringify(partyBranch);
  if (recorded(grid)) return present(actor, grid);
  const outcome = await store.updateUnit(ctx.db, grid, { partyBranch });
  if (!outcome.ok) return settled(ctx, actor, grid.id, recorded, `Grid ${grid.id} changed meanwhile; try again.`);
  return present(actor, { ...grid, partyBranch, version: grid.version + 1 });
}

/**
 * After a lost race on a "set to a value" change: if the value now holds (a concurrent repeat
 * of the same request won), that is the answer; otherwise the race was lost to someone else.
 */
async function settled(ctx: GridnetContext, actor: Actor, id: string, holds: (unit: OrgUnitRecord) => boolean, message: string) {
  const now = await store.getUnit(ctx.db, id);
  if (now && holds(now)) return present(actor, now);
  throw conflict(message);
}

async function loadGridInScope(ctx: GridnetContext, id: string): Promise<OrgUnitRecord> {
  const grid = await loadUnitInScope(ctx, id, "gridId");
  if (grid.kind !== OrgUnitKind.GRID) throw badInput(`${grid.name} is a ${grid.kind}, not a GRID.`, "gridId");
  return grid;
}
