// The command runner every versioned aggregate runs on (api/kit/command.ts), without a database:
// an in-memory aggregate (a street lamp with an OFF/ON/BROKEN state and a table of action rows)
// whose `write` keeps the version condition and the idempotency claim as DynamoDB would, and a
// fake client that answers the claim reads. Each step of the gate is shown to refuse with its
// own code and message — missing, out of sight, stale, the row's roles, its relation, its
// from-states — and the steps after it: the move, the write, the answer, the lost race.
import { GetCommand } from "@aws-sdk/lib-dynamodb";
import { Role, inScope, type Actor } from "../../api/auth/actor";
import type { GridnetContext } from "../../api/context";
import { DomainError, unauthenticated } from "../../api/errors";
import { admitted, runCommand, type AggregateType, type Command, type CommandRow, type Sender, type Written } from "../../api/kit/command";
import { RACE_ATTEMPTS } from "../../api/kit/race";
import { AGGREGATE_ITEM, FIRST_EXTRA_ITEM } from "../../api/store/aggregate";
import type { TransactItem, TransactOutcome } from "../../api/store/ops";

type LampState = "OFF" | "ON" | "BROKEN";
type LampRelation = "keeper" | "visible" | "nearby";

interface Lamp {
  id: string;
  version: number;
  state: LampState;
  unitPath: string;
  keeperId: string | null;
  note: string | null;
  updatedAt: string;
}

const R = Role;
const STREET = "500106/500106017";
const OTHER_STREET = "500106/500106018";
const NOW = new Date("2026-03-05T08:00:00.000Z");

const ACTIONS = {
  switchOn: { field: "switchOn", who: [R.STREET_ADMIN, R.GRID_WORKER], relation: "keeper", from: ["OFF"], to: "ON" },
  switchOff: { field: "switchOff", who: [R.STREET_ADMIN, R.GRID_WORKER], relation: "keeper", from: ["ON"], to: "OFF" },
  // One mutation, two rows: the change says which applies; the second only for admins.
  repair: { field: "repairLamp", who: [R.STREET_ADMIN, R.GRID_WORKER], relation: "keeper", from: ["BROKEN"], to: "OFF" },
  replace: { field: "repairLamp", who: [R.STREET_ADMIN], relation: "keeper", from: ["BROKEN", "ON"], to: "same" },
  // From anywhere; the state does not change.
  annotate: { field: "annotateLamp", who: "signedIn", relation: "visible" },
  report: { field: "reportLamp", who: [R.RESIDENT], relation: "visible", from: ["ON", "OFF"], to: "BROKEN" },
  // A row whose relation differs from the keeper rows (never served together with them).
  inspect: { field: "inspectLamp", who: [R.STREET_ADMIN], relation: "nearby", from: ["ON"], to: "same" },
} as const satisfies Record<string, CommandRow<LampState, LampRelation>>;
type LampAction = keyof typeof ACTIONS;

const actor = (role: Role, sub = `u-${role.toLowerCase()}`, scopePath = STREET): Actor => ({ sub, role, orgId: scopePath.split("/").pop()!, scopePath });
const ADMIN = actor(R.STREET_ADMIN, "admin");
const KEEPER = actor(R.GRID_WORKER, "keeper");
const RESIDENT = actor(R.RESIDENT, "resident");
const STRANGER = actor(R.STREET_ADMIN, "stranger", OTHER_STREET);

const lamp = (fields: Partial<Lamp> = {}): Lamp => ({
  id: "l_1",
  version: 3,
  state: "OFF",
  unitPath: `${STREET}/500106017001`,
  keeperId: "keeper",
  note: null,
  updatedAt: "2026-03-01T00:00:00.000Z",
  ...fields,
});

/** The in-memory world one test runs against. */
interface World {
  lamps: Map<string, Lamp>;
  /** Idempotency claims by their pk. */
  claims: Map<string, { resultId: string; requestHash: string }>;
  /** Who made each version of each lamp (`id@version`). */
  senders: Map<string, Sender>;
  writes: Written<Lamp, string>[];
  remembered: Lamp[];
  /** Runs before each write's condition is checked (a concurrent request landing first). */
  beforeWrite: (attempt: number) => void;
  /** Replaces the write's own outcome when set. */
  outcome: ((attempt: number) => TransactOutcome) | null;
  claimReads: number;
}

