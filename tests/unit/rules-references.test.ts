// Checked references on a schema of their own, run with graphql's `execute` and no database:
// every id an input declares a REFERENCE is loaded by its type's single read for the actor
// before the mutation runs; one that is absent and one out of sight are the same NOT_FOUND; a
// subject the actor may not see keeps the references unchecked (the command answers); a
// malformed id is BAD_USER_INPUT.
import {
  GraphQLID,
  GraphQLInputObjectType,
  GraphQLList,
  GraphQLNonNull,
  GraphQLObjectType,
  GraphQLSchema,
  GraphQLString,
  execute,
  parse,
  type GraphQLFieldConfig,
  type GraphQLInputFieldConfigMap,
} from "graphql";
import { Role, type Actor } from "../../api/auth/actor";
import type { GridnetContext } from "../../api/context";
import { DomainError, unauthenticated } from "../../api/errors";
import { applyReferenceChecks, unknownReference, type ReferenceSource } from "../../api/privacy/references";
import { REFERENCE, REFERENCE_KIND } from "../../schema/common/privacy";

const reference = (typename: string) => ({ [REFERENCE]: typename, [REFERENCE_KIND]: "REFERENCE" });
const subject = (typename: string) => ({ [REFERENCE]: typename, [REFERENCE_KIND]: "SUBJECT" });
const part = (what: string) => ({ [REFERENCE]: what, [REFERENCE_KIND]: "PART" });

const ObligationInput = new GraphQLInputObjectType({
  name: "ObligationInput",
  fields: { partyId: { type: GraphQLID, extensions: part("Party") }, witnessId: { type: GraphQLID, extensions: reference("Person") } },
});
// An input that contains itself: the walk must stop.
const AgendaItemInput: GraphQLInputObjectType = new GraphQLInputObjectType({
  name: "AgendaItemInput",
  fields: (): GraphQLInputFieldConfigMap => ({
    issueIds: { type: new GraphQLList(new GraphQLNonNull(GraphQLID)), extensions: reference("Issue") },
    subItems: { type: new GraphQLList(AgendaItemInput) },
    title: { type: GraphQLString },
  }),
});
const MeetingInput = new GraphQLInputObjectType({
  name: "MeetingInput",
  fields: {
    councilId: { type: GraphQLID, extensions: subject("Council") },
    placeId: { type: GraphQLID, extensions: reference("Place") },
    agenda: { type: new GraphQLList(AgendaItemInput) },
    obligation: { type: ObligationInput },
    note: { type: GraphQLString },
  },
});
// A field that happens to be called `input` inside another argument keeps its name in errors.
const WrappedInput = new GraphQLInputObjectType({
  name: "WrappedInput",
  fields: { input: { type: new GraphQLInputObjectType({ name: "InnerInput", fields: { personId: { type: GraphQLID, extensions: reference("Person") } } }) } },
});
const SubjectOnlyInput = new GraphQLInputObjectType({ name: "SubjectOnlyInput", fields: { issueId: { type: GraphQLID, extensions: subject("Issue") } } });
const UnservedInput = new GraphQLInputObjectType({ name: "UnservedInput", fields: { ufoId: { type: GraphQLID, extensions: reference("Ufo") } } });

let ran: string[] = [];
const recorded = (name: string, args: Record<string, unknown>): GraphQLFieldConfig<unknown, GridnetContext> => ({
  type: GraphQLString,
  args: args as never,
  resolve: () => {
    ran.push(name);
    return "done";
  },
});

const Mutation = new GraphQLObjectType<unknown, GridnetContext>({
  name: "Mutation",
  fields: {
    scheduleMeeting: recorded("scheduleMeeting", { input: { type: new GraphQLNonNull(MeetingInput) } }),
    assign: recorded("assign", { issueId: { type: GraphQLID, extensions: subject("Issue") }, assigneeId: { type: GraphQLID, extensions: reference("Person") } }),
    addMembers: recorded("addMembers", { personIds: { type: new GraphQLList(GraphQLID), extensions: reference("Person") } }),
    addItems: recorded("addItems", { items: { type: new GraphQLList(AgendaItemInput) } }),
    acceptIssue: recorded("acceptIssue", { input: { type: SubjectOnlyInput } }),
    plain: recorded("plain", { note: { type: GraphQLString } }),
    unserved: recorded("unserved", { input: { type: UnservedInput } }),
    wrapped: recorded("wrapped", { batch: { type: WrappedInput } }),
    // Without a resolver of its own: graphql's default resolver answers the root value's property.
    byDefault: { type: GraphQLString, args: { placeId: { type: GraphQLID, extensions: reference("Place") } } },
  },
});

