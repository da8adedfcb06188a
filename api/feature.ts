// What a feature is to the rest of gridnet, and what the platform gives every request: one
// folder exporting one object of the Feature shape from its `<feature>.module.ts`, listed once
// in api/features.ts. The list drives the server's resolvers, the shield gate (from the policy
// table), the per-request loaders, the demo seed, the hooks features subscribe to and `node`.
//
// The platform names no feature. What features add to the request is declared by the feature,
// by augmenting the interfaces below (TypeScript's declaration merging, as GraphQL Modules does
// with its global context):
//   declare module "../feature" { interface Loaders { issue: DataLoader<string, IssueRecord | null> } }
// A hook is declared by the feature that fires it (issues declares issueChanged) and any
// feature after it subscribes through its module's `hooks`. docs/adding-a-feature.md is the recipe.
import type DataLoader from "dataloader";
import type { Actor } from "./auth/actor";
import type { DomainError } from "./errors";
import type { Policy } from "./auth/policy";
import type { PersonRecord } from "./people/person.codec";
import type { Db } from "./store/dynamo";
import type { TransactItem } from "./store/ops";

/** A unit as the platform needs it to resolve a token's scope: its current path. */
export interface ScopeUnit {
  id: string;
  path: string;
}

/** The request's per-request DataLoaders (`ctx.loaders`); each feature augments it with its own. */
export interface Loaders {
  person: DataLoader<string, PersonRecord | null>;
  /** The unit a scope path is read from (the org feature provides it). */
  scopeUnit: DataLoader<string, ScopeUnit | null>;
}

/**
 * Hooks: a feature fires one, the features that care subscribe (each answers the items it writes
 * in the firing command's transaction, or throws to refuse it). Each feature that fires a hook
 * declares it here by augmentation; the platform's own is copiesOfPerson.
 */
export interface Hooks {
  /** The items that refresh a feature's copies of a person, written with the change. */
  copiesOfPerson(ctx: GridnetContext, before: PersonRecord, after: PersonRecord): Promise<TransactItem[]>;
}

/** The demo world every feature seeds from; the org feature adds its units. */
export interface DemoWorld {
  people: PersonRecord[];
}

export interface GridnetContext {
  db: Db;
  /** Null when no token was sent, or when it failed (then authError says why). */
  actor: Actor | null;
  authError: DomainError | null;
  loaders: Loaders;
  /** Every hook, calling each subscriber in list order; the items hooks answer come back together. */
  hooks: Hooks;
  /** The clock transitions read; the demo seed and SLA tests set it, everything else uses real time. */
  now: () => Date;
}

/** What a feature's demo seed gets: the table, the demo world, and contexts to act in. */
export interface SeedEnv {
  db: Db;
  demo: DemoWorld;
  /** How many demo issues (and similar walked-through records) to make; 0 for none. */
  scale: number;
  log: (line: string) => void;
  /** A fresh context acting as `actor` at the time `now()` says (the seed's back-dated clock). */
  contextAs(actor: Actor, now: () => Date): GridnetContext;
}

/** A Lambda function other than the API: run on a schedule, or fed by the table's stream. Data only (infra/ reads it). */
export interface FunctionSpec {
  /** The construct id in the stack (stable: renaming it replaces the function). */
  id: string;
  /** The entry file, relative to the repository root. */
  entry: string;
  description: string;
  trigger: { schedule: { everyMinutes: number } } | { stream: { itemTypes: string[]; events: ("INSERT" | "MODIFY" | "REMOVE")[] } };
}

/**
 * How `node(id:)` reaches a feature's objects: ids starting with `prefix` are `typename`s,
 * and `load` answers one exactly as the type's single read does — null when it does not exist
 * or the actor may not see it (the same visibility rule as every other path).
 */
export interface NodeSource {
  prefix: string;
  /** Ids of this type that carry no prefix, if any (the demo's seeded units are their codes). */
  unprefixed?: RegExp;
  typename: string;
  load(ctx: GridnetContext, id: string): Promise<object | null>;
}

/** How a type's single read is reached for a reference in an input: null when absent or not visible. */
export interface ReferenceSource {
  typename: string;
  /** Ids of this type look like this (a prefix such as `is_`, or a pattern); others are absent. */
  matches(id: string): boolean;
  load(ctx: GridnetContext, id: string): Promise<object | null>;
}

/**
 * How a mutation is safe to repeat (docs/idempotency.md): `key` — it creates something, under the
 * client's idempotencyKey; `version` — a transition at expectedVersion; `value` — it sets a value
 * that may already hold; `natural` — a record under a key of its own. `answer` says what a repeat
 * gets back.
 */
export interface RepeatRule {
  shape: "key" | "version" | "value" | "natural";
  answer: string;
}

/** A feature's mutations, each with how it is repeated. */
export type Repeats = Readonly<Record<string, RepeatRule>>;

/** A feature's loaders: some of Loaders' members, made fresh for each request. */
export type FeatureLoaders = (db: Db) => Partial<Loaders>;

export interface Feature {
  readonly name: string;
  /** type-graphql resolver classes. */
  readonly resolvers: readonly (new () => object)[];
  /** Every root field the resolvers add, with who may call it (api/auth/policy.ts). */
  readonly policy: Policy;
  /** Every mutation the resolvers add, with how it is safe to repeat (its `<feature>.idempotency.ts`). */
  readonly repeats?: Repeats;
  /** The feature's per-request DataLoaders, merged into `ctx.loaders` (a name two features give is refused). */
  readonly loaders?: FeatureLoaders;
  /** Writes the feature's part of the demo, in list order (a feature may rely on those before it). */
  readonly seed?: (env: SeedEnv) => Promise<void>;
  /** The hooks it subscribes to. */
  readonly hooks?: { readonly [H in keyof Hooks]?: Hooks[H] };
  /** Its Lambda functions other than the API (the data of its `<feature>.functions.ts`). */
  readonly functions?: readonly FunctionSpec[];
  /** The feature's objects that implement Node (schema/common/node.ts); each is also a reference source. */
  readonly nodes?: readonly NodeSource[];
  /** Single reads of the feature's other types that inputs may reference (api/privacy/references.ts). */
  readonly references?: readonly ReferenceSource[];
}

/** Declares a feature. */
export function defineFeature(feature: Feature): Feature {
  return feature;
}
