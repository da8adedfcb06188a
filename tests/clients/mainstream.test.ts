// The GraphQL clients front ends actually use, each with its DEFAULT settings (only the URL
// and the Authorization header given), against both ways gridnet is served: `npm start`'s
// local HTTP layer and the real Lambda handler (behind a tiny Node server that turns each
// request into the API Gateway HTTP API v2 event Lambda gets). API Gateway's own CORS answer
// (infra/constructs/http-api.ts) sits outside the Lambda and is not exercised here.
//
//   Apollo Client 4   POST, application/json              (core entry, no React)
//   urql 6            GET for queries that fit in a URL — no content type, no Apollo header:
//                     it passes Apollo's CSRF prevention because it carries `authorization`
//   graphql-request 7 POST, application/json
//   Relay             Network.create with a fetch function as Relay's docs show, and a
//                     request built by hand in relay-compiler's output shape (no compiler run)
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { ApolloClient, CombinedGraphQLErrors, HttpLink, InMemoryCache, gql } from "@apollo/client";
import { Client as UrqlClient, cacheExchange, fetchExchange } from "@urql/core";
import type { APIGatewayProxyEventV2, Context } from "aws-lambda";
import { ClientError, GraphQLClient } from "graphql-request";
import { Environment, Network, RecordSource, Store, fetchQuery, type ConcreteRequest, type GraphQLResponse } from "relay-runtime";
import { Role } from "../../api/auth/actor";
import { createContext } from "../../api/context";
import { createGraphQLHttpServer } from "../../api/handlers/http-server";
import { createHarness, type Harness } from "../helpers/harness";

let h: Harness;
let token: string;
const servers: Server[] = [];
/** Each target's URL, and the methods of the requests it received (to show what a client sent). */
const targets: Record<"local" | "lambda", { url: string; methods: string[] }> = { local: { url: "", methods: [] }, lambda: { url: "", methods: [] } };

async function listen(server: Server): Promise<string> {
  servers.push(server);
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", () => r()));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => resolve(Buffer.concat(chunks)));
    req.on("error", reject);
  });
}

beforeAll(async () => {
  h = await createHarness();
  token = await h.token(Role.COMMUNITY_ADMIN, "500106004001", "u-fenghuangshan-admin");

  const local = createGraphQLHttpServer({ apollo: h.server, context: (req) => createContext(h.db, h.auth, req.headers.authorization) });
  local.on("request", (req: IncomingMessage) => targets.local.methods.push(req.method ?? ""));
  targets.local.url = `${await listen(local)}/graphql`;

  // The Lambda handler, configured as deployed: keys from the issuer's JWKS URL.
  const jwksUrl = `${await listen(createServer((_req, res) => res.end(JSON.stringify(h.signer.jwks))))}/.well-known/jwks.json`;
  Object.assign(process.env, { GRIDNET_TABLE: h.db.table, GRIDNET_AUTH_ISSUER: h.signer.issuer, GRIDNET_AUTH_JWKS_URL: jwksUrl, AWS_REGION: "local" });
  const { handler } = await import("../../api/handlers/lambda");
  const lambda = createServer(async (req, res) => {
    targets.lambda.methods.push(req.method ?? "");
    const url = new URL(req.url ?? "/", "http://localhost");
    const body = await readBody(req);
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(req.headers)) if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(",") : value;
    const method = req.method ?? "GET";
    const event: APIGatewayProxyEventV2 = {
      version: "2.0",
      routeKey: `${method} /graphql`,
      rawPath: url.pathname,
      rawQueryString: url.search.slice(1),
      headers,
      requestContext: {
        accountId: "123456789012",
        apiId: "api",
        domainName: "api.example.com",
        domainPrefix: "api",
        http: { method, path: url.pathname, protocol: "HTTP/1.1", sourceIp: "127.0.0.1", userAgent: headers["user-agent"] ?? "" },
        requestId: "req",
        routeKey: `${method} /graphql`,
        stage: "$default",
        time: "26/Nov/2026:00:00:00 +0000",
        timeEpoch: 0,
      },
      body: body.length ? body.toString("base64") : undefined,
      isBase64Encoded: body.length > 0,
    };
    const result = (await handler(event, { awsRequestId: "1" } as Context, () => {}))!;
    res.writeHead(result.statusCode ?? 200, result.headers as Record<string, string>);
    res.end(result.body ?? "");
  });
  targets.lambda.url = `${await listen(lambda)}/graphql`;
}, 60_000);

