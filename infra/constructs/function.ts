// One gridnet Lambda: NodejsFunction bundled with the shared esbuild options, its own log
// group with a retention, and a role that can write to that log group and do exactly the
// listed DynamoDB actions on the table and its named indexes — nothing else.
import { type Duration, RemovalPolicy, Validations } from "aws-cdk-lib";
import * as iam from "aws-cdk-lib/aws-iam";
import * as lambda from "aws-cdk-lib/aws-lambda";
import { NodejsFunction } from "aws-cdk-lib/aws-lambda-nodejs";
import * as logs from "aws-cdk-lib/aws-logs";
import { Construct } from "constructs";
import { join } from "node:path";
import { nodejsBundling, REPO_ROOT } from "../bundle-options";
import type { GridnetTable } from "./table";

/** What a request path may do. No Scan (every list is a Query, docs/access-patterns.md), no table admin. */
export const API_TABLE_ACTIONS = [
  "dynamodb:GetItem",
  "dynamodb:BatchGetItem",
  "dynamodb:Query",
  "dynamodb:PutItem",
  "dynamodb:UpdateItem",
  "dynamodb:DeleteItem",
  // TransactWriteItems has no IAM action of its own: each Put/Update/Delete/ConditionCheck in
  // the transaction is authorised as that action.
  "dynamodb:ConditionCheckItem",
] as const;

/** GSIs are only ever queried. */
export const INDEX_ACTIONS = ["dynamodb:Query"] as const;

export interface GridnetFunctionProps {
  readonly entry: string;
  /** Absent: the function gets no table access at all (the Cognito token trigger). */
  readonly table?: GridnetTable;
  readonly tableActions?: readonly string[];
  readonly environment: Record<string, string>;
  readonly memorySize: number;
  readonly timeout: Duration;
  readonly logRetention: logs.RetentionDays;
  readonly retainLogs: boolean;
  readonly reservedConcurrency?: number;
  readonly description: string;
}

export class GridnetFunction extends Construct {
  readonly fn: NodejsFunction;
  readonly logGroup: logs.LogGroup;
  readonly role: iam.Role;

  constructor(scope: Construct, id: string, props: GridnetFunctionProps) {
    super(scope, id);
    this.logGroup = new logs.LogGroup(this, "Logs", {
      retention: props.logRetention,
      removalPolicy: props.retainLogs ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
    });

    // Our own role instead of AWSLambdaBasicExecutionRole, which may write to any log group.
    this.role = new iam.Role(this, "Role", {
      assumedBy: new iam.ServicePrincipal("lambda.amazonaws.com"),
      description: `${props.description} (logs to its own group, table access listed)`,
    });
    this.role.addToPolicy(
      new iam.PolicyStatement({
        actions: ["logs:CreateLogStream", "logs:PutLogEvents"],
        resources: [this.logGroup.logGroupArn],
      }),
    );
    if (props.table && props.tableActions?.length) {
      const [tableArn, ...indexArns] = props.table.arns;
      this.role.addToPolicy(new iam.PolicyStatement({ actions: [...props.tableActions], resources: [tableArn] }));
      const indexActions = props.tableActions.filter((a) => (INDEX_ACTIONS as readonly string[]).includes(a));
      if (indexActions.length) this.role.addToPolicy(new iam.PolicyStatement({ actions: indexActions, resources: indexArns }));
    }

    this.fn = new NodejsFunction(this, "Function", {
      entry: props.entry,
      handler: "handler",
      description: props.description,
      runtime: lambda.Runtime.NODEJS_22_X,
      // Graviton: ~20 % cheaper per GB-second than x86 and as fast for this I/O-bound work.
      architecture: lambda.Architecture.ARM_64,
      memorySize: props.memorySize,
      timeout: props.timeout,
      role: this.role,
      logGroup: this.logGroup,
      loggingFormat: lambda.LoggingFormat.JSON,
      environment: props.environment,
      reservedConcurrentExecutions: props.reservedConcurrency,
      projectRoot: REPO_ROOT,
      depsLockFilePath: join(REPO_ROOT, "package-lock.json"),
      bundling: nodejsBundling(),
    });
    Validations.of(this.fn).acknowledge({
      id: "AwsSolutions::AwsSolutions-L1",
      reason:
        "nodejs22.x on purpose: it is the Node line gridnet is built and tested for (local and CI run Node 20-22, " +
        "@as-integrations/aws-lambda 4.1 declares node >= 22) and it is supported by Lambda into 2027. " +
        "Moving to nodejs24.x is a one-line change once the toolchain is tested on Node 24.",
    });
  }
}
