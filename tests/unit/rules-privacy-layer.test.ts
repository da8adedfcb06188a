// The masking layer on a schema of its own, run with graphql's `execute` and no server: every
// String field declares a class, each non-SAFE one answers masked unless its object's reader is
// entitled, objects below a tagged one are read under the nearest tag above them, and what has
// no class or no audience is masked. The contract schema's own wiring is checked at the end.
import {
  GraphQLID,
  GraphQLInt,
  GraphQLList,
  GraphQLNonNull,
  GraphQLObjectType,
  GraphQLSchema,
  GraphQLString,
  execute,
  parse,
  type GraphQLFieldConfig,
  type GraphQLFieldConfigMap,
} from "graphql";
import { Role, type Actor } from "../../api/auth/actor";
import type { GridnetContext } from "../../api/context";
import { applyPrivacy, privacyClassOf } from "../../api/privacy/privacy.layer";
import { ENTITLED, maskedAudience, tagged, type Audience } from "../../api/privacy/audience";
import { PRIVACY, type PrivacyClass } from "../../schema/common/privacy";

const NAMED = "何平说电话13912345678，住3栋2单元501";
const NAMED_MASKED = "[姓名]说电话[电话]，住[门牌]";
const NAMED_MASKED_WITHOUT_NAMES = "何平说电话[电话]，住[门牌]";

const declared = (kind: PrivacyClass | null, config: GraphQLFieldConfig<any, unknown>): GraphQLFieldConfig<any, unknown> => ({
  ...config,
  ...(kind ? { extensions: { [PRIVACY]: kind } } : {}),
});
const str = (kind: PrivacyClass | null, resolve?: GraphQLFieldConfig<any, unknown>["resolve"]) => declared(kind, { type: GraphQLString, resolve });

const Child: GraphQLObjectType = new GraphQLObjectType({
  name: "Child",
  fields: (): GraphQLFieldConfigMap<any, unknown> => ({
    note: str("TEXT"),
    grandchild: { type: Child, resolve: (c) => c.grandchild },
  }),
});

const Record = new GraphQLObjectType({
  name: "Record",
  description: "A record; call 13912345678 about it.",
  fields: {
    id: { type: GraphQLID },
    count: { type: GraphQLInt },
    code: str("SAFE"),
    title: str("TEXT"),
    name: str("NAME"),
    phone: str("PHONE"),
    address: str("ADDRESS"),
    photo: str("WITHHELD"),
    photos: declared("WITHHELD", { type: new GraphQLList(GraphQLString) }),
    notes: declared("TEXT", { type: new GraphQLList(new GraphQLNonNull(GraphQLString)) }),
    undeclared: str(null),
    // A field with its own resolver: the layer masks what the resolver answers, not the property.
    computed: str("TEXT", (r) => `${r.title}（计算）`),
    later: str("TEXT", async (r) => r.title),
    missing: str("TEXT", () => undefined),
    child: { type: Child, resolve: (r) => r.child },
    laterChild: { type: Child, resolve: async (r) => r.child },
    children: { type: new GraphQLList(Child), resolve: (r) => r.children },
  },
});

const record = (fields: object = {}) => ({
  id: "r_13912345678",
  count: 1391234,
  code: "CODE-13912345678",
  title: NAMED,
  name: "张三丰",
  phone: "13812345678",
  address: "渝北区3栋2单元501",
  photo: "https://media.example/1.jpg",
  photos: ["https://media.example/1.jpg", "https://media.example/2.jpg"],
  notes: [NAMED, "无"],
  undeclared: NAMED,
  child: { note: NAMED, grandchild: { note: NAMED } },
  children: [{ note: NAMED }, { note: NAMED }],
  ...fields,
});

const masked = (names: string[] = ["何平"]) => maskedAudience(() => names);
let current: { one?: unknown; many?: unknown; grid?: unknown; later?: unknown } = {};

const Query = new GraphQLObjectType({
  name: "Query",
  fields: {
    one: { type: Record, resolve: () => current.one },
    many: { type: new GraphQLList(Record), resolve: () => current.many },
    grid: { type: new GraphQLList(new GraphQLList(Record)), resolve: () => current.grid },
    later: { type: Record, resolve: async () => current.later },
    rootText: str("TEXT", () => NAMED),
    rootSafe: str("SAFE", () => NAMED),
    rootPlain: str("TEXT"),
  },
});

const schema = applyPrivacy(new GraphQLSchema({ query: Query }));

async function run(source: string, data: typeof current, rootValue: unknown = {}) {
  current = data;
  const result = await execute({ schema, document: parse(source), rootValue, contextValue: {} });
  expect(result.errors).toBeUndefined();
  return result.data as Record<string, any>;
}

