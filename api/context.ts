// The per-request context: who is asking (resolved from the bearer token) and fresh
// DataLoaders, so one request batches its reads and no request sees another's cache.
import DataLoader from "dataloader";
import type { Actor } from "./auth/actor";
import { bearerToken, verifyToken, type AuthConfig } from "./auth/verifier";
import { DomainError, unauthenticated } from "./errors";
import { listCategories, type CategoryRecord } from "./issues/category.store";
import { getHistory, getIssues, type EventRecord, type IssueRecord } from "./issues/issue.store";
import { createChildrenLoader, type ChildrenLoader } from "./org/children.loader";
import { getUnits, type OrgUnitRecord } from "./org/org.store";
import { getPeople, type PersonRecord } from "./people/people.store";
import type { Db } from "./store/dynamo";

export interface Loaders {
  orgUnit: DataLoader<string, OrgUnitRecord | null>;
  person: DataLoader<string, PersonRecord | null>;
  issue: DataLoader<string, IssueRecord | null>;
  /** An issue's timeline and duplicate links. */
  history: DataLoader<string, { events: EventRecord[]; duplicateIds: string[] }>;
  /** A district's category catalogue, by district id. */
  categories: DataLoader<string, CategoryRecord[]>;
  /** Pages of a unit's children: nested `children` of many parents are read together. */
  children: ChildrenLoader;
}

export interface GridnetContext {
  db: Db;
  /** Null when no token was sent, or when it failed (then authError says why). */
  actor: Actor | null;
  authError: DomainError | null;
  loaders: Loaders;
  /** The clock transitions read; the demo seed and SLA tests set it, everything else uses real time. */
  now: () => Date;
}

export function createLoaders(db: Db): Loaders {
  return {
    orgUnit: new DataLoader(async (ids) => {
      const found = await getUnits(db, ids);
      return ids.map((id) => found.get(id) ?? null);
    }),
    person: new DataLoader(async (ids) => {
      const found = await getPeople(db, ids);
      return ids.map((id) => found.get(id) ?? null);
    }),
    issue: new DataLoader(async (ids) => {
      const found = await getIssues(db, ids);
      return ids.map((id) => found.get(id) ?? null);
    }),
    history: new DataLoader((ids) => Promise.all(ids.map((id) => getHistory(db, id)))),
    categories: new DataLoader((districtIds) => Promise.all(districtIds.map((id) => listCategories(db, id)))),
    children: createChildrenLoader(db),
  };
}

/**
 * Verifies the token (if any) and resolves the actor's scope path from its unit, so a unit
 * that moved takes its people's scope with it and a deleted one locks them out.
 * Never throws for a bad token: the public `health` query must still answer; every rule
 * that needs an actor raises `authError` instead.
 */
export async function createContext(db: Db, auth: AuthConfig, authorization: string | undefined | null): Promise<GridnetContext> {
  const loaders = createLoaders(db);
  const context: GridnetContext = { db, actor: null, authError: null, loaders, now: () => new Date() };
  try {
    const token = bearerToken(authorization);
    if (!token) return context;
    const claims = await verifyToken(token, auth);
    context.actor = { ...claims, scopePath: await scopePath(db, loaders, claims.orgId) };
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    context.authError = error;
  }
  return context;
}

/**
 * The current path of a scope unit. Every signed-in request needs it, so a container keeps
 * it for a short while: a unit that moves or disappears changes its people's scope within
 * SCOPE_TTL_MS, and warm requests skip a DynamoDB read.
 */
const SCOPE_TTL_MS = 30_000;
const scopes = new Map<string, { path: string; until: number }>();

async function scopePath(db: Db, loaders: Loaders, orgId: string): Promise<string> {
  const key = `${db.table}|${orgId}`;
  const cached = scopes.get(key);
  if (cached && cached.until > Date.now()) return cached.path;
  const unit = await loaders.orgUnit.load(orgId);
  if (!unit) throw unauthenticated(`The token's scope unit ${orgId} does not exist.`);
  if (scopes.size >= 10_000) scopes.clear();
  scopes.set(key, { path: unit.path, until: Date.now() + SCOPE_TTL_MS });
  return unit.path;
}