const VISIBLE: Record<string, Set<string>> = {
  Person: new Set(["u-1", "u-2", "u-3"]),
  Place: new Set(["pl_1"]),
  Issue: new Set(["is_1", "is_2"]),
  Council: new Set(["co_1"]),
};
// What exists, including what the actor may not see (pl_2, is_9, co_9): the sources answer null for both.
let loads: string[] = [];
const source = (typename: string, prefix: RegExp): ReferenceSource => ({
  typename,
  matches: (id) => prefix.test(id),
  load: async (_ctx, id) => {
    loads.push(`${typename}:${id}`);
    return VISIBLE[typename].has(id) ? { id } : null;
  },
});
const SOURCES = [source("Person", /^u-/), source("Place", /^pl_/), source("Issue", /^is_/), source("Council", /^co_/)];

const schema = applyReferenceChecks(
  new GraphQLSchema({ query: new GraphQLObjectType({ name: "Query", fields: { ok: { type: GraphQLString } } }), mutation: Mutation }),
  () => SOURCES,
);

const actor: Actor = { sub: "u-1", role: Role.COMMUNITY_ADMIN, orgId: "500106", scopePath: "500106" };
const ctx = (who: Actor | null = actor, authError: DomainError | null = null) => ({ actor: who, authError }) as unknown as GridnetContext;

async function run(source: string, context = ctx()) {
  ran = [];
  loads = [];
  const result = await execute({ schema, document: parse(source), contextValue: context, rootValue: { byDefault: "from the root" } });
  const errors = (result.errors ?? []).map((e) => ({ code: e.extensions.code, message: e.message, field: e.extensions.field }));
  return { data: result.data, errors, ran, loads: [...loads].sort() };
}

const notFound = (typename: string, id: string, field: string) => ({ code: "NOT_FOUND", message: `${field}: there is no ${typename} ${id} that you may see.`, field });

describe("references that hold", () => {
  it("runs the mutation once every reference is seen, loading each once", async () => {
    const res = await run(`mutation {
      scheduleMeeting(input: { councilId: "co_1", placeId: "pl_1", agenda: [{ issueIds: ["is_1", "is_2", "is_1"] }], obligation: { partyId: "p1", witnessId: "u-2" } })
    }`);
    expect(res.errors).toEqual([]);
    expect(res.ran).toEqual(["scheduleMeeting"]);
    // The subject is loaded too (to decide whether references are checked), parts are not.
    expect(res.loads).toEqual(["Council:co_1", "Issue:is_1", "Issue:is_2", "Person:u-2", "Place:pl_1"]);
  });

  it("checks arguments named directly, and lists of them", async () => {
    expect((await run(`mutation { assign(issueId: "is_1", assigneeId: "u-2") }`)).ran).toEqual(["assign"]);
    const members = await run(`mutation { addMembers(personIds: ["u-2", "u-3"]) }`);
    expect([members.ran, members.loads]).toEqual([["addMembers"], ["Person:u-2", "Person:u-3"]]);
  });

  it("finds references through lists of inputs, and stops walking an input that contains itself", async () => {
    const res = await run(`mutation { addItems(items: [{ issueIds: ["is_1"] }, { issueIds: ["is_2", "is_9"], subItems: [{ title: "x" }] }]) }`);
    expect(res.errors).toEqual([notFound("Issue", "is_9", "items[1].issueIds[1]")]);
    expect(res.ran).toEqual([]);
  });

  it("reads an input object given as null as naming nothing", async () => {
    const res = await run(`mutation { scheduleMeeting(input: { councilId: "co_1", placeId: "pl_1", obligation: null, agenda: null }) }`);
    expect([res.errors, res.ran, res.loads]).toEqual([[], ["scheduleMeeting"], ["Council:co_1", "Place:pl_1"]]);
    const items = await run(`mutation { addItems(items: [null, { issueIds: null }, { issueIds: ["is_1"] }]) }`);
    expect([items.errors, items.ran, items.loads]).toEqual([[], ["addItems"], ["Issue:is_1"]]);
  });

  it("lets a call that names no reference through without a load", async () => {
    const res = await run(`mutation { scheduleMeeting(input: { councilId: "co_1", note: "u-9" }) plain(note: "pl_2") addMembers(personIds: []) }`);
    expect([res.errors, res.ran, res.loads]).toEqual([[], ["scheduleMeeting", "plain", "addMembers"], []]);
  });

  it("leaves a mutation with no reference declared unwrapped: its subject is the command's to judge", async () => {
    const res = await run(`mutation { acceptIssue(input: { issueId: "is_9" }) }`, ctx(null));
    expect([res.errors, res.ran, res.loads]).toEqual([[], ["acceptIssue"], []]);
  });

  it("runs the field's default resolver when it has none of its own", async () => {
    const res = await run(`mutation { byDefault(placeId: "pl_1") }`);
    expect([res.data, res.errors]).toEqual([{ byDefault: "from the root" }, []]);
  });
});