let world: World;
beforeEach(() => {
  world = { lamps: new Map([["l_1", lamp()]]), claims: new Map(), senders: new Map(), writes: [], remembered: [], beforeWrite: () => {}, outcome: null, claimReads: 0 };
});

const LAMP: AggregateType<Lamp, { id: string; state: LampState; version: number; note: string | null; by: string }, LampState, LampRelation, string> = {
  name: "Lamp",
  actions: ACTIONS,
  read: async (_ctx, id) => {
    const found = world.lamps.get(id);
    return found ? { ...found } : null;
  },
  visible: (who, record) => inScope(who, record.unitPath) || who.role === R.RESIDENT,
  relations: {
    keeper: (_ctx, who, record) => who.role === R.STREET_ADMIN || record.keeperId === who.sub,
    visible: () => true,
    nearby: async (_ctx, who, record) => inScope(who, record.unitPath),
  },
  state: (record) => record.state,
  senderOf: async (_ctx, record, version) => world.senders.get(`${record.id}@${version}`) ?? null,
  write: async (_ctx, change) => {
    const attempt = world.writes.length;
    world.writes.push(change);
    world.beforeWrite(attempt);
    if (world.outcome) return world.outcome(attempt);
    const failed: number[] = [];
    if (world.lamps.get(change.before.id)?.version !== change.before.version) failed.push(AGGREGATE_ITEM);
    const claim = change.leading[0]?.Put?.Item;
    if (claim && world.claims.has(String(claim.pk))) failed.push(FIRST_EXTRA_ITEM);
    if (failed.length > 0) return { ok: false, failed };
    world.lamps.set(change.after.id, change.after);
    if (claim) world.claims.set(String(claim.pk), { resultId: String(claim.resultId), requestHash: String(claim.requestHash) });
    world.senders.set(`${change.after.id}@${change.after.version}`, { actorId: change.actor?.sub ?? null, requestHash: change.requestHash });
    return { ok: true };
  },
  remember: (_ctx, record) => {
    world.remembered.push(record);
  },
  present: (_ctx, who, record) => ({ id: record.id, state: record.state, version: record.version, note: record.note, by: who.sub }),
};

const db = {
  table: "gridnet-test",
  doc: {
    send: async (command: unknown) => {
      if (!(command instanceof GetCommand)) throw new Error("only claim reads are expected");
      world.claimReads += 1;
      const claim = world.claims.get(String(command.input.Key?.pk));
      return { Item: claim ? { pk: command.input.Key?.pk, sk: "IDEM", ...claim } : undefined };
    },
  },
};
const ctx = (who: Actor | null, authError: DomainError | null = null) => ({ actor: who, authError, db, now: () => NOW }) as unknown as GridnetContext;

const command = (actions: LampAction[], fields: Partial<Command<Lamp, string>> = {}): Command<Lamp, string> => ({
  id: "l_1",
  idField: "lampId",
  actions,
  expectedVersion: null,
  requestHash: "h-1",
  rejudge: false,
  change: () => ({}),
  ...fields,
});

const run = (who: Actor | null, cmd: Command<Lamp, string>, type = LAMP) => runCommand(ctx(who), type, cmd);

/** The error a promise rejects with, as code, message and extensions; or "resolved". */
async function refusal(promise: Promise<unknown>) {
  try {
    await promise;
    return "resolved";
  } catch (error) {
    if (error instanceof DomainError) return { code: error.extensions.code, message: error.message };
    return { error: (error as Error).message };
  }
}

const stored = () => world.lamps.get("l_1")!;

