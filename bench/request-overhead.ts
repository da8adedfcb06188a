// What a warm request costs, and what graphql-shield adds (graphql-middleware wraps every
// field's resolver, which is why it is measured). npm run bench:requests
//
// One DynamoDB Local, one seeded table (a small demo and 300 issues walked through the loop),
// and in the same run, alternating, the same operations through:
//   - gridnet's server (createApolloServer: shield, query limits, formatError);
//   - the same server on the schema without the shield gate (apolloServerOn: the baseline for
//     shield's cost — it differs from gridnet in shield alone);
//   - the bare DynamoDB reads the page needs (Query + BatchGet of issues, units, people):
//     the floor any API serving this page pays.
// Each request gets a fresh context (token verified, fresh DataLoaders), like a real one.
// Prints medians and p95 per variant and the ratios; exits 0 (it measures, it does not judge).
// Usage: npm run bench:requests [-- --rounds 200]
import type { ApolloServer } from "@apollo/server";
import { BatchGetCommand, QueryCommand } from "@aws-sdk/lib-dynamodb";
import { Role } from "../api/auth/actor";
import { createDevSigner } from "../api/auth/dev-signer";
import { authConfigFromJwks } from "../api/auth/verifier";
import { createContext, type GridnetContext } from "../api/context";
import { startDynamoDbLocal } from "../api/local/dynamodb-local";
import { seedDemo } from "../api/seed/seed";
import { apolloServerOn, buildContractSchema, createApolloServer } from "../api/server";
import { createTable } from "../api/store/create-table";
import { createDb } from "../api/store/dynamo";

const rounds = Math.max(50, Number(process.argv[process.argv.indexOf("--rounds") + 1]) || 200);
const PAGE = `{ issues(first: 50) { edges { node { id title state priority dueAt overdue grid { name } handlingUnit { name } assignee { name } } } } }`;
const HEALTH = `{ health { ok } }`;

function stats(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return { median: at(0.5), p95: at(0.95) };
}

const fmt = (ms: number) => `${ms.toFixed(2)} ms`;

async function main(): Promise<void> {
  const dynamo = await startDynamoDbLocal({});
  try {
    const db = createDb({ table: "gridnet-bench-requests", endpoint: dynamo.endpoint, region: "local" });
    await createTable(db.client, db.table);
    console.log("Seeding a small demo with 300 issues…");
    await seedDemo(db, { gridsPerCommunity: 2, buildingsPerGrid: 1, issues: 300 });
    const signer = await createDevSigner();
    const auth = authConfigFromJwks(signer.issuer, signer.jwks);
    const token = await signer.sign({ sub: "u-district-admin", role: Role.DISTRICT_ADMIN, orgId: "500106" });

    const shielded = createApolloServer({ requestLog: false });
    // The same server — input guard, cost limit, cache rules, error format — but for the shield gate.
    const bare = apolloServerOn(buildContractSchema({ skipCheck: true }), { requestLog: false });
    await Promise.all([shielded.start(), bare.start()]);

    const run = async (server: ApolloServer<GridnetContext>, query: string) => {
      const started = performance.now();
      const contextValue = await createContext(db, auth, `Bearer ${token}`);
      const res = await server.executeOperation({ query }, { contextValue });
      if (res.body.kind !== "single" || res.body.singleResult.errors) throw new Error(`bench query failed: ${JSON.stringify(res.body)}`);
      return performance.now() - started;
    };
    // The reads the page needs, without GraphQL: what DataLoader batches the page into.
    const floor = async () => {
      const started = performance.now();
      const index = await db.doc.send(
        new QueryCommand({ TableName: db.table, KeyConditionExpression: "pk = :p", ExpressionAttributeValues: { ":p": "UI#500106#ALL" }, ScanIndexForward: false, Limit: 50 }),
      );
      const ids = (index.Items ?? []).map((i) => i.issueId as string);
      const issues = await db.doc.send(new BatchGetCommand({ RequestItems: { [db.table]: { Keys: ids.map((id) => ({ pk: `ISSUE#${id}`, sk: "ISSUE" })) } } }));
      const found = issues.Responses?.[db.table] ?? [];
      const units = [...new Set(found.flatMap((i) => [i.location.gridId as string, i.handlingUnitId as string]))].map((id) => ({ pk: `ORG#${id}`, sk: "UNIT" }));
      const people = [...new Set(found.map((i) => i.assigneeId as string | null).filter((p): p is string => Boolean(p)))].map((id) => ({ pk: `USER#${id}`, sk: "PROFILE" }));
      await Promise.all([
        db.doc.send(new BatchGetCommand({ RequestItems: { [db.table]: { Keys: units.slice(0, 100) } } })),
        people.length ? db.doc.send(new BatchGetCommand({ RequestItems: { [db.table]: { Keys: people } } })) : Promise.resolve(),
      ]);
      return performance.now() - started;
    };

    // Warm up the JVM and V8 before measuring (the first runs after start are about half speed).
    for (let i = 0; i < 30; i += 1) await Promise.all([run(shielded, PAGE), run(bare, PAGE), floor()]);
    const samples = { page: [] as number[], pageBare: [] as number[], floor: [] as number[], health: [] as number[], healthBare: [] as number[] };
    for (let i = 0; i < rounds; i += 1) {
      // Alternate the order so neither side always runs on a warmer cache.
      if (i % 2) {
        samples.page.push(await run(shielded, PAGE));
        samples.pageBare.push(await run(bare, PAGE));
      } else {
        samples.pageBare.push(await run(bare, PAGE));
        samples.page.push(await run(shielded, PAGE));
      }
      samples.floor.push(await floor());
      // Alternated too: whichever side runs first pays when the 1-second health probe cache expires.
      if (i % 2) {
        samples.health.push(await run(shielded, HEALTH));
        samples.healthBare.push(await run(bare, HEALTH));
      } else {
        samples.healthBare.push(await run(bare, HEALTH));
        samples.health.push(await run(shielded, HEALTH));
      }
    }
    await Promise.all([shielded.stop(), bare.stop()]);

    const page = stats(samples.page);
    const pageBare = stats(samples.pageBare);
    const floorStats = stats(samples.floor);
    const health = stats(samples.health);
    const healthBare = stats(samples.healthBare);
    console.log(`\nwarm requests, ${rounds} rounds each, alternating (Node ${process.version}, DynamoDB Local on this machine):`);
    console.log(`  page of 50 issues with grid, handling unit, assignee — gridnet (shield):  median ${fmt(page.median)}, p95 ${fmt(page.p95)}`);
    console.log(`  same page, same schema without shield:                                median ${fmt(pageBare.median)}, p95 ${fmt(pageBare.p95)}`);
    console.log(`  the DynamoDB reads alone (Query + 3 BatchGets):                        median ${fmt(floorStats.median)}, p95 ${fmt(floorStats.p95)}`);
    console.log(`  health (its database probe shared for 1 s) — gridnet: median ${fmt(health.median)}; without shield: median ${fmt(healthBare.median)}`);
    console.log(`\n=== summary ===`);
    console.log(`shield overhead on the page: ${(page.median / pageBare.median).toFixed(2)}× (${fmt(page.median - pageBare.median)} per request)`);
    console.log(`page vs its bare DynamoDB reads: ${(page.median / floorStats.median).toFixed(2)}×`);
  } finally {
    await dynamo.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
