// The TypeScript client on a bad network, against the real local server over HTTP: a request
// whose answer is lost is sent again only when repeating it is harmless (a query, a mutation
// carrying an idempotency key or an expected version), an answer of any kind is never sent
// again, and every failure
// is a GridnetError with a code. What the server holds is read back through the server.
import { startStandaloneServer } from "@apollo/server/standalone";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { Role } from "../../api/auth/actor";
import { createContext } from "../../api/context";
import { createApolloServer } from "../../api/server";
import { createDb } from "../../api/store/dynamo";
import { AcceptIssueDocument, CommentIssueDocument, GridnetClient, GridnetError, IssuesDocument, MeDocument, type Fetch } from "../../clients/sdk/src";
import { TypedDocumentString } from "../../clients/sdk/src/generated/graphql";
import { createHarness, type Harness } from "../helpers/harness";

let h: Harness;
let url: string;
let grid: string;
let worker: string;
let admin: string;
const stops: (() => Promise<void>)[] = [];

beforeAll(async () => {
  h = await createHarness({ demo: { gridsPerCommunity: 2, buildingsPerGrid: 0 } });
  const server = createApolloServer({ requestLog: false });
  ({ url } = await startStandaloneServer(server, { listen: { port: 0, host: "127.0.0.1" }, context: ({ req }) => createContext(h.db, h.auth, req.headers.authorization) }));
  stops.push(() => server.stop());
  grid = h.unit("凤凰山社区第1网格").id;
  worker = await h.token(Role.GRID_WORKER, grid, `gw-${grid}`);
  admin = await h.token(Role.COMMUNITY_ADMIN, h.unit("凤凰山社区").id, "u-fenghuangshan-admin");
});
afterAll(async () => {
  for (const stop of stops) await stop();
  await h.close();
});

/**
 * Real fetch, but the first `lose` answers never reach the client: the request arrives and
 * the server acts on it, then the connection drops (a mini-program going into a lift).
 */
function losingAnswers(lose: number) {
  const sent: string[] = [];
  const lossy: Fetch = async (target, init) => {
    sent.push(init.body);
    const response = await fetch(target, init);
    if (sent.length <= lose) {
      await response.text();
      throw new TypeError("fetch failed");
    }
    return response;
  };
  return { fetch: lossy, sent };
}

/** Real fetch, counting the requests. */
function counting() {
  const sent: string[] = [];
  const counted: Fetch = (target, init) => {
    sent.push(init.body);
    return fetch(target, init);
  };
  return { fetch: counted, sent };
}

async function report(title: string): Promise<string> {
  const result = await new GridnetClient({ url, token: worker }).reportIssue({
    title,
    description: `${title}，请处理`,
    categoryCode: "FACILITY_STREETLIGHT",
    gridId: grid,
    channel: "GRID_PATROL",
  });
  return result.issue.id;
}

async function timeline(id: string): Promise<{ kind: string; note: string | null }[]> {
  const res = await h.gql(admin, `query($id: ID!) { issue(id: $id) { timeline { kind note } } }`, { id });
  expect(res.errors).toBeUndefined();
  return res.data!.issue.timeline;
}

async function issuesTitled(title: string): Promise<number> {
  const res = await h.gql(admin, `query($g: ID!) { issues(filter: { under: $g }, first: 100) { edges { node { title } } } }`, { g: grid });
  expect(res.errors).toBeUndefined();
  return res.data!.issues.edges.filter((e: any) => e.node.title === title).length;
}

