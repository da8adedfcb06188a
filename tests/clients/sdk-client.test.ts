// The SDK's client against the real local server over HTTP: typed queries, paging,
// error codes, and generated documents that match the contract. What it does on a bad
// network: sdk-retries.test.ts.
import { startStandaloneServer } from "@apollo/server/standalone";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Role } from "../../api/auth/actor";
import { createContext } from "../../api/context";
import { createApolloServer } from "../../api/server";
import { GridnetClient, GridnetError, MeDocument, OrgUnitsDocument } from "../../clients/sdk/src";
import { createHarness, type Harness } from "../helpers/harness";

let h: Harness;
let url: string;
let stop: () => Promise<void>;

beforeAll(async () => {
  h = await createHarness({ demo: { gridsPerCommunity: 3, buildingsPerGrid: 0 } });
  const server = createApolloServer({ requestLog: false });
  ({ url } = await startStandaloneServer(server, { listen: { port: 0, host: "127.0.0.1" }, context: ({ req }) => createContext(h.db, h.auth, req.headers.authorization) }));
  stop = () => server.stop();
});
afterAll(async () => {
  await stop();
  await h.close();
});

it("answers typed queries and pages through a connection", async () => {
  const token = await h.token(Role.STREET_ADMIN, h.unit("磁器口街道").id, "u-ciqikou-admin");
  const client = new GridnetClient({ url, token: () => token });
  const me = await client.request(MeDocument);
  expect(me.me.scope.name).toBe("磁器口街道");
  const grids: string[] = [];
  for await (const grid of client.paginate(OrgUnitsDocument, { kind: "GRID", first: 5 }, (d) => d.orgUnits)) grids.push(grid.name);
  const expected = h.demo.units.filter((u) => u.kind === "GRID" && u.path.startsWith(h.unit("磁器口街道").path)).length;
  expect(grids).toHaveLength(expected);
  expect(new Set(grids).size).toBe(expected);
});

it("yields every page of a connection in order, each at most `first` long, the last saying there is no next", async () => {
  const token = await h.token(Role.STREET_ADMIN, h.unit("磁器口街道").id, "u-ciqikou-admin");
  const client = new GridnetClient({ url, token });
  const pages: { names: string[]; hasNextPage: boolean }[] = [];
  for await (const page of client.pages(OrgUnitsDocument, { kind: "GRID", first: 2 }, (d) => d.orgUnits)) {
    pages.push({ names: page.edges.map((e) => e.node.name), hasNextPage: page.pageInfo.hasNextPage });
  }
  const expected = h.demo.units.filter((u) => u.kind === "GRID" && u.path.startsWith(h.unit("磁器口街道").path)).map((u) => u.name);
  expect(pages.length).toBe(Math.ceil(expected.length / 2));
  expect(pages.map((p) => p.names.length <= 2 && p.names.length > 0)).toEqual(pages.map(() => true));
  expect(pages.map((p) => p.hasNextPage)).toEqual(pages.map((_, i) => i < pages.length - 1));
  expect(pages.flatMap((p) => p.names).sort()).toEqual(expected.sort());
});

it("rejects with the error's code", async () => {
  const token = await h.token(Role.COMMUNITY_ADMIN, h.unit("凤凰山社区").id);
  const client = new GridnetClient({ url, token });
  const outside = h.unit("香榭里社区").id;
  await expect(client.request(OrgUnitsDocument, { kind: "GRID", under: outside })).rejects.toMatchObject({ name: "GridnetError", code: "FORBIDDEN" });
  await expect(new GridnetClient({ url }).request(MeDocument)).rejects.toBeInstanceOf(GridnetError);
});

it("generated documents and types match schema/schema.graphql and the operations (npm run clients)", () => {
  const root = join(__dirname, "..", "..");
  const out = mkdtempSync(join(tmpdir(), "gridnet-codegen-"));
  try {
    const run = spawnSync(join(root, "node_modules", ".bin", "graphql-codegen"), ["--config", "clients/sdk/codegen.ts", "--silent"], {
      cwd: root,
      env: { ...process.env, GRIDNET_CODEGEN_OUT: `${out}/` },
      encoding: "utf8",
    });
    expect([run.status, run.stderr]).toEqual([0, ""]);
    const committed = join(root, "clients", "sdk", "src", "generated");
    expect(readdirSync(out).sort()).toEqual(readdirSync(committed).sort());
    for (const file of readdirSync(out)) {
      expect([file, readFileSync(join(committed, file), "utf8")]).toEqual([file, readFileSync(join(out, file), "utf8")]);
    }
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});
