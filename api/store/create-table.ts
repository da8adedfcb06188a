// Creates gridnet's table from the one definition: used by `npm start`, the tests and the
// benchmarks (the CDK stack builds the same keys in infra/).
import { CreateTableCommand, DescribeTableCommand, ResourceInUseException, UpdateTimeToLiveCommand, type DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { keyAttributes, tableDefinition as def } from "./table";

export async function createTable(client: DynamoDBClient, name: string): Promise<"created" | "exists"> {
  try {
    await client.send(
      new CreateTableCommand({
        TableName: name,
        BillingMode: "PAY_PER_REQUEST",
        AttributeDefinitions: keyAttributes(def).map((a) => ({ AttributeName: a, AttributeType: def.keyType })),
        KeySchema: [
          { AttributeName: def.partitionKey, KeyType: "HASH" },
          { AttributeName: def.sortKey, KeyType: "RANGE" },
        ],
        GlobalSecondaryIndexes: def.indexes.map((index) => ({
          IndexName: index.name,
          KeySchema: [
            { AttributeName: index.partitionKey, KeyType: "HASH" },
            { AttributeName: index.sortKey, KeyType: "RANGE" },
          ],
          Projection: { ProjectionType: "ALL" },
        })),
      }),
    );
  } catch (error) {
    if (error instanceof ResourceInUseException) return "exists";
    throw error;
  }
  await waitActive(client, name);
  await client.send(new UpdateTimeToLiveCommand({ TableName: name, TimeToLiveSpecification: { AttributeName: def.ttlAttribute, Enabled: true } }));
  return "created";
}

async function waitActive(client: DynamoDBClient, name: string): Promise<void> {
  for (let i = 0; i < 100; i += 1) {
    const { Table } = await client.send(new DescribeTableCommand({ TableName: name }));
    if (Table?.TableStatus === "ACTIVE") return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`Table ${name} did not become ACTIVE`);
}
