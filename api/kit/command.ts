// The one command runner for every versioned aggregate (an issue, a meeting, a mediation case, a
// place, a timetable): each command on one is
//   load → visible (else FORBIDDEN) → at the version the sender read (else a repeat of this very
//   request is answered, anything else is CONFLICT) → the policy row: its roles and its relation
//   (else FORBIDDEN) → its from-states (else INVALID_TRANSITION) → the feature's change → one
//   transaction carrying the version condition and everything the change writes → after a lost
//   race, read again and judge afresh (race.ts).
// A feature describes its aggregate once (an AggregateType) and its commands as rows of its
// policy table; it never writes this loop. docs/aggregate-kit.md says how to add one.
import type { Actor } from "../auth/actor";
import { requireActor } from "../auth/guards";
import { admits, type ActionRow } from "../auth/policy";
import * as valid from "../common/validate";
import type { GridnetContext } from "../context";
import { DomainError, conflict, forbidden, notFound } from "../errors";
import { FIRST_EXTRA_ITEM, AGGREGATE_ITEM } from "../store/aggregate";
import { awaitClaim, claimItem, readClaim, sameRequest } from "../store/idempotency";
import type { TransactItem, TransactOutcome } from "../store/ops";
import { pauseAfterLostRace, RACE_ATTEMPTS } from "./race";

/** What every aggregate has: an id and the version each command moves by one (and sets `updatedAt`). */
export interface Versioned {
  readonly id: string;
  readonly version: number;
}

/** A row of a feature's action table: the mutation, who, the relation, and where it may start and lead. */
export interface CommandRow<S extends string = string, Rel extends string = string> extends ActionRow<Rel> {
  /** The states it starts from; absent: any (an aggregate without states, such as a place). */
  from?: readonly S[];
  /** The state it leads to; "same" or absent: the state does not change. */
  to?: S | "same";
}

/** Who sent the change that made a version, and the digest of what they sent. */
export interface Sender {
  actorId: string | null;
  requestHash: string | null;
}

/** One written change, as the runner hands it to the aggregate's `write`. */
export interface Written<R, E> {
  before: R;
  after: R;
  /** The name of the row that applied, and the row. */
  action: string;
  row: CommandRow;
  /** Null: the system (a background job). */
  actor: Actor | null;
  requestHash: string | null;
  at: string;
  /** Items the runner needs in the transaction (an idempotency claim), placed from FIRST_EXTRA_ITEM on. */
  leading: TransactItem[];
  /** What the feature's change adds to the transaction (its notifications, events, other records). */
  effects: E | undefined;
}

/** A feature's aggregate as the runner sees it; declared once beside its store. */
export interface AggregateType<R extends Versioned, V, S extends string = string, Rel extends string = string, E = unknown> {
  /** Named in messages: "Issue", "Meeting". */
  name: string;
  /** The version of a record that exists before its first command (a timetable not set yet: 0); default 1. */
  firstVersion?: 0 | 1;
  /** The action rows of its policy table, by name. */
  actions: Readonly<Record<string, CommandRow<S, Rel>>>;
  /** A consistent read (never a cached copy: the version must be current). */
  read(ctx: GridnetContext, id: string): Promise<R | null>;
  /** The single read's rule. */
  visible(actor: Actor, record: R): boolean;
  /** Each relation its rows name, checked on the loaded record. */
  relations: Readonly<Record<Rel, (ctx: GridnetContext, actor: Actor, record: R) => boolean | Promise<boolean>>>;
  /** Its state, for aggregates whose rows name from-states. */
  state?(record: R): S;
  /** Who made version `version` of the record (from its event, or from the record itself), or null. */
  senderOf(ctx: GridnetContext, record: R, version: number): Promise<Sender | null>;
  /** One transaction: the record conditioned on `before.version`, at AGGREGATE_ITEM, then `leading`, then the effects. */
  write(ctx: GridnetContext, change: Written<R, E>): Promise<TransactOutcome>;
  /** Keeps the request's loaders in step with a committed change. */
  remember(ctx: GridnetContext, record: R): void;
  present(ctx: GridnetContext, actor: Actor, record: R, now: Date): V | Promise<V>;
}

