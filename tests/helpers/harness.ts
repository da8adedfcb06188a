// A test file's world: its own table in the shared DynamoDB Local, the demo (small) seeded
// in it, a dev signer with fresh keys, and the real Apollo server with shield and all.
import { randomBytes } from "node:crypto";
import type { ApolloServer } from "@apollo/server";
import { DeleteTableCommand } from "@aws-sdk/client-dynamodb";
import type { Role } from "../../api/auth/actor";
import { createDevSigner, type DevSigner } from "../../api/auth/dev-signer";
import { authConfigFromJwks, type AuthConfig } from "../../api/auth/verifier";
import { contextAs, createContext, type GridnetContext } from "../../api/context";
import { seedDemoIssues } from "../../api/issues/issue.seed";
import { seedDemo } from "../../api/seed/seed";
import type { Demo, DemoOptions } from "../../api/seed/shapingba";
import { createApolloServer } from "../../api/server";
import { createTable } from "../../api/store/create-table";
import { createDb, type Db } from "../../api/store/dynamo";

export interface GqlResult<T = Record<string, any>> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } & Record<string, unknown>; path?: (string | number)[] }[];
}

export interface Harness {
  db: Db;
  demo: Demo;
  signer: DevSigner;
  auth: AuthConfig;
  server: ApolloServer<GridnetContext>;
  token(role: Role, orgId: string, sub?: string): Promise<string>;
  /** Runs an operation through the real server as the bearer of `token` (null: anonymous). */
  gql<T = Record<string, any>>(token: string | null, query: string, variables?: Record<string, unknown>): Promise<GqlResult<T>>;
  /** Walks `count` more demo issues through the loop (the default seed makes none). */
  seedIssues(count: number): Promise<number>;
  /** Looks up a demo unit by its name. */
  unit(name: string): Demo["units"][number];
  close(): Promise<void>;
}

export const SMALL_DEMO: DemoOptions = { gridsPerCommunity: 2, buildingsPerGrid: 1 };

export async function createHarness(options: { demo?: DemoOptions } = {}): Promise<Harness> {
  const endpoint = process.env.GRIDNET_DYNAMODB_ENDPOINT;
  if (!endpoint) throw new Error("GRIDNET_DYNAMODB_ENDPOINT is not set: run tests through jest (global-setup starts DynamoDB Local).");
  const table = `gridnet-test-${randomBytes(6).toString("hex")}`;
  const db = createDb({ table, endpoint, region: "local" });
  await createTable(db.client, table);
  const demo = await seedDemo(db, options.demo ?? SMALL_DEMO);
  const signer = await createDevSigner();
  const auth = authConfigFromJwks(signer.issuer, signer.jwks);
  const server = createApolloServer({ requestLog: false });
  await server.start();
  return {
    db,
    demo,
    signer,
    auth,
    server,
    token: (role, orgId, sub) => signer.sign({ sub: sub ?? `test-${role.toLowerCase()}-${orgId}`, role, orgId }),
    async gql(token, query, variables) {
      const contextValue = await createContext(db, auth, token ? `Bearer ${token}` : undefined);
      const response = await server.executeOperation({ query, variables }, { contextValue });
      if (response.body.kind !== "single") throw new Error("unexpected incremental response");
      return response.body.singleResult as GqlResult<any>;
    },
    seedIssues: (count) => seedDemoIssues({ demo, log: () => {}, contextAs: (actor, now) => contextAs(db, actor, now) }, { count }),
    unit(name) {
      const found = demo.units.find((u) => u.name === name);
      if (!found) throw new Error(`no demo unit named ${name}`);
      return found;
    },
    async close() {
      await server.stop();
      await db.client.send(new DeleteTableCommand({ TableName: table }));
      db.client.destroy();
    },
  };
}

/** The error code of the first error, or "OK" when there is none. */
export function outcome(result: GqlResult): string {
  return result.errors?.[0]?.extensions?.code ?? "OK";
}

/** The data of an operation that prepares a test; any error fails the preparation loudly. */
export async function ok<T = any>(res: Promise<GqlResult<T>>): Promise<T> {
  const r = await res;
  if (r.errors?.length) throw new Error(`preparation failed: ${JSON.stringify(r.errors)}`);
  return r.data as T;
}