describe("the gate: who may run a command on which record", () => {
  it("needs a signed-in actor, with the token's reason when there was one", async () => {
    expect(await refusal(run(null, command(["switchOn"])))).toEqual({ code: "UNAUTHENTICATED", message: "Sign in: a valid bearer token is required." });
    const expired = runCommand(ctx(null, unauthenticated("The token has expired. Sign in again.")), LAMP, command(["switchOn"]));
    expect(await refusal(expired)).toEqual({ code: "UNAUTHENTICATED", message: "The token has expired. Sign in again." });
    expect(world.writes).toEqual([]);
  });

  it("refuses a malformed id by its input field, before reading anything", async () => {
    expect(await refusal(run(ADMIN, command(["switchOn"], { id: "l 1" })))).toEqual({ code: "BAD_USER_INPUT", message: "lampId is not a valid id." });
  });

  it("refuses an expected version outside 1…10⁹, and from 0 for an aggregate whose records start at 0", async () => {
    for (const expectedVersion of [0, -1, 1.5, 1_000_000_001]) {
      expect([expectedVersion, await refusal(run(ADMIN, command(["switchOn"], { expectedVersion })))]).toEqual([
        expectedVersion,
        { code: "BAD_USER_INPUT", message: "expectedVersion must be a whole number from 1 to 1000000000." },
      ]);
    }
    world.lamps.set("l_1", lamp({ version: 0 }));
    expect(await run(ADMIN, command(["switchOn"], { expectedVersion: 0 }), { ...LAMP, firstVersion: 0 })).toMatchObject({ state: "ON", version: 1 });
    expect(await refusal(run(ADMIN, command(["switchOn"], { expectedVersion: -1 }), { ...LAMP, firstVersion: 0 }))).toEqual({
      code: "BAD_USER_INPUT",
      message: "expectedVersion must be a whole number from 0 to 1000000000.",
    });
  });

  it("answers NOT_FOUND for a record that does not exist", async () => {
    expect(await refusal(run(ADMIN, command(["switchOn"], { id: "l_9" })))).toEqual({ code: "NOT_FOUND", message: "Lamp l_9 does not exist." });
  });

  it("refuses a record outside the single read's rule as out of scope, whatever the row allows", async () => {
    expect(await refusal(run(STRANGER, command(["switchOn"])))).toEqual({ code: "FORBIDDEN", message: "Lamp l_1 is outside your scope." });
    expect(await refusal(run(STRANGER, command(["annotate"])))).toEqual({ code: "FORBIDDEN", message: "Lamp l_1 is outside your scope." });
  });

  it("refuses a role no row of the mutation admits, naming the mutation", async () => {
    expect(await refusal(run(RESIDENT, command(["switchOn"])))).toEqual({ code: "FORBIDDEN", message: "You may not switchOn this lamp." });
    expect(await refusal(run(actor(R.PARTNER), command(["report"])))).toEqual({ code: "FORBIDDEN", message: "You may not reportLamp this lamp." });
    expect(world.writes).toEqual([]);
  });

  it("admits a role that any one row of the mutation admits", async () => {
    world.lamps.set("l_1", lamp({ state: "BROKEN" }));
    // replace admits only admins, repair admits the keeper: the keeper passes the gate.
    expect(await run(KEEPER, command(["replace", "repair"], { change: () => ({ action: "repair" }) }))).toMatchObject({ state: "OFF" });
  });

  it("refuses an admitted role that does not hold the row's relation", async () => {
    const otherWorker = actor(R.GRID_WORKER, "someone-else");
    expect(await refusal(run(otherWorker, command(["switchOn"])))).toEqual({ code: "FORBIDDEN", message: "You may not switchOn this lamp." });
    expect(await run(KEEPER, command(["switchOn"]))).toMatchObject({ state: "ON", by: "keeper" });
  });

  it("checks the relation the rows name, awaiting an asynchronous one", async () => {
    world.lamps.set("l_1", lamp({ state: "ON" }));
    expect(await run(ADMIN, command(["inspect"]))).toMatchObject({ state: "ON", version: 4 });
    const resident = actor(R.STREET_ADMIN, "far", "500106/500106099");
    const lampSeenByAll = { ...LAMP, visible: () => true };
    expect(await refusal(run(resident, command(["inspect"]), lampSeenByAll))).toEqual({ code: "FORBIDDEN", message: "You may not inspectLamp this lamp." });
  });

  it("refuses, as a fault, rows served together that name different relations", async () => {
    expect(await refusal(run(ADMIN, command(["switchOn", "inspect"])))).toEqual({ error: "The rows switchOn, inspect name different relations." });
    expect(await refusal(run(ADMIN, command(["inspect", "switchOn"])))).toEqual({ error: "The rows inspect, switchOn name different relations." });
  });

  it("refuses a state the row does not start from as INVALID_TRANSITION, naming the state and where it may start", async () => {
    world.lamps.set("l_1", lamp({ state: "ON" }));
    const error = await run(ADMIN, command(["switchOn"])).catch((e: DomainError) => e);
    expect(error).toBeInstanceOf(DomainError);
    expect([(error as DomainError).message, (error as DomainError).extensions]).toEqual([
      "Cannot switchOn a lamp that is ON; allowed from OFF.",
      { code: "INVALID_TRANSITION", state: "ON", action: "switchOn" },
    ]);
    expect(world.writes).toEqual([]);
  });

  it("names the mutation and every row's from-states, once each, when several rows are tried", async () => {
    const error = (await run(ADMIN, command(["repair", "replace"])).catch((e: DomainError) => e)) as DomainError;
    expect([error.message, error.extensions]).toEqual([
      "Cannot repairLamp a lamp that is OFF; allowed from BROKEN, ON.",
      { code: "INVALID_TRANSITION", state: "OFF", action: "repairLamp" },
    ]);
  });

  it("lets a row without from-states start anywhere, and an aggregate without states skip the check", async () => {
    for (const state of ["OFF", "ON", "BROKEN"] as const) {
      world.lamps.set("l_1", lamp({ state }));
      expect(await run(RESIDENT, command(["annotate"], { change: () => ({ after: { note: "亮了" } }) }))).toMatchObject({ state, note: "亮了" });
    }
    const { state: _state, ...stateless } = LAMP;
    world.lamps.set("l_1", lamp({ state: "ON" }));
    expect(await run(ADMIN, command(["switchOn"]), stateless)).toMatchObject({ state: "ON", version: 4 });
  });

  it("says 'an' before a name that starts with a vowel", async () => {
    const issue = { ...LAMP, name: "Issue" };
    world.lamps.set("l_1", lamp({ state: "ON" }));
    expect(await refusal(run(ADMIN, command(["switchOn"]), issue))).toEqual({ code: "INVALID_TRANSITION", message: "Cannot switchOn an issue that is ON; allowed from OFF." });
    expect(await refusal(run(STRANGER, command(["switchOn"]), issue))).toEqual({ code: "FORBIDDEN", message: "Issue l_1 is outside your scope." });
  });
});