/** What a command's change decides on the loaded record. */
export interface Step<R, E = unknown> {
  /** The row that applies, when the mutation serves several (closeIssue: close or rework). */
  action?: string;
  /** The fields it changes (the state, version and updatedAt are the runner's). */
  after?: Partial<R>;
  effects?: E;
  /** A repeat the change recognised itself (a registration already there): answer, write nothing. */
  alreadyDone?: boolean;
}

export interface Command<R, E> {
  /** The aggregate's id as sent, and the input field it came in (for BAD_USER_INPUT). */
  id: string;
  idField: string;
  /** The rows this mutation may apply; the first one's relation is checked before the change runs. */
  actions: readonly string[];
  /** The version the sender read; null: judged on the record as it is. */
  expectedVersion: number | null;
  /** The digest of the request (digest.ts): a repeat is this actor sending this digest again. */
  requestHash: string;
  /**
   * Without an expected version, whether a lost race is judged again on a fresh read (true) or
   * answered CONFLICT at once (false: the sender could not have meant the record as it is now).
   */
  rejudge: boolean;
  /** A request that moves no state names its own idempotency key (a comment); its claim tells a repeat. */
  key?: { key: string; what: string };
  change(record: R, actor: Actor, now: Date): Step<R, E> | Promise<Step<R, E>>;
}

/** Runs one command (see the top of this file); answers with the aggregate as the actor sees it. */
export async function runCommand<R extends Versioned, V, S extends string, Rel extends string, E>(
  ctx: GridnetContext,
  type: AggregateType<R, V, S, Rel, E>,
  command: Command<R, E>,
): Promise<V> {
  const actor = requireActor(ctx);
  const id = valid.id(command.id, command.idField);
  const expected = command.expectedVersion === null ? null : valid.integer(command.expectedVersion, "expectedVersion", type.firstVersion ?? 1, valid.MAX_VERSION);
  const hash = command.requestHash;
  for (let attempt = 0; ; attempt += 1) {
    if (command.key) {
      const claim = await readClaim(ctx.db, actor.sub, command.key.key);
      if (claim) return answerClaimed(ctx, type, actor, sameRequest(claim, hash, command.key.what));
    }
    const record = await admitted(ctx, type, actor, id, command.actions, expected === null ? null : { version: expected, requestHash: hash });
    if (record.repeat) return type.present(ctx, actor, record.record, ctx.now());
    const before = record.record;
    const now = ctx.now();
    const step = await command.change(before, actor, now);
    if (step.alreadyDone) return type.present(ctx, actor, before, now);
    const action = step.action ?? command.actions[0];
    if (!command.actions.includes(action)) throw new Error(`${action} is not a row of this command.`);
    const row = type.actions[action];
    if (!admits(row.who, actor.role)) throw forbidden(`Your role may not ${row.field} this ${type.name.toLowerCase()}.`);
    assertFrom(type, before, [action]);
    const at = now.toISOString();
    const moved = row.to === undefined || row.to === "same" ? {} : { state: row.to };
    const after = { ...before, ...moved, ...step.after, version: before.version + 1, updatedAt: at } as R;
    const leading = command.key ? [claimItem(ctx.db, actor.sub, command.key.key, { resultId: id, requestHash: hash }, now)] : [];
    const outcome = await type.write(ctx, { before, after, action, row, actor, requestHash: hash, at, leading, effects: step.effects });
    if (outcome.ok) {
      type.remember(ctx, after);
      return type.present(ctx, actor, after, now);
    }
    if (command.key && outcome.failed.includes(FIRST_EXTRA_ITEM)) {
      // A concurrent attempt with the same key won: answer as it did.
      return answerClaimed(ctx, type, actor, sameRequest(await awaitClaim(ctx.db, actor.sub, command.key.key), hash, command.key.what));
    }
    if (outcome.failed.length > 0 && !outcome.failed.includes(AGGREGATE_ITEM)) {
      throw conflict(`${type.name} ${id} could not be changed: a record it depends on changed meanwhile; read it again.`);
    }
    // Lost a race. With an expected version, reading again tells a concurrent copy of this very
    // request (answered as a repeat) from someone else's change (CONFLICT), and retries when
    // nobody committed; without one, only a command that means "as it is now" is judged again.
    if ((expected === null && !command.rejudge) || attempt >= RACE_ATTEMPTS - 1) {
      throw conflict(`${type.name} ${id} was changed by someone else meanwhile; read it again.`);
    }
    await pauseAfterLostRace(attempt);
  }
}

