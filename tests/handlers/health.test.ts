// The public `health` query reports the database's state from one cheap, bounded read: ok
// with a live table; ok: false — never an error, never a hang — when the table is missing,
// when nothing listens, and when something listens but never answers; and a burst of health
// requests costs DynamoDB one read, not one each.
import { createServer, type Server, type Socket } from "node:net";
import { createContext } from "../../api/context";
import { freePort } from "../../api/local/dynamodb-local";
import { createDb, type Db } from "../../api/store/dynamo";
import { createHarness, type GqlResult, type Harness } from "../helpers/harness";

let h: Harness;
let silent: Server;
const held: Socket[] = [];
beforeAll(async () => {
  h = await createHarness({ demo: { gridsPerCommunity: 1, buildingsPerGrid: 0 } });
  // Accepts connections and never answers: a DynamoDB that hangs.
  silent = createServer((socket) => held.push(socket));
  await new Promise<void>((r) => silent.listen(0, "127.0.0.1", r));
});
afterAll(async () => {
  for (const socket of held) socket.destroy();
  await new Promise((r) => silent.close(r));
  await h.close();
});

/** Asks health through the real server, anonymously, as a request against `db`. */
async function health(db: Db, query = "{ health { ok databaseReachable databaseStatus } }"): Promise<GqlResult> {
  const contextValue = await createContext(db, h.auth, undefined);
  const response = await h.server.executeOperation({ query }, { contextValue });
  if (response.body.kind !== "single") throw new Error("unexpected incremental response");
  return response.body.singleResult as GqlResult;
}

it("is ok with its table reachable", async () => {
  const res = await health(h.db);
  expect(res.errors).toBeUndefined();
  expect(res.data?.health).toEqual({ ok: true, databaseReachable: true, databaseStatus: "OK" });
});

it("is not ok when DynamoDB answers but the table does not exist", async () => {
  const db = createDb({ table: "gridnet-no-such-table", endpoint: process.env.GRIDNET_DYNAMODB_ENDPOINT, region: "local" });
  const res = await health(db);
  expect(res.errors).toBeUndefined();
  expect(res.data?.health).toEqual({ ok: false, databaseReachable: true, databaseStatus: "TABLE_MISSING" });
  db.client.destroy();
});

it("is not ok, promptly and without an error, when nothing listens at the endpoint", async () => {
  const db = createDb({ table: h.db.table, endpoint: `http://127.0.0.1:${await freePort()}`, region: "local" });
  const started = Date.now();
  const res = await health(db);
  expect(Date.now() - started).toBeLessThan(2_000);
  expect(res.errors).toBeUndefined();
  expect(res.data?.health).toEqual({ ok: false, databaseReachable: false, databaseStatus: "UNREACHABLE" });
  db.client.destroy();
});

it("is not ok after a short timeout when the endpoint accepts but never answers", async () => {
  const address = silent.address();
  const port = typeof address === "object" && address ? address.port : 0;
  const db = createDb({ table: h.db.table, endpoint: `http://127.0.0.1:${port}`, region: "local" });
  const started = Date.now();
  const res = await health(db);
  const took = Date.now() - started;
  expect(took).toBeGreaterThanOrEqual(900);
  expect(took).toBeLessThan(2_000);
  expect(res.data?.health).toEqual({ ok: false, databaseReachable: false, databaseStatus: "UNREACHABLE" });
  db.client.destroy();
});

it("costs DynamoDB one read for fifteen aliased health fields and for the requests in the next second", async () => {
  const db = createDb({ table: h.db.table, endpoint: process.env.GRIDNET_DYNAMODB_ENDPOINT, region: "local" });
  const aliases = `{ ${Array.from({ length: 15 }, (_, i) => `h${i}: health { ok }`).join(" ")} }`;
  const burst = await Promise.all([health(db, aliases), health(db), health(db)]);
  expect(burst.every((res) => res.errors === undefined)).toBe(true);
  expect(Object.values(burst[0].data ?? {}).every((answer: any) => answer.ok === true)).toBe(true);
  expect(db.stats.requests).toBe(1);
  db.client.destroy();
});