describe("the version the sender read", () => {
  it("runs at the version read, and refuses any other as CONFLICT with both versions", async () => {
    expect(await refusal(run(ADMIN, command(["switchOn"], { expectedVersion: 2 })))).toEqual({
      code: "CONFLICT",
      message: "Lamp l_1 changed since you read it (now version 3, you had 2).",
    });
    expect(await refusal(run(ADMIN, command(["switchOn"], { expectedVersion: 4 })))).toEqual({
      code: "CONFLICT",
      message: "Lamp l_1 changed since you read it (now version 3, you had 4).",
    });
    expect(await run(ADMIN, command(["switchOn"], { expectedVersion: 3 }))).toMatchObject({ state: "ON", version: 4 });
  });

  it("answers a repeat of this very request with the record as it is, writing nothing", async () => {
    await run(ADMIN, command(["switchOn"], { expectedVersion: 3 }));
    expect(await run(ADMIN, command(["switchOn"], { expectedVersion: 3 }))).toEqual({ id: "l_1", state: "ON", version: 4, note: null, by: "admin" });
    expect(world.writes.length).toBe(1);
    // Even when the move changed who may act (the state no longer allows it): the version comes first.
    await run(ADMIN, command(["switchOff"], { expectedVersion: 4, requestHash: "h-2" }));
    expect(await run(ADMIN, command(["switchOn"], { expectedVersion: 3 }))).toMatchObject({ state: "OFF", version: 5 });
  });

  it("is no repeat when someone else, or another request of the same actor, made the next version", async () => {
    world.senders.set("l_1@4", { actorId: "keeper", requestHash: "h-1" });
    world.lamps.set("l_1", lamp({ version: 4 }));
    expect(await refusal(run(ADMIN, command(["switchOn"], { expectedVersion: 3 })))).toMatchObject({ code: "CONFLICT" });
    world.senders.set("l_1@4", { actorId: "admin", requestHash: "h-other" });
    expect(await refusal(run(ADMIN, command(["switchOn"], { expectedVersion: 3 })))).toMatchObject({ code: "CONFLICT" });
    world.senders.delete("l_1@4");
    expect(await refusal(run(ADMIN, command(["switchOn"], { expectedVersion: 3 })))).toMatchObject({ code: "CONFLICT" });
    // The sender of the version after the one seen is asked, not of the current one.
    world.lamps.set("l_1", lamp({ version: 5 }));
    world.senders.set("l_1@5", { actorId: "admin", requestHash: "h-1" });
    expect(await refusal(run(ADMIN, command(["switchOn"], { expectedVersion: 3 })))).toMatchObject({ code: "CONFLICT" });
    world.senders.set("l_1@4", { actorId: "admin", requestHash: "h-1" });
    expect(await run(ADMIN, command(["switchOn"], { expectedVersion: 3 }))).toMatchObject({ version: 5 });
    expect(world.writes).toEqual([]);
  });

  it("judges a repeat only on a version before the record's own", async () => {
    // A version seen after the record's own is stale, even if this request made the one after it.
    world.senders.set("l_1@5", { actorId: "admin", requestHash: "h-1" });
    expect(await refusal(admitted(ctx(ADMIN), LAMP, ADMIN, "l_1", ["switchOn"], { version: 4, requestHash: "h-1" }))).toEqual({
      code: "CONFLICT",
      message: "Lamp l_1 changed since you read it (now version 3, you had 4).",
    });
    // A version seen below zero is never a repeat, whoever made version 0.
    world.senders.set("l_1@0", { actorId: "admin", requestHash: "h-1" });
    expect(await refusal(admitted(ctx(ADMIN), LAMP, ADMIN, "l_1", ["switchOn"], { version: -1, requestHash: "h-1" }))).toEqual({
      code: "CONFLICT",
      message: "Lamp l_1 changed since you read it (now version 3, you had -1).",
    });
  });

  it("answers a repeat of the first command on a record that starts at version 0 (a timetable not set yet)", async () => {
    const fromZero = { ...LAMP, firstVersion: 0 as const };
    world.lamps.set("l_1", lamp({ version: 0 }));
    expect(await run(ADMIN, command(["switchOn"], { expectedVersion: 0 }), fromZero)).toMatchObject({ state: "ON", version: 1 });
    expect(await run(ADMIN, command(["switchOn"], { expectedVersion: 0 }), fromZero)).toMatchObject({ state: "ON", version: 1 });
    expect(world.writes.length).toBe(1);
    expect(await refusal(run(KEEPER, command(["switchOn"], { expectedVersion: 0 }), fromZero))).toMatchObject({ code: "CONFLICT" });
  });

  it("gives the gate's answer to a caller that writes elsewhere (a ballot, a registration)", async () => {
    expect(await admitted(ctx(KEEPER), LAMP, KEEPER, "l_1", ["switchOn"])).toEqual({ record: lamp(), repeat: false });
    world.senders.set("l_1@4", { actorId: "keeper", requestHash: "h-1" });
    world.lamps.set("l_1", lamp({ version: 4, state: "ON" }));
    expect(await admitted(ctx(KEEPER), LAMP, KEEPER, "l_1", ["switchOn"], { version: 3, requestHash: "h-1" })).toEqual({ record: lamp({ version: 4, state: "ON" }), repeat: true });
  });
});