const ALL = "{ id count code title name phone address photo photos notes undeclared computed later missing }";

describe("an object tagged ENTITLED", () => {
  it("answers every field as written", async () => {
    const { one } = await run(`{ one ${ALL} }`, { one: tagged(record(), ENTITLED) });
    expect(one).toEqual({
      id: "r_13912345678",
      count: 1391234,
      code: "CODE-13912345678",
      title: NAMED,
      name: "张三丰",
      phone: "13812345678",
      address: "渝北区3栋2单元501",
      photo: "https://media.example/1.jpg",
      photos: ["https://media.example/1.jpg", "https://media.example/2.jpg"],
      notes: [NAMED, "无"],
      undeclared: NAMED,
      computed: `${NAMED}（计算）`,
      later: NAMED,
      missing: null,
    });
  });
});

describe("an object with a masked audience", () => {
  it("masks each field by its class, redacting the record's names from free text", async () => {
    const { one } = await run(`{ one ${ALL} }`, { one: tagged(record(), masked()) });
    expect(one).toEqual({
      // Ids, numbers and SAFE strings are never masked.
      id: "r_13912345678",
      count: 1391234,
      code: "CODE-13912345678",
      title: NAMED_MASKED,
      name: "张**",
      phone: "138****5678",
      address: "渝北区[门牌]",
      photo: null,
      photos: [],
      notes: [NAMED_MASKED, "无"],
      // A field that declares no class is free text.
      undeclared: NAMED_MASKED,
      computed: `${NAMED_MASKED}（计算）`,
      later: NAMED_MASKED,
      missing: null,
    });
  });

  it("leaves absent values absent", async () => {
    const { one } = await run("{ one { title name phone photo photos notes } }", {
      one: tagged(record({ title: null, name: null, phone: undefined, photo: null, photos: null, notes: null }), masked()),
    });
    expect(one).toEqual({ title: null, name: null, phone: null, photo: null, photos: null, notes: null });
  });

  it("redacts only the patterns when the audience knows no names", async () => {
    const { one } = await run("{ one { title } }", { one: tagged(record(), masked([])) });
    expect(one.title).toBe(NAMED_MASKED_WITHOUT_NAMES);
  });

  it("asks the audience for its names once, however many fields need them", async () => {
    const names = jest.fn(() => ["何平"]);
    const { one } = await run("{ one { title undeclared notes } }", { one: tagged(record(), maskedAudience(names)) });
    expect(one).toEqual({ title: NAMED_MASKED, undeclared: NAMED_MASKED, notes: [NAMED_MASKED, "无"] });
    expect(names).toHaveBeenCalledTimes(1);
  });

  it("does not ask for names when no personal field is read", async () => {
    const names = jest.fn(() => ["何平"]);
    await run("{ one { id code } }", { one: tagged(record(), maskedAudience(names)) });
    expect(names).not.toHaveBeenCalled();
  });
});

describe("an object nobody tagged", () => {
  it("is masked: a forgotten tag fails closed", async () => {
    const { one } = await run("{ one { code title name photos } }", { one: record() });
    expect(one).toEqual({ code: "CODE-13912345678", title: NAMED_MASKED_WITHOUT_NAMES, name: "张**", photos: [] });
  });

  it("masks personal fields of the root itself", async () => {
    expect(await run("{ rootText rootSafe rootPlain }", {}, { rootPlain: NAMED })).toEqual({
      rootText: NAMED_MASKED_WITHOUT_NAMES,
      rootSafe: NAMED,
      rootPlain: NAMED_MASKED_WITHOUT_NAMES,
    });
  });
});

describe("objects below a tagged one", () => {
  it("are read under the nearest tag above them, however deep", async () => {
    const open = await run("{ one { child { note grandchild { note } } children { note } } }", { one: tagged(record(), ENTITLED) });
    expect(open.one).toEqual({ child: { note: NAMED, grandchild: { note: NAMED } }, children: [{ note: NAMED }, { note: NAMED }] });
    const closed = await run("{ one { child { note grandchild { note } } children { note } } }", { one: tagged(record(), masked()) });
    expect(closed.one).toEqual({ child: { note: NAMED_MASKED, grandchild: { note: NAMED_MASKED } }, children: [{ note: NAMED_MASKED }, { note: NAMED_MASKED }] });
  });

  it("keep a tag of their own, and pass it on below them", async () => {
    const parent = record({
      child: tagged({ note: NAMED, grandchild: { note: NAMED } }, ENTITLED),
      children: [{ note: NAMED }, tagged({ note: NAMED }, ENTITLED)],
    });
    const { one } = await run("{ one { title child { note grandchild { note } } children { note } } }", { one: tagged(parent, masked()) });
    expect(one).toEqual({
      title: NAMED_MASKED,
      child: { note: NAMED, grandchild: { note: NAMED } },
      children: [{ note: NAMED_MASKED }, { note: NAMED }],
    });
  });

  it("a masked child of an entitled parent is masked with its own names", async () => {
    const parent = record({ child: tagged({ note: "请联系王芳芳" }, masked(["王芳芳"])) });
    const { one } = await run("{ one { title child { note } } }", { one: tagged(parent, ENTITLED) });
    expect(one).toEqual({ title: NAMED, child: { note: "请联系[姓名]" } });
  });

  it("are found through an object answered later (a promise)", async () => {
    const parent = tagged(record(), ENTITLED);
    const { later } = await run("{ later { title child { note } laterChild { note grandchild { note } } } }", { later: parent });
    expect(later).toEqual({ title: NAMED, child: { note: NAMED }, laterChild: { note: NAMED, grandchild: { note: NAMED } } });
  });
});

