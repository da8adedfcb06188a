// The DynamoDB client and the table a request talks to. Built once per process (a Lambda
// container or the local server) and shared by every request.
import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";

export interface Db {
  readonly client: DynamoDBClient;
  readonly doc: DynamoDBDocumentClient;
  readonly table: string;
  /** Counts requests sent, so tests can prove a page costs a handful of calls. */
  readonly stats: { requests: number };
}

export interface DbOptions {
  table: string;
  /** DynamoDB Local or another endpoint; absent on AWS. */
  endpoint?: string;
  region?: string;
}

export function createDb(options: DbOptions): Db {
  quietNodeVersionNotice();
  const local = Boolean(options.endpoint);
  const client = new DynamoDBClient({
    endpoint: options.endpoint,
    region: options.region ?? process.env.AWS_REGION ?? "cn-northwest-1",
    // DynamoDB Local accepts any credentials; never pick up a developer's real ones for it.
    ...(local ? { credentials: { accessKeyId: "local", secretAccessKey: "local" } } : {}),
    maxAttempts: 4,
  });
  const stats = { requests: 0 };
  client.middlewareStack.add(
    (next) => async (args) => {
      stats.requests += 1;
      return next(args);
    },
    { step: "initialize", name: "gridnetRequestCounter" },
  );
  const doc = DynamoDBDocumentClient.from(client, {
    marshallOptions: { removeUndefinedValues: true },
  });
  return { client, doc, table: options.table, stats };
}

/** Reads the table and endpoint from the environment (Lambda and `npm start`). */
export function dbFromEnv(env: NodeJS.ProcessEnv = process.env): Db {
  const table = env.GRIDNET_TABLE;
  if (!table) throw new Error("GRIDNET_TABLE is not set: the name of gridnet's DynamoDB table.");
  return createDb({ table, endpoint: env.GRIDNET_DYNAMODB_ENDPOINT || undefined });
}

/**
 * The SDK warns on every Node below 22. Lambda runs gridnet on 22; Node 20 is the documented
 * local runtime, where the notice is noise in every test run and `npm start`.
 */
export function quietNodeVersionNotice(): void {
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= "true";
}
