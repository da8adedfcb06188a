// The public `health` query: is this API up, and can it reach its table?
//
// Anyone may ask, without a token, so an answer must stay cheap and bounded: the database is
// probed by one GetItem of a key no item has (allowed by the Lambda's least-privilege role,
// which has no DescribeTable), cut off after a short timeout, and never throws. One probe's
// answer serves every health request in this process for PROBE_TTL_MS, and concurrent
// requests (or fifteen aliases of `health` in one query) share the probe in flight: a flood
// of health requests costs DynamoDB at most one read a second per process.
import { GetItemCommand } from "@aws-sdk/client-dynamodb";
import { Ctx, Query, Resolver } from "type-graphql";
import { Health } from "./health.type";
import type { GridnetContext } from "../context";
import type { Db } from "../store/dynamo";
import { tableDefinition } from "../store/table";

export const VERSION = process.env.GRIDNET_VERSION ?? "0.1.0";
const PROBE_TIMEOUT_MS = 1_000;
const PROBE_TTL_MS = 1_000;
const PROBE_KEY = "HEALTH#probe"; // no item is ever written under it

export interface DatabaseHealth {
  reachable: boolean;
  status: "OK" | "TABLE_MISSING" | "UNREACHABLE" | "ERROR";
}

const probes = new WeakMap<Db, { answer: Promise<DatabaseHealth>; until: number }>();

@Resolver(() => Health)
export class HealthResolver {
  @Query(() => Health, { description: "Public: answers without a token; probes the database at most once a second." })
  async health(@Ctx() ctx: GridnetContext): Promise<Health> {
    const database = await databaseHealth(ctx.db);
    return {
      ok: database.status === "OK",
      version: VERSION,
      time: new Date().toISOString(),
      databaseReachable: database.reachable,
      databaseStatus: database.status,
    };
  }
}

export function databaseHealth(db: Db): Promise<DatabaseHealth> {
  const cached = probes.get(db);
  if (cached && cached.until > Date.now()) return cached.answer;
  const answer = probe(db);
  // The answer counts from when it came back, so a slow probe is not repeated at once.
  probes.set(db, { answer, until: Number.POSITIVE_INFINITY });
  void answer.then(() => probes.set(db, { answer, until: Date.now() + PROBE_TTL_MS }));
  return answer;
}

async function probe(db: Db): Promise<DatabaseHealth> {
  const abort = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<"timeout">((done) => {
    timer = setTimeout(() => done("timeout"), PROBE_TIMEOUT_MS);
  });
  const key = { [tableDefinition.partitionKey]: { S: PROBE_KEY }, [tableDefinition.sortKey]: { S: PROBE_KEY } };
  const request = db.client.send(new GetItemCommand({ TableName: db.table, Key: key, ProjectionExpression: tableDefinition.partitionKey }), { abortSignal: abort.signal }).then(
    (): DatabaseHealth => ({ reachable: true, status: "OK" }),
    (error: { name?: string; $metadata?: { httpStatusCode?: number } }): DatabaseHealth => {
      if (error?.name === "ResourceNotFoundException") return { reachable: true, status: "TABLE_MISSING" };
      // An HTTP status means DynamoDB answered; none means we never heard back.
      if (error?.$metadata?.httpStatusCode) return { reachable: true, status: "ERROR" };
      return { reachable: false, status: "UNREACHABLE" };
    },
  );
  try {
    const outcome = await Promise.race([request, timeout]);
    if (outcome !== "timeout") return outcome;
    abort.abort();
    return { reachable: false, status: "UNREACHABLE" };
  } finally {
    clearTimeout(timer);
  }
}