describe("the change and its write", () => {
  it("moves to the row's state, takes the change's fields, counts the version and stamps the time", async () => {
    const answer = await run(KEEPER, command(["switchOn"], { change: () => ({ after: { note: "夜里亮", version: 99, updatedAt: "never" }, effects: "notify" }) }));
    expect(answer).toEqual({ id: "l_1", state: "ON", version: 4, note: "夜里亮", by: "keeper" });
    expect(stored()).toEqual(lamp({ state: "ON", version: 4, note: "夜里亮", updatedAt: NOW.toISOString() }));
    const [written] = world.writes;
    expect(written).toEqual({
      before: lamp(),
      after: stored(),
      action: "switchOn",
      row: ACTIONS.switchOn,
      actor: KEEPER,
      requestHash: "h-1",
      at: NOW.toISOString(),
      leading: [],
      effects: "notify",
    });
    expect(world.remembered).toEqual([stored()]);
  });

  it("keeps the state for a row that leads to 'same', and for one that names no target", async () => {
    world.lamps.set("l_1", lamp({ state: "ON" }));
    expect(await run(ADMIN, command(["replace"]))).toMatchObject({ state: "ON", version: 4 });
    expect(await run(ADMIN, command(["annotate"]))).toMatchObject({ state: "ON", version: 5 });
  });

  it("hands the change the record as read, the actor and the time", async () => {
    const seen: unknown[] = [];
    const change = (record: Lamp, who: Actor, now: Date) => {
      seen.push(record, who, now);
      return {};
    };
    await run(KEEPER, command(["switchOn"], { change }));
    expect(seen).toEqual([lamp(), KEEPER, NOW]);
  });

  it("applies the row the change picks, judged on that row's roles and from-states", async () => {
    world.lamps.set("l_1", lamp({ state: "BROKEN" }));
    expect(await run(ADMIN, command(["repair", "replace"], { change: () => ({ action: "replace" }) }))).toMatchObject({ state: "BROKEN", version: 4 });
    expect(world.writes.map((w) => [w.action, w.row])).toEqual([["replace", ACTIONS.replace]]);
    // The keeper passes the mutation's gate through repair, but replace is for admins only.
    expect(await refusal(run(KEEPER, command(["repair", "replace"], { change: () => ({ action: "replace" }) })))).toEqual({
      code: "FORBIDDEN",
      message: "Your role may not repairLamp this lamp.",
    });
    // Picked after the gate let the mutation through on another row's from-states.
    world.lamps.set("l_1", lamp({ state: "ON" }));
    expect(await refusal(run(ADMIN, command(["replace", "repair"], { change: () => ({ action: "repair" }) })))).toEqual({
      code: "INVALID_TRANSITION",
      message: "Cannot repair a lamp that is ON; allowed from BROKEN.",
    });
    expect(world.writes.length).toBe(1);
  });

  it("applies the first row when the change picks none", async () => {
    world.lamps.set("l_1", lamp({ state: "BROKEN" }));
    await run(ADMIN, command(["repair", "replace"]));
    expect([world.writes[0].action, stored().state]).toEqual(["repair", "OFF"]);
  });

  it("refuses, as a fault, a row the mutation does not serve", async () => {
    expect(await refusal(run(ADMIN, command(["switchOn"], { change: () => ({ action: "switchOff" }) })))).toEqual({ error: "switchOff is not a row of this command." });
    expect(world.writes).toEqual([]);
  });

  it("answers a repeat the change recognised itself without writing", async () => {
    expect(await run(KEEPER, command(["switchOn"], { change: () => ({ alreadyDone: true, after: { note: "x" } }) }))).toEqual({
      id: "l_1",
      state: "OFF",
      version: 3,
      note: null,
      by: "keeper",
    });
    expect([world.writes, world.remembered]).toEqual([[], []]);
  });
});