describe("references that do not hold", () => {
  it("answers NOT_FOUND alike for an id out of sight, one that does not exist and one of another type", async () => {
    for (const [placeId, shown] of [
      ["pl_2", "pl_2"],
      ["pl_404", "pl_404"],
      ["u-1", "u-1"],
    ]) {
      const res = await run(`mutation { scheduleMeeting(input: { councilId: "co_1", placeId: "${placeId}" }) }`);
      expect([placeId, res.errors, res.ran]).toEqual([placeId, [notFound("Place", shown, "placeId")], []]);
    }
  });

  it("does not load an id of the wrong shape for its type", async () => {
    const res = await run(`mutation { assign(issueId: "is_1", assigneeId: "pl_1") }`);
    expect(res.errors).toEqual([notFound("Person", "pl_1", "assigneeId")]);
    expect(res.loads).toEqual(["Issue:is_1"]);
  });

  it("names the first reference that fails, by where it sits in the input", async () => {
    const res = await run(`mutation { addMembers(personIds: ["u-2", "u-8", "u-9"]) }`);
    expect(res.errors).toEqual([notFound("Person", "u-8", "personIds[1]")]);
  });

  it("quotes no more than the start of a long id", async () => {
    const id = `u-${"x".repeat(60)}`;
    const res = await run(`mutation { addMembers(personIds: ["${id}"]) }`);
    expect(res.errors).toEqual([notFound("Person", `${id.slice(0, 40)}…`, "personIds[0]")]);
  });

  it("refuses a malformed id as bad input before loading anything", async () => {
    for (const [args, field] of [
      [`personIds: ["u-2", "u 3"]`, "personIds[1]"],
      [`personIds: [""]`, "personIds[0]"],
      [`personIds: ["u-${"1".repeat(63)}"]`, "personIds[0]"],
    ]) {
      const res = await run(`mutation { addMembers(${args}) }`);
      expect([args, res.errors, res.ran, res.loads]).toEqual([args, [{ code: "BAD_USER_INPUT", message: `${field} is not a valid id.`, field }], [], []]);
    }
    const nested = await run(`mutation { scheduleMeeting(input: { councilId: "co_1", placeId: "pl 1" }) }`);
    expect(nested.errors).toEqual([{ code: "BAD_USER_INPUT", message: "placeId is not a valid id.", field: "placeId" }]);
  });

  it("names a field by its whole path, dropping only the leading input.", async () => {
    const bad = await run(`mutation { wrapped(batch: { input: { personId: "u 2" } }) }`);
    expect(bad.errors).toEqual([{ code: "BAD_USER_INPUT", message: "batch.input.personId is not a valid id.", field: "batch.input.personId" }]);
    const unseen = await run(`mutation { wrapped(batch: { input: { personId: "u-8" } }) }`);
    expect(unseen.errors).toEqual([notFound("Person", "u-8", "batch.input.personId")]);
  });

  it("fails loudly when no source serves a referenced type", async () => {
    const res = await run(`mutation { unserved(input: { ufoId: "ufo_1" }) }`);
    expect(res.errors).toEqual([{ code: undefined, message: "No reference source serves Ufo: list it in a feature's nodes or references.", field: undefined }]);
    expect(res.ran).toEqual([]);
  });
});

