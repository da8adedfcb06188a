// The graphql-shield gate derived from a policy table, on a small schema of its own and without
// a server: public fields need no token, signedIn fields a verified actor, listed roles exactly
// those roles, and a root field without an entry is refused. Errors keep their own codes.
import { GraphQLObjectType, GraphQLSchema, GraphQLString, execute, parse, type GraphQLFieldConfig } from "graphql";
import { applyMiddleware } from "graphql-middleware";
import { Role, type Actor } from "../../api/auth/actor";
import type { Policy } from "../../api/auth/policy";
import { permissionsFor } from "../../api/auth/shield";
import type { GridnetContext } from "../../api/context";
import { DomainError, unauthenticated } from "../../api/errors";

const R = Role;
const answer = (value: string): GraphQLFieldConfig<unknown, unknown> => ({ type: GraphQLString, resolve: () => value });
const Detail = new GraphQLObjectType({ name: "Detail", fields: { secret: answer("nested") } });

const Query = new GraphQLObjectType({
  name: "Query",
  fields: {
    health: answer("ok"),
    me: answer("me"),
    streetWork: answer("street"),
    districtWork: answer("district"),
    unlisted: answer("unlisted"),
    detail: { type: Detail, resolve: () => ({}) },
    failing: {
      type: GraphQLString,
      resolve: () => {
        throw new DomainError("CONFLICT", "It changed meanwhile.");
      },
    },
    faulting: {
      type: GraphQLString,
      resolve: () => {
        throw new Error("the disk is on fire");
      },
    },
    throwingValue: {
      type: GraphQLString,
      resolve: () => {
        throw "not an Error";
      },
    },
  },
});
const Mutation = new GraphQLObjectType({ name: "Mutation", fields: { act: answer("acted"), unlistedAct: answer("unlisted") } });

const POLICY: Policy = {
  health: { who: "public", relation: "none" },
  me: { who: "signedIn", relation: "self" },
  streetWork: { who: [R.STREET_ADMIN, R.COMMUNITY_ADMIN], relation: "x" },
  districtWork: { who: [R.DISTRICT_ADMIN], relation: "x" },
  detail: { who: "signedIn", relation: "x" },
  failing: { who: "signedIn", relation: "x" },
  faulting: { who: "signedIn", relation: "x" },
  throwingValue: { who: "signedIn", relation: "x" },
  act: { who: [R.RESIDENT], relation: "x" },
  // A policy entry for a field the schema does not serve changes nothing.
  ghost: { who: "public", relation: "x" },
};

const schema = applyMiddleware(
  new GraphQLSchema({ query: Query, mutation: Mutation }),
  permissionsFor(POLICY, { query: Object.keys(Query.getFields()), mutation: Object.keys(Mutation.getFields()) }),
);

const actor = (role: Role): Actor => ({ sub: "u-1", role, orgId: "500106", scopePath: "500106" });
const context = (who: Actor | null, authError: DomainError | null = null) => ({ actor: who, authError }) as unknown as GridnetContext;

/** Runs `source`; each root field's answer, or its error's code and message. */
async function run(source: string, ctx: GridnetContext): Promise<Record<string, unknown>> {
  const result = await execute({ schema, document: parse(source), contextValue: ctx });
  const out: Record<string, unknown> = { ...(result.data ?? {}) };
  for (const error of result.errors ?? []) out[String(error.path?.[0])] = { code: error.extensions.code ?? null, message: error.message };
  return out;
}

const FORBIDDEN_BY_DEFAULT = { code: "FORBIDDEN", message: "Not allowed for your role or outside your scope." };

describe("public and signedIn fields", () => {
  it("answers a public field without a token", async () => {
    expect(await run("{ health }", context(null))).toEqual({ health: "ok" });
  });

  it("answers a signedIn field for every role", async () => {
    for (const role of Object.values(Role)) expect(await run("{ me }", context(actor(role)))).toEqual({ me: "me" });
  });

  it("refuses a signedIn field without an actor: with the token's own reason when it failed, else 'sign in'", async () => {
    expect(await run("{ me }", context(null))).toEqual({ me: { code: "UNAUTHENTICATED", message: "Sign in: a valid bearer token is required." } });
    expect(await run("{ me }", context(null, unauthenticated("The token has expired. Sign in again.")))).toEqual({
      me: { code: "UNAUTHENTICATED", message: "The token has expired. Sign in again." },
    });
  });

  it("leaves nested fields to the root field that reached them", async () => {
    expect(await run("{ detail { secret } }", context(actor(R.PARTNER)))).toEqual({ detail: { secret: "nested" } });
  });
});

