// One DynamoDB Local for the whole run (each test file makes its own table in it).
// Its endpoint reaches the test workers through the environment.
import { startDynamoDbLocal, type DynamoDbLocal } from "../../api/local/dynamodb-local";

declare global {
  // eslint-disable-next-line no-var
  var __gridnetDynamo: DynamoDbLocal | undefined;
}

export default async function globalSetup(): Promise<void> {
  if (process.env.GRIDNET_DYNAMODB_ENDPOINT) return; // an endpoint the caller runs
  const dynamo = await startDynamoDbLocal({ log: (line) => process.stderr.write(`${line}\n`) });
  globalThis.__gridnetDynamo = dynamo;
  process.env.GRIDNET_DYNAMODB_ENDPOINT = dynamo.endpoint;
}