describe("the subject comes first", () => {
  it("checks no reference while a subject is out of sight: the command refuses it by its own rule", async () => {
    const res = await run(`mutation { scheduleMeeting(input: { councilId: "co_9", placeId: "pl_2" }) }`);
    expect([res.errors, res.ran, res.loads]).toEqual([[], ["scheduleMeeting"], ["Council:co_9"]]);
  });

  it("treats a subject id that could not exist as out of sight, without loading it", async () => {
    for (const councilId of ["pl_1", "co 1", "co_!1", "co_1!", `co_${"1".repeat(62)}`]) {
      const res = await run(`mutation { scheduleMeeting(input: { councilId: "${councilId}", placeId: "pl_2" }) }`);
      expect([councilId, res.errors, res.ran, res.loads]).toEqual([councilId, [], ["scheduleMeeting"], []]);
    }
  });

  it("checks the references when the call names no subject", async () => {
    const res = await run(`mutation { scheduleMeeting(input: { placeId: "pl_2" }) }`);
    expect(res.errors).toEqual([notFound("Place", "pl_2", "placeId")]);
  });
});

describe("who may check", () => {
  it("needs a signed-in actor, and says why there is none", async () => {
    const anonymous = await run(`mutation { addMembers(personIds: ["u-2"]) }`, ctx(null));
    expect([anonymous.errors, anonymous.loads]).toEqual([[{ code: "UNAUTHENTICATED", message: "Sign in: a valid bearer token is required.", field: undefined }], []]);
    const expired = await run(`mutation { addMembers(personIds: ["u-2"]) }`, ctx(null, unauthenticated("The token has expired. Sign in again.")));
    expect(expired.errors.map((e) => e.message)).toEqual(["The token has expired. Sign in again."]);
  });
});

it("words the refusal as one message for every reason", () => {
  const error = unknownReference("Person", "u-9", "assigneeId");
  expect(error).toBeInstanceOf(DomainError);
  expect([error.message, error.extensions]).toEqual(["assigneeId: there is no Person u-9 that you may see.", { code: "NOT_FOUND", field: "assigneeId" }]);
});

describe("what is wrapped", () => {
  it("keeps the resolver of a mutation that declares no reference, subjects only included, and asks no source for it", async () => {
    const own = () => "own";
    const fields = {
      plain: { type: GraphQLString, args: { note: { type: GraphQLString } }, resolve: own },
      acceptIssue: { type: GraphQLString, args: { input: { type: SubjectOnlyInput } }, resolve: own },
      byDefault: { type: GraphQLString, args: { issueId: { type: GraphQLID, extensions: subject("Issue") } } },
      assign: { type: GraphQLString, args: { assigneeId: { type: GraphQLID, extensions: reference("Person") } }, resolve: own },
    };
    let asked = 0;
    const checked = applyReferenceChecks(
      new GraphQLSchema({
        query: new GraphQLObjectType({ name: "Query", fields: { ok: { type: GraphQLString } } }),
        mutation: new GraphQLObjectType({ name: "Mutation", fields }),
      }),
      () => {
        asked += 1;
        return SOURCES;
      },
    );
    const served = checked.getMutationType()!.getFields();
    expect([served.plain.resolve, served.acceptIssue.resolve, served.byDefault.resolve]).toEqual([own, own, undefined]);
    expect(served.assign.resolve).not.toBe(own);
    const result = await execute({ schema: checked, document: parse(`mutation { plain(note: "u-9") acceptIssue(input: { issueId: "is_9" }) }`), contextValue: ctx() });
    expect([result.errors, result.data, asked]).toEqual([undefined, { plain: "own", acceptIssue: "own" }, 0]);
    const assigned = await execute({ schema: checked, document: parse(`mutation { assign(assigneeId: "u-2") }`), contextValue: ctx() });
    expect([assigned.errors, assigned.data, asked]).toEqual([undefined, { assign: "own" }, 1]);
  });
});
