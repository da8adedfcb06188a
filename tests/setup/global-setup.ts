// One DynamoDB Local for the whole run (each test file makes its own table in it).
// Its endpoint reaches the test workers through the environment.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startDynamoDbLocal, type DynamoDbLocal } from "../../api/local/dynamodb-local";

declare global {
  // eslint-disable-next-line no-var
  var __gridnetDynamo: DynamoDbLocal | undefined;
}

export default async function globalSetup(): Promise<void> {
  // The key sensitive registry data is sealed with (api/kit/sealing.ts): one for the whole run,
  // in a temporary folder, as npm start keeps its own in its data folder.
  process.env.GRIDNET_SEAL_KEY_FILE ??= join(mkdtempSync(join(tmpdir(), "gridnet-seal-")), "seal.key");
  if (process.env.GRIDNET_DYNAMODB_ENDPOINT) return; // an endpoint the caller runs
  const dynamo = await startDynamoDbLocal({ log: (line) => process.stderr.write(`${line}\n`) });
  globalThis.__gridnetDynamo = dynamo;
  process.env.GRIDNET_DYNAMODB_ENDPOINT = dynamo.endpoint;
}
