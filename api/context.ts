// The per-request context: who is asking (resolved from the bearer token), fresh DataLoaders so
// one request batches its reads and no request sees another's cache, and the hooks. What the
// features add to it (their loaders, their hooks) comes from the features installed by the
// feature list (api/features.ts calls installFeatures); this file names none of them.
import { bearerToken, verifyToken, type AuthConfig } from "./auth/verifier";
import type { Actor } from "./auth/actor";
import { DomainError, unauthenticated } from "./errors";
import type { Feature, GridnetContext, Hooks, Loaders, NodeSource, ReferenceSource } from "./feature";
import type { Db } from "./store/dynamo";

export type { GridnetContext, Loaders };

type Installed = Pick<Feature, "name" | "loaders" | "hooks" | "nodes" | "references">;

let installed: readonly Installed[] | null = null;

/** Installs the features every context is made from: api/features.ts does, once, when it loads. */
export function installFeatures(features: readonly Installed[]): void {
  installed = features;
}

function features(): readonly Installed[] {
  if (!installed) throw new Error("No features are installed: import api/features.ts (the feature list) before making a context.");
  return installed;
}

/** Every feature's loaders, fresh; two features naming the same loader is a mistake, refused. */
export function createLoaders(db: Db): Loaders {
  const loaders: Record<string, unknown> = {};
  for (const feature of features()) {
    for (const [name, loader] of Object.entries(feature.loaders?.(db) ?? {})) {
      if (name in loaders) throw new Error(`Two features give the loader ${name} (the second: ${feature.name}).`);
      loaders[name] = loader;
    }
  }
  return loaders as unknown as Loaders;
}

/** Every hook: each subscriber in list order; what they answer, together (the items they write). */
const hooks = new Proxy({} as Hooks, {
  get(_target, name) {
    return async (...args: unknown[]) => {
      const answers: unknown[] = [];
      for (const feature of features()) {
        const hook = (feature.hooks as Record<string | symbol, ((...a: unknown[]) => Promise<unknown>) | undefined> | undefined)?.[name];
        if (hook) answers.push(await hook(...args));
      }
      return answers.flat().filter((answer) => answer !== undefined);
    };
  },
});

/** Every installed feature's Node sources. */
export function nodeSources(): NodeSource[] {
  return features().flatMap((f) => f.nodes ?? []);
}

/** Every type an input may reference, and its single read: each feature's Node types and references. */
export function referenceSources(): ReferenceSource[] {
  return features().flatMap((f) => [
    ...(f.nodes ?? []).map((n) => ({ typename: n.typename, matches: (id: string) => id.startsWith(n.prefix) || (n.unprefixed?.test(id) ?? false), load: n.load })),
    ...(f.references ?? []),
  ]);
}

/** A context acting as `actor` without a token: the seed and background jobs use it. */
export function contextAs(db: Db, actor: Actor | null, now: () => Date = () => new Date()): GridnetContext {
  return { db, actor, authError: null, loaders: createLoaders(db), hooks, now };
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
  const unit = await loaders.scopeUnit.load(orgId);
  if (!unit) throw unauthenticated(`The token's scope unit ${orgId} does not exist.`);
  if (scopes.size >= 10_000) scopes.clear();
  scopes.set(key, { path: unit.path, until: Date.now() + SCOPE_TTL_MS });
  return unit.path;
}
