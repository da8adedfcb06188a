// gridnet's one DynamoDB table, built from api/store/table.ts — the same object the local
// server and the tests create their table from, so keys and indexes cannot drift.
import { RemovalPolicy } from "aws-cdk-lib";
import * as dynamodb from "aws-cdk-lib/aws-dynamodb";
import { Construct } from "constructs";
import { tableDefinition, type TableDefinition } from "../../api/store/table";

export interface GridnetTableProps {
  /** prod: deletion protection and RETAIN, so neither a stray `cdk destroy` nor a rename loses data. */
  readonly retain: boolean;
  readonly definition?: TableDefinition;
}

export class GridnetTable extends Construct {
  readonly table: dynamodb.TableV2;
  readonly definition: TableDefinition;

  constructor(scope: Construct, id: string, props: GridnetTableProps) {
    super(scope, id);
    const def = (this.definition = props.definition ?? tableDefinition);
    const key = (name: string): dynamodb.Attribute => ({ name, type: dynamodb.AttributeType.STRING });
    if (def.keyType !== "S") throw new Error(`table definition keyType ${def.keyType} is not supported by infra/`);

    this.table = new dynamodb.TableV2(this, "Table", {
      partitionKey: key(def.partitionKey),
      sortKey: key(def.sortKey),
      // On demand: a district's traffic is spiky (morning reports, monthly councils) and idle
      // at night; pay per request, nothing at rest but storage.
      billing: dynamodb.Billing.onDemand(),
      globalSecondaryIndexes: def.indexes.map((index) => ({
        indexName: index.name,
        partitionKey: key(index.partitionKey),
        sortKey: key(index.sortKey),
        // Matches api/store/create-table.ts: the hierarchy queries read whole items.
        projectionType: dynamodb.ProjectionType.ALL,
      })),
      timeToLiveAttribute: def.ttlAttribute,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      // The AWS-managed key (aws/dynamodb): KMS-encrypted at rest, key use visible in CloudTrail,
      // no $1/month customer key and no key policy to get wrong.
      encryption: dynamodb.TableEncryptionV2.awsManagedKey(),
      // Free to keep on; the partner change feed and notification delivery will read it.
      dynamoStream: dynamodb.StreamViewType.NEW_AND_OLD_IMAGES,
      deletionProtection: props.retain,
      removalPolicy: props.retain ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
    });
  }

  /** ARNs of the table and each of its indexes, named one by one: no `index/*` wildcard. */
  get arns(): string[] {
    return [this.table.tableArn, ...this.definition.indexes.map((index) => `${this.table.tableArn}/index/${index.name}`)];
  }
}
