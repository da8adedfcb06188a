// The Lambda functions that run off the request path, one per FunctionSpec a feature declares
// (api/feature.ts): on a schedule, or fed by the table's stream. Nothing here knows any feature;
// the settings follow from the kind of trigger, so a feature adds a function without touching
// infra/. Each construct takes its spec's id and names its children "Worker" and "Schedule", as
// the hand-written constructs before it did, so the logical ids of deployed functions stay what
// they were (tests/infra/feature-functions.test.ts).
import { Duration } from "aws-cdk-lib";
import * as events from "aws-cdk-lib/aws-events";
import * as targets from "aws-cdk-lib/aws-events-targets";
import * as lambda from "aws-cdk-lib/aws-lambda";
import { DynamoEventSource } from "aws-cdk-lib/aws-lambda-event-sources";
import type * as logs from "aws-cdk-lib/aws-logs";
import { Construct } from "constructs";
import { existsSync } from "node:fs";
import { isAbsolute, relative, resolve } from "node:path";
import type { FunctionSpec } from "../../api/feature";
import { REPO_ROOT } from "../bundle-options";
import { API_TABLE_ACTIONS, GridnetFunction } from "./function";
import type { GridnetTable } from "./table";

type ScheduleTrigger = Extract<FunctionSpec["trigger"], { schedule: unknown }>["schedule"];
type StreamTrigger = Extract<FunctionSpec["trigger"], { stream: unknown }>["stream"];
type StreamEvent = StreamTrigger["events"][number];

/** What every background function gets from the stack. */
export interface BackgroundProps {
  readonly table: GridnetTable;
  readonly environment: Record<string, string>;
  readonly logRetention: logs.RetentionDays;
  readonly retainLogs: boolean;
}

/** One function: its spec, and the name of the feature that declared it (for error messages). */
interface SpecProps<T> extends BackgroundProps {
  readonly spec: FunctionSpec & { readonly trigger: T };
  readonly feature: string;
}

/** Every item carries its kind in this attribute (`type: "Issue"`, `type: "Notification"`, …). */
export const ITEM_TYPE_ATTRIBUTE = "type";

/** A spec's entry as an absolute path; refused when it leaves the repository or does not exist. */
function entryOf({ spec, feature: owner }: SpecProps<unknown>): string {
  const entry = resolve(REPO_ROOT, spec.entry);
  const inside = relative(REPO_ROOT, entry);
  if (isAbsolute(spec.entry) || inside.startsWith("..")) {
    throw new Error(`feature ${owner}, function ${spec.id}: entry must be a path inside the repository, got ${spec.entry.slice(0, 120)}`);
  }
  if (!existsSync(entry)) throw new Error(`feature ${owner}, function ${spec.id}: entry ${spec.entry} does not exist`);
  return entry;
}

/** Runs a feature's function every N minutes, never two at once. */
export class ScheduledFunction extends Construct {
  readonly worker: GridnetFunction;
  readonly rule: events.Rule;

  constructor(scope: Construct, id: string, props: SpecProps<{ schedule: ScheduleTrigger }>) {
    super(scope, id);
    const { spec, feature: owner, ...common } = props;
    const { everyMinutes } = spec.trigger.schedule;
    // EventBridge rates are whole minutes; anything else would be rounded silently or refused at deploy.
    if (!Number.isInteger(everyMinutes) || everyMinutes < 1) {
      throw new Error(`feature ${owner}, function ${spec.id}: schedule.everyMinutes must be a whole number of minutes >= 1, got ${everyMinutes}`);
    }
    this.worker = new GridnetFunction(this, "Worker", {
      ...common,
      entry: entryOf(props),
      // A scheduled job does the domain's work (the overdue sweep writes supervision events) in
      // the same transactions the API uses, so it may do what a request may, and no more.
      tableActions: API_TABLE_ACTIONS,
      description: spec.description,
      memorySize: 512,
      // Pages through an index; generous, and never longer than the interval, so a run that hangs
      // has ended before the next one is due.
      timeout: Duration.minutes(Math.min(5, everyMinutes)),
      // Never two runs at once: the second would only race the first for the same items.
      reservedConcurrency: 1,
    });
    this.rule = new events.Rule(this, "Schedule", {
      description: `${spec.description}, every ${everyMinutes} min`.slice(0, 512),
      schedule: events.Schedule.rate(Duration.minutes(everyMinutes)),
      targets: [new targets.LambdaFunction(this.worker.fn, { retryAttempts: 2, maxEventAge: Duration.hours(1) })],
    });
  }
}