describe("an idempotency key", () => {
  const keyed = (fields: Partial<Command<Lamp, string>> = {}) =>
    command(["annotate"], { key: { key: "k-1", what: "note" }, change: () => ({ after: { note: "亮了" } }), ...fields });

  it("claims the key in the same transaction, for the record and the request", async () => {
    await run(RESIDENT, keyed());
    const claim = world.writes[0].leading as TransactItem[];
    expect(claim).toHaveLength(1);
    expect(claim[0].Put).toMatchObject({ TableName: "gridnet-test", Item: { pk: "IDEM#resident#k-1", sk: "IDEM", resultId: "l_1", requestHash: "h-1" } });
    expect(world.claims.get("IDEM#resident#k-1")).toEqual({ resultId: "l_1", requestHash: "h-1" });
  });

  it("answers a repeat with the claimed record as it is now, and a reused key with other content as bad input", async () => {
    await run(RESIDENT, keyed());
    await run(ADMIN, command(["switchOn"]));
    expect(await run(RESIDENT, keyed())).toEqual({ id: "l_1", state: "ON", version: 5, note: "亮了", by: "resident" });
    expect(world.writes.length).toBe(2);
    expect(await refusal(run(RESIDENT, keyed({ requestHash: "h-2" })))).toEqual({
      code: "BAD_USER_INPUT",
      message: "This idempotency key was already used for a different request; use a new key for a new note.",
    });
  });

  it("answers a repeat by the single read's rule: gone is NOT_FOUND, out of sight FORBIDDEN", async () => {
    world.claims.set("IDEM#stranger#k-1", { resultId: "l_1", requestHash: "h-1" });
    expect(await refusal(run(STRANGER, keyed()))).toEqual({ code: "FORBIDDEN", message: "Lamp l_1 is outside your scope." });
    world.claims.set("IDEM#resident#k-1", { resultId: "l_7", requestHash: "h-1" });
    expect(await refusal(run(RESIDENT, keyed()))).toEqual({ code: "NOT_FOUND", message: "Lamp l_7 does not exist." });
    expect(world.writes).toEqual([]);
  });

  it("answers as the winner did when a concurrent attempt with the key commits first", async () => {
    world.beforeWrite = () => {
      world.claims.set("IDEM#resident#k-1", { resultId: "l_1", requestHash: "h-1" });
    };
    expect(await run(RESIDENT, keyed())).toEqual({ id: "l_1", state: "OFF", version: 3, note: null, by: "resident" });
    expect(world.writes.length).toBe(1);
    world.claims.clear();
    world.beforeWrite = () => {
      world.claims.set("IDEM#resident#k-1", { resultId: "l_1", requestHash: "h-other" });
    };
    expect(await refusal(run(RESIDENT, keyed()))).toMatchObject({ code: "BAD_USER_INPUT" });
  });

  it("reads no claim for a command without a key", async () => {
    await run(KEEPER, command(["switchOn"]));
    expect(world.claimReads).toBe(0);
  });
});