/**
 * The gate of a command, also used by requests that write elsewhere (a ballot, a registration):
 * the record `id`, visible, at the version the sender read (or a repeat of their request), its
 * rows' roles and relation, its from-states. NOT_FOUND, FORBIDDEN, CONFLICT or INVALID_TRANSITION.
 */
export async function admitted<R extends Versioned, V, S extends string, Rel extends string, E>(
  ctx: GridnetContext,
  type: AggregateType<R, V, S, Rel, E>,
  actor: Actor,
  id: string,
  actions: readonly string[],
  seen: { version: number; requestHash: string } | null = null,
): Promise<{ record: R; repeat: boolean }> {
  const record = await type.read(ctx, id);
  if (!record) throw notFound(type.name, id);
  if (!type.visible(actor, record)) throw forbidden(`${type.name} ${id} is outside your scope.`);
  // The version before the rows: a repeat of a command that already moved the record is
  // answered, not refused, even when the move changed who may act on it (an escalation).
  if (seen !== null && seen.version !== record.version) {
    if (seen.version < record.version && (await isRepeat(ctx, type, actor, record, seen))) return { record, repeat: true };
    throw conflict(`${type.name} ${id} changed since you read it (now version ${record.version}, you had ${seen.version}).`);
  }
  const rows = actions.map((a) => type.actions[a]);
  const relation = rows[0].relation;
  if (rows.some((row) => row.relation !== relation)) throw new Error(`The rows ${actions.join(", ")} name different relations.`);
  const field = rows[0].field;
  if (!rows.some((row) => admits(row.who, actor.role)) || !(await type.relations[relation](ctx, actor, record))) {
    throw forbidden(`You may not ${field} this ${type.name.toLowerCase()}.`);
  }
  assertFrom(type, record, actions);
  return { record, repeat: false };
}

/** Whether the change that moved the record from the version seen was this actor's same request. */
async function isRepeat<R extends Versioned>(
  ctx: GridnetContext,
  type: { senderOf(ctx: GridnetContext, record: R, version: number): Promise<Sender | null> },
  actor: Actor,
  record: R,
  seen: { version: number; requestHash: string },
): Promise<boolean> {
  if (seen.version < 0) return false;
  const sender = await type.senderOf(ctx, record, seen.version + 1);
  return sender !== null && sender.actorId === actor.sub && sender.requestHash === seen.requestHash;
}

/** INVALID_TRANSITION unless one of the rows starts from the record's state. */
function assertFrom<R extends Versioned, S extends string>(
  type: { name: string; state?(record: R): S; actions: Readonly<Record<string, CommandRow<S>>> },
  record: R,
  actions: readonly string[],
) {
  if (!type.state) return;
  const state = type.state(record);
  const rows = actions.map((a) => type.actions[a]);
  if (rows.some((row) => row.from === undefined || row.from.includes(state))) return;
  const from = [...new Set(rows.flatMap((row) => row.from ?? []))];
  const action = actions.length === 1 ? actions[0] : rows[0].field;
  throw new DomainError("INVALID_TRANSITION", `Cannot ${action} ${withArticle(type.name.toLowerCase())} that is ${state}; allowed from ${from.join(", ")}.`, {
    state,
    action,
  });
}

/** The answer to a repeated keyed request: the record it acted on, as it is now. */
async function answerClaimed<R extends Versioned, V, S extends string, Rel extends string, E>(
  ctx: GridnetContext,
  type: AggregateType<R, V, S, Rel, E>,
  actor: Actor,
  id: string,
): Promise<V> {
  const record = await type.read(ctx, id);
  if (!record) throw notFound(type.name, id);
  if (!type.visible(actor, record)) throw forbidden(`${type.name} ${id} is outside your scope.`);
  return type.present(ctx, actor, record, ctx.now());
}

const withArticle = (noun: string) => `${/^[aeiou]/.test(noun) ? "an" : "a"} ${noun}`;
