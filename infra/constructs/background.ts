// Extension points for work that happens off the request path. Each is created only when its
// entry file exists (infra/config.ts looks for api/handlers/sweep.ts and notify.ts) or is named
// in context, so the stack deploys today and grows without a redesign.
import { Duration } from "aws-cdk-lib";
import * as events from "aws-cdk-lib/aws-events";
import * as targets from "aws-cdk-lib/aws-events-targets";
import * as lambda from "aws-cdk-lib/aws-lambda";
import { DynamoEventSource } from "aws-cdk-lib/aws-lambda-event-sources";
import type * as logs from "aws-cdk-lib/aws-logs";
import { Construct } from "constructs";
import { API_TABLE_ACTIONS, GridnetFunction } from "./function";
import type { GridnetTable } from "./table";

interface BackgroundProps {
  readonly entry: string;
  readonly table: GridnetTable;
  readonly environment: Record<string, string>;
  readonly logRetention: logs.RetentionDays;
  readonly retainLogs: boolean;
}

/** The overdue sweep: supervises open issues past their deadline, on a schedule. */
export class OverdueSweep extends Construct {
  readonly worker: GridnetFunction;
  readonly rule: events.Rule;

  constructor(scope: Construct, id: string, props: BackgroundProps & { every: Duration }) {
    super(scope, id);
    this.worker = new GridnetFunction(this, "Worker", {
      ...props,
      // The sweep writes supervision events in the same transactions the API uses.
      tableActions: API_TABLE_ACTIONS,
      description: "gridnet: overdue sweep (supervise issues past their deadline)",
      memorySize: 512,
      // A sweep pages through the overdue index; generous, and still far below the schedule.
      timeout: Duration.minutes(5),
      // Never two sweeps at once: the second would only race the first for the same issues.
      reservedConcurrency: 1,
    });
    this.rule = new events.Rule(this, "Schedule", {
      description: "gridnet overdue sweep",
      schedule: events.Schedule.rate(props.every),
      targets: [new targets.LambdaFunction(this.worker.fn, { retryAttempts: 2, maxEventAge: Duration.hours(1) })],
    });
  }
}

/** Notification delivery: reads new items from the table's stream and delivers them. */
export class NotificationDelivery extends Construct {
  readonly worker: GridnetFunction;

  constructor(scope: Construct, id: string, props: BackgroundProps) {
    super(scope, id);
    this.worker = new GridnetFunction(this, "Worker", {
      ...props,
      tableActions: ["dynamodb:GetItem", "dynamodb:Query", "dynamodb:UpdateItem"],
      description: "gridnet: notification delivery (table stream consumer)",
      memorySize: 512,
      timeout: Duration.seconds(60),
    });
    this.worker.fn.addEventSource(
      new DynamoEventSource(props.table.table, {
        startingPosition: lambda.StartingPosition.LATEST,
        batchSize: 100,
        maxBatchingWindow: Duration.seconds(5),
        bisectBatchOnError: true,
        retryAttempts: 3,
        reportBatchItemFailures: true,
        // Only new Notification items: each is delivered once, when the transition writes it;
        // the function is not woken for the issues, events and index entries around it.
        filters: [
          lambda.FilterCriteria.filter({
            eventName: lambda.FilterRule.isEqual("INSERT"),
            dynamodb: { NewImage: { type: { S: lambda.FilterRule.isEqual("Notification") } } },
          }),
        ],
      }),
    );
  }
}
