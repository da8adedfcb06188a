// What a feature is to the rest of gridnet: one folder exporting one object of this shape from
// its `<feature>.module.ts`, listed once in api/features.ts. The list drives everything that
// used to be edited by hand per feature: the server's resolvers, the shield gate (from the
// policy table), the per-request loaders, the demo seed, the guards other features ask for,
// and the Lambda functions the CDK stack deploys. docs/adding-a-feature.md is the recipe.
import type { Actor } from "./auth/actor";
import type { Policy } from "./auth/policy";
import type { GridnetContext } from "./context";
import type { IssueRecord } from "./issues";
import type { OrgUnitRecord } from "./org";
import type { ReferenceSource } from "./privacy/references";
import type { Demo } from "./seed/shapingba";
import type { PersonRecord } from "./people/person.codec";
import type { Db } from "./store/dynamo";
import type { TransactItem } from "./store/ops";

/** What a feature's demo seed gets: the table, the demo world, and contexts to act in. */
export interface SeedEnv {
  db: Db;
  demo: Demo;
  /** How many demo issues (and similar walked-through records) to make; 0 for none. */
  scale: number;
  log: (line: string) => void;
  /** A fresh context acting as `actor` at the time `now()` says (the seed's back-dated clock). */
  contextAs(actor: Actor, now: () => Date): GridnetContext;
}

/** A Lambda function other than the API: run on a schedule, or fed by the table's stream. */
export interface FunctionSpec {
  /** The construct id in the stack (stable: renaming it replaces the function). */
  id: string;
  /** The entry file, relative to the repository root. */
  entry: string;
  description: string;
  trigger: { schedule: { everyMinutes: number } } | { stream: { itemTypes: string[]; events: ("INSERT" | "MODIFY" | "REMOVE")[] } };
}

/** Checks a feature contributes to another's command, without either importing the other. */
export interface Guards {
  /** Runs before a unit (and everything beneath it) moves; throws to refuse the move. */
  beforeUnitMove?(ctx: GridnetContext, unit: OrgUnitRecord): Promise<void>;
  /** The items that refresh this feature's copies of a person, written with the change. */
  copiesOfPerson?(ctx: GridnetContext, before: PersonRecord, after: PersonRecord): Promise<TransactItem[]>;
  /**
   * The items that keep this feature's records about an issue in step with it (a council's
   * task notebook), written in the issue's own transaction: on a report (`before` null) and on
   * every transition a person makes. The overdue sweep's automatic supervision changes neither
   * state nor deadline and does not ask.
   */
  issueChanged?(ctx: GridnetContext, before: IssueRecord | null, after: IssueRecord): Promise<TransactItem[]>;
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

export interface Feature<L extends object = object> {
  readonly name: string;
  /** type-graphql resolver classes. */
  readonly resolvers: readonly (new () => object)[];
  /** Every root field the resolvers add, with who may call it (api/auth/policy.ts). */
  readonly policy: Policy;
  /** The feature's per-request DataLoaders, merged into `ctx.loaders`. */
  readonly loaders?: (db: Db) => L;
  /** Writes the feature's part of the demo, in list order (a feature may rely on those before it). */
  readonly seed?: (env: SeedEnv) => Promise<void>;
  readonly guards?: Guards;
  readonly functions?: readonly FunctionSpec[];
  /** The feature's objects that implement Node (schema/common/node.ts); each is also a reference source. */
  readonly nodes?: readonly NodeSource[];
  /** Single reads of the feature's other types that inputs may reference (api/privacy/references.ts). */
  readonly references?: readonly ReferenceSource[];
}

/** Declares a feature, keeping its loaders' type for the context. */
export function defineFeature<L extends object>(feature: Feature<L>): Feature<L> {
  return feature;
}