afterAll(async () => {
  await Promise.all(servers.map((s) => new Promise((r) => s.close(r))));
  await h.close();
});

const GRIDS = ["凤凰山社区第1网格", "凤凰山社区第2网格"];
const OUT_OF_SCOPE = '{ orgUnits(kind: GRID, under: "500106017001") { edges { node { id } } } }';

describe.each(["local", "lambda"] as const)("against the %s server", (target) => {
  const url = () => targets[target].url;
  const methods = () => targets[target].methods;

  it("Apollo Client 4 (defaults: POST, JSON) queries with variables and reads extensions.code", async () => {
    const client = new ApolloClient({ link: new HttpLink({ uri: url(), headers: { authorization: `Bearer ${token}` } }), cache: new InMemoryCache() });
    const before = methods().length;
    const { data } = await client.query<any>({
      query: gql`query Grids($kind: OrgUnitKind!) { orgUnits(kind: $kind) { edges { node { id name } } } me { id role } }`,
      variables: { kind: "GRID" },
    });
    expect(data.orgUnits.edges.map((e: any) => e.node.name)).toEqual(GRIDS);
    expect(data.me).toEqual({ __typename: "Viewer", id: "u-fenghuangshan-admin", role: "COMMUNITY_ADMIN" });
    expect(methods().slice(before)).toEqual(["POST"]);

    const refused = await client.query({ query: gql(OUT_OF_SCOPE) }).catch((error: unknown) => error);
    expect(CombinedGraphQLErrors.is(refused) && refused.errors[0].extensions?.code).toBe("FORBIDDEN");
  });

  it("urql 6 (defaults: GET with no content type) queries with variables and reads extensions.code", async () => {
    const client = new UrqlClient({ url: url(), exchanges: [cacheExchange, fetchExchange], fetchOptions: { headers: { authorization: `Bearer ${token}` } } });
    const before = methods().length;
    const result = await client.query("query Grids($kind: OrgUnitKind!) { orgUnits(kind: $kind) { edges { node { id name } } } }", { kind: "GRID" }).toPromise();
    expect(result.error).toBeUndefined();
    expect(result.data.orgUnits.edges.map((e: any) => e.node.name)).toEqual(GRIDS);
    expect(methods().slice(before)).toEqual(["GET"]);

    const refused = await client.query(OUT_OF_SCOPE, {}).toPromise();
    expect(refused.error?.graphQLErrors[0].extensions.code).toBe("FORBIDDEN");
  });

  it("graphql-request 7 (defaults: POST, JSON) queries with variables and reads extensions.code", async () => {
    const client = new GraphQLClient(url(), { headers: { authorization: `Bearer ${token}` } });
    const before = methods().length;
    const data = await client.request<any>("query Grids($kind: OrgUnitKind!) { orgUnits(kind: $kind) { edges { node { id name } } } }", { kind: "GRID" });
    expect(data.orgUnits.edges.map((e: any) => e.node.name)).toEqual(GRIDS);
    expect(methods().slice(before)).toEqual(["POST"]);

    const refused = await client.request(OUT_OF_SCOPE).catch((error: unknown) => error);
    expect(refused instanceof ClientError && refused.response.errors?.[0].extensions?.code).toBe("FORBIDDEN");
  });

  it("Relay (Network.create with a fetch function, the store normalising by id) runs a query with variables", async () => {
    const network = Network.create(async (params, variables) => {
      const response = await fetch(url(), {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: params.text, variables }),
      });
      return (await response.json()) as GraphQLResponse;
    });
    const environment = new Environment({ network, store: new Store(new RecordSource()) });
    const data: any = await fetchQuery(environment, gridsRequest, { kind: "GRID" }).toPromise();
    expect(data.me).toEqual({ id: "u-fenghuangshan-admin", role: "COMMUNITY_ADMIN" });
    expect(data.orgUnits.edges.map((e: any) => e.node.name)).toEqual(GRIDS);
    // Normalised: the viewer is a record of its own in the store, under its id.
    expect(environment.getStore().getSource().get("u-fenghuangshan-admin")?.role).toBe("COMMUNITY_ADMIN");
  });
});

