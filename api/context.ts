// The per-request context: who is asking (resolved from the bearer token) and fresh
// DataLoaders, so one request batches its reads and no request sees another's cache.
import type { Actor } from "./auth/actor";
import { bearerToken, verifyToken, type AuthConfig } from "./auth/verifier";
import { DomainError, unauthenticated } from "./errors";
import type { Guards } from "./feature";
import { FEATURES, type Loaders } from "./features";
import type { Db } from "./store/dynamo";

export type { Loaders };

export interface GridnetContext {
  db: Db;
  /** Null when no token was sent, or when it failed (then authError says why). */
  actor: Actor | null;
  authError: DomainError | null;
  loaders: Loaders;
  /** Checks features contribute to each other's commands (api/feature.ts: Guards). */
  guards: Required<Guards>;
  /** The clock transitions read; the demo seed and SLA tests set it, everything else uses real time. */
  now: () => Date;
}

/** Every feature's loaders, fresh: one request batches its reads and sees no other's cache. */
export function createLoaders(db: Db): Loaders {
  return Object.assign({}, ...FEATURES.map((f) => ("loaders" in f && f.loaders ? f.loaders(db) : {}))) as Loaders;
}

/** Every feature's guards, each run in list order. */
export const guards: Required<Guards> = {
  async beforeUnitMove(ctx, unit) {
    for (const feature of FEATURES) if ("guards" in feature) await feature.guards?.beforeUnitMove?.(ctx, unit);
  },
  async copiesOfPerson(ctx, before, after) {
    const items = await Promise.all(FEATURES.map((f) => ("guards" in f ? (f.guards?.copiesOfPerson?.(ctx, before, after) ?? []) : [])));
    return items.flat();
  },
  async issueChanged(ctx, before, after) {
    const items = await Promise.all(FEATURES.map((f) => ("guards" in f ? (f.guards?.issueChanged?.(ctx, before, after) ?? []) : [])));
    return items.flat();
  },
};

/** A context acting as `actor` without a token: the seed and background jobs use it. */
export function contextAs(db: Db, actor: Actor | null, now: () => Date = () => new Date()): GridnetContext {
  return { db, actor, authError: null, loaders: createLoaders(db), guards, now };
}

/**
 * Verifies the token (if any) and resolves the actor's scope path from its unit, so a unit
 * that moved takes its people's scope with it and a deleted one locks them out.
 * Never throws for a bad token: the public `health` query must still answer; every rule
 * that needs an actor raises `authError` instead.
 */
export async function createContext(db: Db, auth: AuthConfig, authorization: string | undefined | null): Promise<GridnetContext> {
  const context = contextAs(db, null);
  const loaders = context.loaders;
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