describe("lists", () => {
  it("read each item under its own tag", async () => {
    const { many } = await run("{ many { title child { note } } }", { many: [tagged(record(), ENTITLED), tagged(record(), masked()), record(), tagged(record(), ENTITLED)] });
    expect(many).toEqual([
      { title: NAMED, child: { note: NAMED } },
      { title: NAMED_MASKED, child: { note: NAMED_MASKED } },
      { title: NAMED_MASKED_WITHOUT_NAMES, child: { note: NAMED_MASKED_WITHOUT_NAMES } },
      { title: NAMED, child: { note: NAMED } },
    ]);
  });

  it("read items of nested lists by their place in both lists", async () => {
    const grid = [
      [tagged(record(), masked()), tagged(record(), ENTITLED)],
      [tagged(record(), ENTITLED), record()],
    ];
    const result = await run("{ grid { title children { note } } }", { grid });
    expect(result.grid.map((row: { title: string }[]) => row.map((r) => r.title))).toEqual([
      [NAMED_MASKED, NAMED],
      [NAMED, NAMED_MASKED_WITHOUT_NAMES],
    ]);
    expect(result.grid[0][1].children).toEqual([{ note: NAMED }, { note: NAMED }]);
    expect(result.grid[1][1].children).toEqual([{ note: NAMED_MASKED_WITHOUT_NAMES }, { note: NAMED_MASKED_WITHOUT_NAMES }]);
  });
});

describe("the schema itself", () => {
  it("leaves introspection alone", async () => {
    const data = await run('{ __type(name: "Record") { description fields { name } } }', {});
    expect(data.__type.description).toBe("A record; call 13912345678 about it.");
  });

  it("reads a field's class from its extensions", () => {
    expect(privacyClassOf({ [PRIVACY]: "NAME" })).toBe("NAME");
    expect(privacyClassOf({ other: "x" })).toBeUndefined();
    expect(privacyClassOf(undefined)).toBeUndefined();
    expect(privacyClassOf(null)).toBeUndefined();
  });

  it("returns the schema it was given, wrapped in place", () => {
    const plain = new GraphQLSchema({ query: new GraphQLObjectType({ name: "Query", fields: { a: str("TEXT") } }) });
    expect(applyPrivacy(plain)).toBe(plain);
  });
});

describe("the contract schema", () => {
  // Built once: type-graphql's metadata is global, and every server builds the same schema.
  let contract: GraphQLSchema;
  beforeAll(async () => {
    const { buildContractSchema } = await import("../../api/server");
    contract = buildContractSchema({ skipCheck: true });
  });

  const reader: Actor = { sub: "u-1", role: Role.RESIDENT, orgId: "500106", scopePath: "500106" };
  const councilTask = (audience: Audience) => tagged({ issueId: "is_1", title: NAMED }, audience);

  it("masks the fields it declares personal and leaves the SAFE ones", () => {
    const fields = (contract.getType("Issue") as GraphQLObjectType).getFields();
    expect([privacyClassOf(fields.title.extensions), privacyClassOf(fields.id.extensions)]).toEqual(["TEXT", undefined]);
    expect(fields.title.resolve).toBeDefined();
  });

  it("answers a tagged object through its declared classes", async () => {
    const Task = contract.getType("CouncilTask") as GraphQLObjectType | undefined;
    expect(Task).toBeDefined();
    const title = Task!.getFields().title;
    const info = { path: { prev: undefined, key: "task", typename: "Query" } } as never;
    const ctx = { actor: reader } as unknown as GridnetContext;
    await expect(Promise.resolve(title.resolve!(councilTask(ENTITLED), {}, ctx, info))).resolves.toBe(NAMED);
    await expect(Promise.resolve(title.resolve!(councilTask(masked()), {}, ctx, info))).resolves.toBe(NAMED_MASKED);
  });
});