/** What relay-compiler emits for `query GridsQuery($kind: OrgUnitKind!) { me { id role } orgUnits(kind: $kind) { edges { node { id name } } } }`. */
const gridsRequest: ConcreteRequest = (() => {
  const scalar = (name: string) => ({ alias: null, args: null, kind: "ScalarField", name, storageKey: null }) as const;
  const linked = (name: string, concreteType: string, selections: readonly any[], args: any = null, plural = false) =>
    ({ alias: null, args, concreteType, kind: "LinkedField", name, plural, selections, storageKey: null }) as const;
  const selections = [
    linked("me", "Viewer", [scalar("id"), scalar("role")]),
    linked(
      "orgUnits",
      "OrgUnitConnection",
      [linked("edges", "OrgUnitEdge", [linked("node", "OrgUnit", [scalar("id"), scalar("name")])], null, true)],
      [{ kind: "Variable", name: "kind", variableName: "kind" }],
    ),
  ];
  const argumentDefinitions = [{ defaultValue: null, kind: "LocalArgument", name: "kind" }] as const;
  return {
    fragment: { argumentDefinitions, kind: "Fragment", metadata: null, name: "GridsQuery", selections, type: "Query", abstractKey: null },
    kind: "Request",
    operation: { argumentDefinitions, kind: "Operation", name: "GridsQuery", selections },
    params: {
      cacheID: "gridsQuery",
      id: null,
      metadata: {},
      name: "GridsQuery",
      operationKind: "query",
      text: "query GridsQuery($kind: OrgUnitKind!) { me { id role } orgUnits(kind: $kind) { edges { node { id name } } } }",
    },
  } as unknown as ConcreteRequest;
})();

describe.each(["local", "lambda"] as const)("GET on the %s server (Apollo's CSRF prevention, docs/browsers.md)", (target) => {
  const get = (query: string, headers: Record<string, string> = {}) => fetch(`${targets[target].url}?query=${encodeURIComponent(query)}`, { headers });

  it("answers a GET query that carries a token, with no content type", async () => {
    const res = await get("{ me { role } }", { authorization: `Bearer ${token}` });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ data: { me: { role: "COMMUNITY_ADMIN" } } });
  });

  it("refuses a GET without a token or a header a browser must preflight (a cross-site simple request)", async () => {
    const res = await get("{ health { ok } }");
    expect(res.status).toBe(400);
    const body: any = await res.json();
    expect(body.errors[0].extensions.code).toBe("BAD_REQUEST");
    expect(body.errors[0].message).toContain("authorization");
    expect(body.data).toBeUndefined();
  });

  it("answers an anonymous GET that sends apollo-require-preflight, and refuses a mutation over GET", async () => {
    const res = await get("{ health { ok } }", { "apollo-require-preflight": "true" });
    expect(res.status).toBe(200);
    expect(((await res.json()) as any).data.health.ok).toBe(true);
    const mutation = await get('mutation { commentIssue(input: { id: "x", text: "y", idempotencyKey: "k" }) { id } }', { authorization: `Bearer ${token}` });
    expect(mutation.status).toBe(405);
  });
});

it("answers a browser's CORS preflight on the local server for the headers clients send", async () => {
  const res = await fetch(targets.local.url, {
    method: "OPTIONS",
    headers: { origin: "http://localhost:5173", "access-control-request-method": "GET", "access-control-request-headers": "authorization" },
  });
  expect(res.status).toBe(204);
  expect(res.headers.get("access-control-allow-origin")).toBe("*");
  expect(res.headers.get("access-control-allow-headers")).toContain("authorization");
  const answer = await fetch(targets.local.url, {
    method: "POST",
    headers: { "content-type": "application/json", origin: "http://localhost:5173" },
    body: '{"query":"{ health { ok } }"}',
  });
  expect(answer.headers.get("access-control-allow-origin")).toBe("*");
});
