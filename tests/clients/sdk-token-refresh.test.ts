// The SDK's token refresh, against the real local server over HTTP with real (expired) tokens:
// on UNAUTHENTICATED the onUnauthenticated hook is asked once for a fresh token and the request
// is sent once more with it — a mutation too, which is harmless only because gridnet admits no
// mutation without a signed-in caller (the last test holds the server to that).
import { startStandaloneServer } from "@apollo/server/standalone";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { buildSchema } from "graphql";
import { Role } from "../../api/auth/actor";
import { createContext } from "../../api/context";
import { createApolloServer, POLICY } from "../../api/server";
import { CommentIssueDocument, type Fetch, GridnetClient, GridnetError, MeDocument, OrgUnitsDocument } from "../../clients/sdk/src";
import { createHarness, type Harness } from "../helpers/harness";

let h: Harness;
let url: string;
let stop: () => Promise<void>;
let admin: string;
let expired: string;

beforeAll(async () => {
  h = await createHarness({ demo: { gridsPerCommunity: 2, buildingsPerGrid: 0 } });
  const server = createApolloServer({ requestLog: false });
  ({ url } = await startStandaloneServer(server, { listen: { port: 0, host: "127.0.0.1" }, context: ({ req }) => createContext(h.db, h.auth, req.headers.authorization) }));
  stop = () => server.stop();
  const claims = { sub: "u-fenghuangshan-admin", role: Role.COMMUNITY_ADMIN, orgId: h.unit("凤凰山社区").id };
  admin = await h.signer.sign(claims);
  // Issued two hours ago, expired one hour ago: what a phone holds after a night in a drawer.
  const now = Math.floor(Date.now() / 1000);
  expired = await h.signer.sign(claims, { issuedAt: now - 7200, expiresIn: now - 3600 });
});
afterAll(async () => {
  await stop();
  await h.close();
});

/** Real fetch, recording the bearer token of every request. */
function recording() {
  const tokens: (string | undefined)[] = [];
  const recorded: Fetch = (target, init) => {
    tokens.push(init.headers.authorization?.replace(/^Bearer /, ""));
    return fetch(target, init);
  };
  return { fetch: recorded, tokens };
}

it("asks for a fresh token once after UNAUTHENTICATED and answers the query with it", async () => {
  const net = recording();
  const refused: { token: string | undefined; code: string }[] = [];
  const client = new GridnetClient({
    url,
    token: () => expired,
    fetch: net.fetch,
    onUnauthenticated: ({ token, error }) => {
      refused.push({ token, code: error.code });
      return admin;
    },
  });
  const me = await client.request(MeDocument);
  expect(me.me.scope.name).toBe("凤凰山社区");
  expect(refused).toEqual([{ token: expired, code: "UNAUTHENTICATED" }]);
  expect(net.tokens).toEqual([expired, admin]);
});

it("sends a refused mutation once more with the fresh token, and it is applied once", async () => {
  const worker = await h.token(Role.GRID_WORKER, h.unit("凤凰山社区第1网格").id, "gw-refresh");
  const { issue } = await new GridnetClient({ url, token: worker }).reportIssue({
    title: "楼道灯不亮",
    description: "3 栋楼道灯不亮",
    categoryCode: "FACILITY_STREETLIGHT",
    gridId: h.unit("凤凰山社区第1网格").id,
    channel: "GRID_PATROL",
  });
  const net = recording();
  const client = new GridnetClient({ url, token: expired, fetch: net.fetch, onUnauthenticated: () => admin });
  await client.request(CommentIssueDocument, { input: { id: issue.id, text: "已通知物业", idempotencyKey: "refresh-comment" } });
  expect(net.tokens).toEqual([expired, admin]);
  const res = await h.gql(admin, `query($id: ID!) { issue(id: $id) { timeline { kind note } } }`, { id: issue.id });
  expect(res.data!.issue.timeline.filter((e: any) => e.kind === "COMMENTED").map((e: any) => e.note)).toEqual(["已通知物业"]);
});

it("gives up with UNAUTHENTICATED when the fresh token is refused too, when there is none, or when it is the same", async () => {
  const alsoExpired = await h.signer.sign({ sub: "u-x", role: Role.COMMUNITY_ADMIN, orgId: h.unit("凤凰山社区").id }, { issuedAt: 0, expiresIn: 1 });
  const cases = [
    { fresh: alsoExpired, sends: 2 },
    { fresh: undefined, sends: 1 },
    { fresh: expired, sends: 1 },
  ];
  for (const { fresh, sends } of cases) {
    const net = recording();
    const onUnauthenticated = jest.fn(async () => fresh);
    const error = await new GridnetClient({ url, token: expired, fetch: net.fetch, onUnauthenticated }).request(MeDocument).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GridnetError);
    expect({ code: (error as GridnetError).code, asked: onUnauthenticated.mock.calls.length, sent: net.tokens.length }).toEqual({ code: "UNAUTHENTICATED", asked: 1, sent: sends });
  }
});

it("does not ask for a fresh token on any other refusal", async () => {
  const onUnauthenticated = jest.fn(() => admin);
  const client = new GridnetClient({ url, token: admin, onUnauthenticated });
  await expect(client.request(OrgUnitsDocument, { kind: "GRID", under: h.unit("香榭里社区").id })).rejects.toMatchObject({ code: "FORBIDDEN" });
  expect(onUnauthenticated).not.toHaveBeenCalled();
});

it("admits no mutation in the contract without a signed-in caller, so an UNAUTHENTICATED answer means none ran", () => {
  const contract = buildSchema(readFileSync(join(__dirname, "..", "..", "schema", "schema.graphql"), "utf8"));
  const mutations = Object.keys(contract.getMutationType()!.getFields());
  expect(mutations.length).toBeGreaterThan(0);
  expect(mutations.filter((name) => !POLICY[name] || POLICY[name].who === "public")).toEqual([]);
});