/** A port nothing listens on: bound, then released. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  stops.push(() => new Promise((resolve) => server.close(() => resolve())));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
}

it("retries a comment whose answer was lost, with the same idempotency key: commented once", async () => {
  const id = await report("路灯闪烁");
  const net = losingAnswers(1);
  const client = new GridnetClient({ url, token: admin, fetch: net.fetch });
  const { commentIssue } = await client.request(CommentIssueDocument, { input: { id, text: "已派人查看", idempotencyKey: "comment-lost-once" } });
  expect(commentIssue.id).toBe(id);
  expect(net.sent).toHaveLength(2);
  expect((await timeline(id)).filter((e) => e.kind === "COMMENTED").map((e) => e.note)).toEqual(["已派人查看"]);
});

it("retries an accept carrying expectedVersion whose answer was lost: accepted once, answered with the issue", async () => {
  const id = await report("井盖松动");
  const net = losingAnswers(1);
  const client = new GridnetClient({ url, token: admin, fetch: net.fetch });
  const { acceptIssue } = await client.request(AcceptIssueDocument, { input: { id, expectedVersion: 1 } });
  expect(net.sent).toHaveLength(2);
  expect(net.sent[1]).toBe(net.sent[0]);
  expect(acceptIssue).toMatchObject({ id, state: "ACCEPTED", version: 2 });
  expect((await timeline(id)).map((e) => e.kind)).toEqual(["REPORTED", "ACCEPTED"]);
});

it("sends an accept without expectedVersion only once, even when every answer is lost, and rejects with NETWORK_ERROR", async () => {
  const id = await report("井盖破损");
  const net = losingAnswers(Number.POSITIVE_INFINITY);
  const client = new GridnetClient({ url, token: admin, fetch: net.fetch });
  const error = await client.request(AcceptIssueDocument, { input: { id } }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(GridnetError);
  expect(error).toMatchObject({ code: "NETWORK_ERROR", status: undefined, cause: expect.any(TypeError) });
  expect(net.sent).toHaveLength(1);
  expect((await timeline(id)).map((e) => e.kind)).toEqual(["REPORTED", "ACCEPTED"]);
});

it("gives up on an accept carrying expectedVersion after its attempts when every answer is lost: accepted once", async () => {
  const id = await report("井盖下沉");
  const net = losingAnswers(Number.POSITIVE_INFINITY);
  const client = new GridnetClient({ url, token: admin, fetch: net.fetch });
  await expect(client.request(AcceptIssueDocument, { input: { id, expectedVersion: 1 } })).rejects.toMatchObject({ code: "NETWORK_ERROR" });
  expect(net.sent).toHaveLength(3);
  expect((await timeline(id)).map((e) => e.kind)).toEqual(["REPORTED", "ACCEPTED"]);
});

it("retries a report whose answer was lost, with the same idempotency key: one issue", async () => {
  const net = losingAnswers(1);
  const client = new GridnetClient({ url, token: worker, fetch: net.fetch });
  const result = await client.reportIssue({ title: "井盖缺失", description: "人行道井盖缺失，有坠落风险", categoryCode: "FACILITY_DRAIN", gridId: grid, channel: "MINI_PROGRAM" });
  expect(net.sent).toHaveLength(2);
  expect(net.sent[1]).toBe(net.sent[0]);
  expect(result.created).toBe(false);
  expect(await issuesTitled("井盖缺失")).toBe(1);
  expect((await timeline(result.issue.id)).map((e) => e.kind)).toEqual(["REPORTED"]);
});

it("retries any mutation whose variables carry an idempotency key at the top level: one notice", async () => {
  // Not a generated operation: the rule follows the variables, not a list of known mutations.
  const PostNotice = new TypedDocumentString<{ postNotice: { id: string } }, { idempotencyKey: string; title: string; body: string }>(`
    # postNotice is idempotent per key
    mutation PostNotice($idempotencyKey: String!, $title: String!, $body: String!) {
      postNotice(input: { idempotencyKey: $idempotencyKey, title: $title, body: $body }) { id }
    }`);
  const net = losingAnswers(1);
  const client = new GridnetClient({ url, token: admin, fetch: net.fetch });
  const key = `notice-${Date.now()}`;
  const title = `停水通知 ${key}`;
  const posted = await client.request(PostNotice, { idempotencyKey: key, title, body: "周六 9:00–12:00 停水" });
  expect(net.sent).toHaveLength(2);
  const res = await h.gql(admin, `{ notices(first: 50) { edges { node { id title } } } }`);
  expect(res.data!.notices.edges.filter((e: any) => e.node.title === title).map((e: any) => e.node.id)).toEqual([posted.postNotice.id]);
});

it("retries a query whose answer was lost and answers it", async () => {
  const net = losingAnswers(2);
  const client = new GridnetClient({ url, token: admin, fetch: net.fetch });
  const me = await client.request(MeDocument);
  expect(me.me.scope.name).toBe("凤凰山社区");
  expect(net.sent).toHaveLength(3);
});

it("does not retry a 500 answer carrying GraphQL errors, even for a query", async () => {
  // A real fault: this server's table does not exist, so resolving the caller's scope fails
  // while the context is built and Apollo answers 500 with an error.
  const broken = createApolloServer({ requestLog: false });
  const missing = createDb({ table: `${h.db.table}-missing`, endpoint: process.env.GRIDNET_DYNAMODB_ENDPOINT!, region: "local" });
  const { url: brokenUrl } = await startStandaloneServer(broken, {
    listen: { port: 0, host: "127.0.0.1" },
    context: ({ req }) => createContext(missing, h.auth, req.headers.authorization),
  });
  stops.push(async () => {
    await broken.stop();
    missing.client.destroy();
  });
  const net = counting();
  // The server logs the fault for its operator; the test keeps it off the console.
  const logged = jest.spyOn(console, "error").mockImplementation(() => {});
  const error = await new GridnetClient({ url: brokenUrl, token: admin, fetch: net.fetch })
    .request(MeDocument)
    .catch((e: unknown) => e)
    .finally(() => logged.mockRestore());
  expect(error).toBeInstanceOf(GridnetError);
  expect(error).toMatchObject({ status: 500, code: "INTERNAL_SERVER_ERROR" });
  expect((error as GridnetError).errors.length).toBeGreaterThan(0);
  expect(net.sent).toHaveLength(1);
});

it("does not retry an answer that is not JSON, and says BAD_RESPONSE with its status", async () => {
  // A gateway's error page in front of gridnet.
  const gateway = createServer((_req, res) => res.writeHead(502, { "content-type": "text/html" }).end("<html><body>502 Bad Gateway</body></html>"));
  const net = counting();
  const client = new GridnetClient({ url: await listen(gateway), token: admin, fetch: net.fetch });
  await expect(client.request(MeDocument)).rejects.toMatchObject({ name: "GridnetError", code: "BAD_RESPONSE", status: 502 });
  expect(net.sent).toHaveLength(1);
});

it("rejects with NETWORK_ERROR when the connection is refused: a query after its attempts, a mutation after one", async () => {
  const port = await closedPort();
  const net = counting();
  const client = new GridnetClient({ url: `http://127.0.0.1:${port}/`, token: admin, fetch: net.fetch });
  const error = await client.request(IssuesDocument, { first: 1 }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(GridnetError);
  // Node's fetch throws from another realm than jest's, so the cause is matched by name.
  expect(error).toMatchObject({ code: "NETWORK_ERROR", status: undefined, cause: { name: "TypeError", message: "fetch failed" } });
  expect(net.sent).toHaveLength(3);
  await expect(client.request(AcceptIssueDocument, { input: { id: "x" } })).rejects.toMatchObject({ code: "NETWORK_ERROR" });
  expect(net.sent).toHaveLength(4);
  // With the default fetch too: a lost connection is never a bare TypeError.
  await expect(new GridnetClient({ url: `http://127.0.0.1:${port}/`, attempts: 1 }).request(MeDocument)).rejects.toBeInstanceOf(GridnetError);
});