describe("a write that fails", () => {
  it("is CONFLICT, tried once, when a record the change depends on failed its condition", async () => {
    world.outcome = () => ({ ok: false, failed: [3] });
    expect(await refusal(run(KEEPER, command(["switchOn"], { rejudge: true })))).toEqual({
      code: "CONFLICT",
      message: "Lamp l_1 could not be changed: a record it depends on changed meanwhile; read it again.",
    });
    expect([world.writes.length, world.remembered]).toEqual([1, []]);
    // A failed claim item is such a record too when the command holds no key.
    world.outcome = () => ({ ok: false, failed: [FIRST_EXTRA_ITEM] });
    expect(await refusal(run(KEEPER, command(["switchOn"], { rejudge: true })))).toMatchObject({ code: "CONFLICT" });
  });

  it("without an expected version, is CONFLICT at once after a lost race unless the command is judged again", async () => {
    world.beforeWrite = (attempt) => {
      if (attempt === 0) world.lamps.set("l_1", lamp({ version: 4, note: "someone" }));
    };
    expect(await refusal(run(KEEPER, command(["switchOn"])))).toEqual({ code: "CONFLICT", message: "Lamp l_1 was changed by someone else meanwhile; read it again." });
    expect(world.writes.length).toBe(1);
  });

  it("judges a rejudged command afresh on a new read after a lost race", async () => {
    world.beforeWrite = (attempt) => {
      if (attempt === 0) world.lamps.set("l_1", lamp({ version: 4, note: "someone" }));
    };
    expect(await run(KEEPER, command(["switchOn"], { rejudge: true }))).toEqual({ id: "l_1", state: "ON", version: 5, note: "someone", by: "keeper" });
    expect(world.writes.map((w) => w.before.version)).toEqual([3, 4]);
    // The race also counts when the outcome names the aggregate among other items.
    world.writes = [];
    world.beforeWrite = () => {};
    world.outcome = (attempt) => (attempt === 0 ? { ok: false, failed: [AGGREGATE_ITEM, 3] } : { ok: true });
    await run(KEEPER, command(["switchOff"], { rejudge: true }));
    expect(world.writes.length).toBe(2);
  });

  it("refuses afresh after a lost race when the new state no longer allows the command", async () => {
    world.beforeWrite = (attempt) => {
      if (attempt === 0) world.lamps.set("l_1", lamp({ version: 4, state: "ON" }));
    };
    expect(await refusal(run(KEEPER, command(["switchOn"], { rejudge: true })))).toMatchObject({ code: "INVALID_TRANSITION" });
  });

  it("with an expected version, tells its own concurrent copy (answered) from someone else's change (CONFLICT)", async () => {
    world.beforeWrite = (attempt) => {
      if (attempt === 0) {
        world.lamps.set("l_1", lamp({ version: 4, state: "ON" }));
        world.senders.set("l_1@4", { actorId: "keeper", requestHash: "h-1" });
      }
    };
    expect(await run(KEEPER, command(["switchOn"], { expectedVersion: 3 }))).toMatchObject({ state: "ON", version: 4 });
    world.writes = [];
    world.lamps.set("l_1", lamp());
    world.beforeWrite = (attempt) => {
      if (attempt === 0) world.lamps.set("l_1", lamp({ version: 4, state: "ON" }));
    };
    world.senders.delete("l_1@4");
    expect(await refusal(run(KEEPER, command(["switchOn"], { expectedVersion: 3 })))).toEqual({
      code: "CONFLICT",
      message: "Lamp l_1 changed since you read it (now version 4, you had 3).",
    });
  });

  it("treats a transaction conflict (no condition failed: another transaction held the item) as a lost race, tried again", async () => {
    world.outcome = (attempt) => (attempt === 0 ? { ok: false, failed: [] } : { ok: true });
    expect(await run(KEEPER, command(["switchOn"], { rejudge: true }))).toMatchObject({ state: "ON", version: 4 });
    expect(world.writes.length).toBe(2);
    world.writes = [];
    world.outcome = () => ({ ok: false, failed: [] });
    expect(await refusal(run(KEEPER, command(["switchOn"])))).toEqual({ code: "CONFLICT", message: "Lamp l_1 was changed by someone else meanwhile; read it again." });
  });

  it(`gives up after ${RACE_ATTEMPTS} attempts when the race is lost every time`, async () => {
    world.outcome = () => ({ ok: false, failed: [AGGREGATE_ITEM] });
    expect(await refusal(run(KEEPER, command(["switchOn"], { expectedVersion: 3 })))).toEqual({
      code: "CONFLICT",
      message: "Lamp l_1 was changed by someone else meanwhile; read it again.",
    });
    expect(world.writes.length).toBe(RACE_ATTEMPTS);
    expect(RACE_ATTEMPTS).toBe(5);
    world.writes = [];
    world.outcome = (attempt) => (attempt < RACE_ATTEMPTS - 1 ? { ok: false, failed: [AGGREGATE_ITEM] } : { ok: true });
    expect(await run(KEEPER, command(["switchOn"], { rejudge: true }))).toMatchObject({ state: "ON" });
    expect(world.writes.length).toBe(RACE_ATTEMPTS);
  });
});