describe("fields gated by role", () => {
  it("admits exactly the roles listed", async () => {
    const admitted: Role[] = [];
    for (const role of Object.values(Role)) if ((await run("{ streetWork }", context(actor(role)))).streetWork === "street") admitted.push(role);
    expect(admitted).toEqual([R.STREET_ADMIN, R.COMMUNITY_ADMIN]);
  });

  it("refuses any other role with FORBIDDEN naming the roles allowed", async () => {
    expect(await run("{ streetWork }", context(actor(R.DISTRICT_ADMIN)))).toEqual({
      streetWork: { code: "FORBIDDEN", message: "Your role may not do this (allowed: STREET_ADMIN, COMMUNITY_ADMIN)." },
    });
  });

  it("refuses a caller without an actor as unauthenticated, not forbidden", async () => {
    expect(await run("{ streetWork }", context(null))).toEqual({ streetWork: { code: "UNAUTHENTICATED", message: "Sign in: a valid bearer token is required." } });
  });

  it("decides each gate on its own within one request", async () => {
    expect(await run("{ streetWork districtWork }", context(actor(R.DISTRICT_ADMIN)))).toEqual({
      streetWork: { code: "FORBIDDEN", message: "Your role may not do this (allowed: STREET_ADMIN, COMMUNITY_ADMIN)." },
      districtWork: "district",
    });
    expect(await run("{ districtWork streetWork }", context(actor(R.STREET_ADMIN)))).toEqual({
      districtWork: { code: "FORBIDDEN", message: "Your role may not do this (allowed: DISTRICT_ADMIN)." },
      streetWork: "street",
    });
  });

  it("gates mutations from the same table", async () => {
    expect(await run("mutation { act }", context(actor(R.RESIDENT)))).toEqual({ act: "acted" });
    expect(await run("mutation { act }", context(actor(R.VOLUNTEER)))).toEqual({ act: { code: "FORBIDDEN", message: "Your role may not do this (allowed: RESIDENT)." } });
  });
});

describe("each gate is decided once per request", () => {
  /** A context that counts how often the gates read its actor. */
  const counting = (role: Role) => {
    const reads = { count: 0 };
    const who = actor(role);
    const ctx = {
      authError: null,
      get actor() {
        reads.count += 1;
        return who;
      },
    } as unknown as GridnetContext;
    return { ctx, reads };
  };
  const readsFor = async (source: string, role: Role) => {
    const { ctx, reads } = counting(role);
    await run(source, ctx);
    return reads.count;
  };

  it("reads the actor no more for many fields behind one gate than for one", async () => {
    const once = await readsFor("{ me }", R.RESIDENT);
    expect(once).toBeGreaterThan(0);
    expect(await readsFor("{ me a: me b: me }", R.RESIDENT)).toBe(once);
    const role = await readsFor("{ streetWork }", R.STREET_ADMIN);
    expect(await readsFor("{ streetWork a: streetWork b: streetWork }", R.STREET_ADMIN)).toBe(role);
  });

  it("shares one gate between entries that list the same roles in another order", async () => {
    const same = applyMiddleware(
      new GraphQLSchema({ query: new GraphQLObjectType({ name: "Query", fields: { one: answer("1"), two: answer("2") } }), mutation: Mutation }),
      permissionsFor(
        { one: { who: [R.STREET_ADMIN, R.COMMUNITY_ADMIN], relation: "x" }, two: { who: [R.COMMUNITY_ADMIN, R.STREET_ADMIN], relation: "x" } },
        { query: ["one", "two"], mutation: ["act"] },
      ),
    );
    const reads = async (source: string) => {
      const { ctx, reads } = counting(R.COMMUNITY_ADMIN);
      const result = await execute({ schema: same, document: parse(source), contextValue: ctx });
      expect(result.errors).toBeUndefined();
      return reads.count;
    };
    expect(await reads("{ one two }")).toBe(await reads("{ one }"));
  });
});

describe("fields without an entry", () => {
  it("refuses a query field and a mutation without a policy entry, whoever asks", async () => {
    for (const who of [null, actor(R.DISTRICT_ADMIN)]) {
      expect(await run("{ unlisted }", context(who))).toEqual({ unlisted: FORBIDDEN_BY_DEFAULT });
      expect(await run("mutation { unlistedAct }", context(who))).toEqual({ unlistedAct: FORBIDDEN_BY_DEFAULT });
    }
  });

  it("refuses a mutation whose entry sits in the table but which is not served as a mutation", async () => {
    const narrow = applyMiddleware(new GraphQLSchema({ query: Query, mutation: Mutation }), permissionsFor(POLICY, { query: Object.keys(Query.getFields()), mutation: [] }));
    const result = await execute({ schema: narrow, document: parse("mutation { act }"), contextValue: context(actor(R.RESIDENT)) });
    expect(result.errors?.map((e) => [e.extensions.code, e.message])).toEqual([["FORBIDDEN", FORBIDDEN_BY_DEFAULT.message]]);
  });
});

describe("errors", () => {
  it("keeps a resolver's own error and code, and an internal fault as it is", async () => {
    expect(await run("{ failing faulting }", context(actor(R.RESIDENT)))).toEqual({
      failing: { code: "CONFLICT", message: "It changed meanwhile." },
      faulting: { code: null, message: "the disk is on fire" },
    });
  });

  it("turns a thrown value that is no Error into FORBIDDEN, never into an answer", async () => {
    expect(await run("{ throwingValue }", context(actor(R.RESIDENT)))).toEqual({ throwingValue: FORBIDDEN_BY_DEFAULT });
  });
});