/**
 * The stream filter for a spec: only the listed events on items of the listed types, so the
 * function is not woken for everything else written around them. INSERT and MODIFY are matched
 * on the new image; a REMOVE has none, so it is matched on the old image, in a second filter
 * (Lambda delivers a record that matches any filter).
 */
export function streamFilters(trigger: StreamTrigger): Record<string, unknown>[] {
  const types = lambda.FilterRule.or(...trigger.itemTypes);
  const onNewImage = trigger.events.filter((e): e is Exclude<StreamEvent, "REMOVE"> => e !== "REMOVE");
  const filters: Record<string, unknown>[] = [];
  if (onNewImage.length) {
    filters.push(
      lambda.FilterCriteria.filter({
        eventName: lambda.FilterRule.or(...onNewImage),
        dynamodb: { NewImage: { [ITEM_TYPE_ATTRIBUTE]: { S: types } } },
      }),
    );
  }
  if (trigger.events.includes("REMOVE")) {
    filters.push(
      lambda.FilterCriteria.filter({
        eventName: lambda.FilterRule.isEqual("REMOVE"),
        dynamodb: { OldImage: { [ITEM_TYPE_ATTRIBUTE]: { S: types } } },
      }),
    );
  }
  return filters;
}

/** Feeds a feature's function the table-stream records its spec asks for, in batches. */
export class StreamFunction extends Construct {
  readonly worker: GridnetFunction;

  constructor(scope: Construct, id: string, props: SpecProps<{ stream: StreamTrigger }>) {
    super(scope, id);
    const { spec, feature: owner, ...common } = props;
    const { itemTypes, events: kinds } = spec.trigger.stream;
    // An empty list would match nothing (or, left out of the pattern, everything).
    if (itemTypes.length === 0 || kinds.length === 0) {
      throw new Error(`feature ${owner}, function ${spec.id}: stream.itemTypes and stream.events must each name at least one`);
    }
    this.worker = new GridnetFunction(this, "Worker", {
      ...common,
      entry: entryOf(props),
      // A consumer reads what it was given and marks it done (delivered, forwarded); it does not
      // write new records, so no Put, Delete or transaction checks.
      tableActions: ["dynamodb:GetItem", "dynamodb:Query", "dynamodb:UpdateItem"],
      description: spec.description,
      memorySize: 512,
      timeout: Duration.seconds(60),
    });
    this.worker.fn.addEventSource(
      new DynamoEventSource(props.table.table, {
        startingPosition: lambda.StartingPosition.LATEST,
        batchSize: 100,
        maxBatchingWindow: Duration.seconds(5),
        // A failing record is retried on its own (the handler reports it), and a batch that
        // crashes is split until the bad record is isolated, so one record cannot hold up the rest.
        bisectBatchOnError: true,
        retryAttempts: 3,
        reportBatchItemFailures: true,
        filters: streamFilters(spec.trigger.stream),
      }),
    );
  }
}

/** The construct for one spec, by its kind of trigger, with the spec's id as construct id. */
export function backgroundFunction(scope: Construct, spec: FunctionSpec, feature: string, props: BackgroundProps): ScheduledFunction | StreamFunction {
  const { trigger } = spec;
  if ("schedule" in trigger) return new ScheduledFunction(scope, spec.id, { ...props, feature, spec: { ...spec, trigger } });
  return new StreamFunction(scope, spec.id, { ...props, feature, spec: { ...spec, trigger } });
}
