// The stack's background functions come from the feature list (api/features.ts) and nothing else:
// one Lambda per FunctionSpec, with the trigger the spec names; a feature that declares one more
// spec gets one more function with no change to infra/; and the functions deployed before the
// list drove them keep their logical ids, so a deploy updates them instead of replacing them.
import type { Template } from "aws-cdk-lib/assertions";
import type { CfnElement } from "aws-cdk-lib";
import type { FunctionSpec } from "../../api/feature";
import { featureFunctions } from "../../infra/feature-functions";

const FEATURES = featureFunctions();
import { API_TABLE_ACTIONS } from "../../infra/constructs/function";
import type { GridnetStack } from "../../infra/gridnet-stack";
import { DEPLOYED_IDS } from "./deployed-ids";
import { build, synth, type StackOverrides } from "./synth";

type Resource = { Type: string; Properties: Record<string, unknown> };
const resourcesOf = (template: Template) => template.toJSON().Resources as Record<string, Resource>;
const SPECS: readonly FunctionSpec[] = FEATURES.flatMap((f) => f.functions ?? []);
const EVENTS = ["INSERT", "MODIFY", "REMOVE"] as const;
type StreamSpec = FunctionSpec & { trigger: Extract<FunctionSpec["trigger"], { stream: unknown }> };
type ScheduleSpec = FunctionSpec & { trigger: Extract<FunctionSpec["trigger"], { schedule: unknown }> };

/** The logical id of the Lambda function built for spec `id`. */
function functionId(stack: GridnetStack, id: string): string {
  const built = stack.functions.get(id);
  if (!built) throw new Error(`no function for ${id}`);
  return stack.getLogicalId(built.worker.fn.node.defaultChild as CfnElement);
}

/**
 * Lambda event filtering for the patterns the stack writes (exact values listed in arrays,
 * nested objects): a record matches when every listed field holds one of the listed values.
 */
function matches(pattern: unknown, value: unknown): boolean {
  if (Array.isArray(pattern)) return pattern.includes(value);
  if (typeof pattern !== "object" || pattern === null || typeof value !== "object" || value === null) return false;
  return Object.entries(pattern).every(([key, inner]) => matches(inner, (value as Record<string, unknown>)[key]));
}

/** A DynamoDB stream record as Lambda filters it: INSERT has only a new image, REMOVE only an old one. */
function streamRecord(eventName: (typeof EVENTS)[number], type: string) {
  const image = { pk: { S: "K#1" }, sk: { S: "K#1" }, type: { S: type } };
  return {
    eventName,
    dynamodb: { ...(eventName !== "REMOVE" ? { NewImage: image } : {}), ...(eventName !== "INSERT" ? { OldImage: image } : {}) },
  };
}

/** Asserts that spec's function is woken for exactly its events on exactly its item types. */
function expectStreamTrigger(template: Template, fnId: string, spec: StreamSpec) {
  const mappings = Object.values(template.findResources("AWS::Lambda::EventSourceMapping", { Properties: { FunctionName: { Ref: fnId } } })) as Resource[];
  expect(mappings).toHaveLength(1);
  const props = mappings[0].Properties;
  expect(props).toMatchObject({
    EventSourceArn: { "Fn::GetAtt": [expect.stringMatching(/^DataTable/), "StreamArn"] },
    StartingPosition: "LATEST",
    BatchSize: 100,
    MaximumBatchingWindowInSeconds: 5,
    BisectBatchOnFunctionError: true,
    MaximumRetryAttempts: 3,
    FunctionResponseTypes: ["ReportBatchItemFailures"],
  });
  const patterns = (props.FilterCriteria as { Filters: { Pattern: string }[] }).Filters.map((f) => JSON.parse(f.Pattern) as unknown);
  const { itemTypes, events } = spec.trigger.stream;
  expect(patterns.length).toBeGreaterThan(0);
  for (const eventName of EVENTS) {
    for (const type of [...itemTypes, "SomethingElse"]) {
      const wanted = (events as readonly string[]).includes(eventName) && itemTypes.includes(type);
      expect({ eventName, type, delivered: patterns.some((p) => matches(p, streamRecord(eventName, type))) }).toEqual({ eventName, type, delivered: wanted });
    }
  }
}

/** Asserts that spec's function runs on an EventBridge rule at its rate, one at a time. */
function expectScheduleTrigger(template: Template, fnId: string, spec: ScheduleSpec) {
  const { everyMinutes } = spec.trigger.schedule;
  const rules = Object.values(template.findResources("AWS::Events::Rule")).filter((r) => JSON.stringify((r as Resource).Properties.Targets).includes(`"${fnId}"`)) as Resource[];
  expect(rules).toHaveLength(1);
  expect(rules[0].Properties).toMatchObject({
    ScheduleExpression: everyMinutes === 1 ? "rate(1 minute)" : `rate(${everyMinutes} minutes)`,
    State: "ENABLED",
    Targets: [expect.objectContaining({ RetryPolicy: { MaximumRetryAttempts: 2, MaximumEventAgeInSeconds: 3600 } })],
  });
  template.hasResourceProperties("AWS::Lambda::Permission", { FunctionName: { "Fn::GetAtt": [fnId, "Arn"] }, Principal: "events.amazonaws.com" });
  const fn = resourcesOf(template)[fnId].Properties;
  expect({ reserved: fn.ReservedConcurrentExecutions, timeout: fn.Timeout }).toEqual({ reserved: 1, timeout: Math.min(300, everyMinutes * 60) });
}

function expectTrigger(template: Template, fnId: string, spec: FunctionSpec) {
  if ("schedule" in spec.trigger) expectScheduleTrigger(template, fnId, { ...spec, trigger: spec.trigger });
  else expectStreamTrigger(template, fnId, { ...spec, trigger: spec.trigger });
}

describe("one function per FunctionSpec in FEATURES", () => {
  const { stack, template } = synth();

  test("Lambda functions: one per spec, plus the GraphQL API and the Cognito token trigger", () => {
    template.resourceCountIs("AWS::Lambda::Function", SPECS.length + 2);
    template.resourceCountIs("AWS::Events::Rule", SPECS.filter((s) => "schedule" in s.trigger).length);
    template.resourceCountIs("AWS::Lambda::EventSourceMapping", SPECS.filter((s) => "stream" in s.trigger).length);
  });

  test.each(SPECS.map((s) => [s.id, s] as const))("%s: Node 22 on arm64, 512 MB, its description, the API's environment, its own log group", (id, spec) => {
    const fnId = functionId(stack, id);
    const fn = resourcesOf(template)[fnId];
    expect(fn.Type).toBe("AWS::Lambda::Function");
    expect(fn.Properties).toMatchObject({
      Description: spec.description,
      Runtime: "nodejs22.x",
      Architectures: ["arm64"],
      MemorySize: 512,
      Handler: "index.handler",
      LoggingConfig: { LogFormat: "JSON", LogGroup: { Ref: expect.stringMatching(new RegExp(`^${id}WorkerLogs`)) } },
    });
    expect(Object.keys((fn.Properties.Environment as { Variables: object }).Variables).sort()).toEqual(
      ["GRIDNET_AUTH_AUDIENCE", "GRIDNET_AUTH_ISSUER", "GRIDNET_AUTH_JWKS_URL", "GRIDNET_TABLE", "NODE_ENV"].sort(),
    );
  });

  test.each(SPECS.map((s) => [s.id, s] as const))("%s: the trigger its spec names", (id, spec) => {
    expectTrigger(template, functionId(stack, id), spec);
  });

  test.each(SPECS.map((s) => [s.id, s] as const))("%s: table access by kind, named resources only", (id, spec) => {
    const roleRef = (resourcesOf(template)[functionId(stack, id)].Properties.Role as { "Fn::GetAtt": [string, string] })["Fn::GetAtt"][0];
    const policy = Object.values(template.findResources("AWS::IAM::Policy", { Properties: { Roles: [{ Ref: roleRef }] } }))[0] as Resource;
    const statements = (policy.Properties.PolicyDocument as { Statement: { Action: string | string[]; Resource: unknown }[] }).Statement;
    const onTable = statements.find((s) => JSON.stringify(s.Resource).includes("DataTable") && !JSON.stringify(s.Resource).includes("Stream"));
    const expected = "schedule" in spec.trigger ? [...API_TABLE_ACTIONS] : ["dynamodb:GetItem", "dynamodb:Query", "dynamodb:UpdateItem"];
    expect(([] as string[]).concat(onTable!.Action).sort()).toEqual(expected.sort());
    for (const s of statements) expect(([] as string[]).concat(s.Action).filter((a) => a.includes("*"))).toEqual([]);
  });
});

describe("the logical ids of resources deployed before the list drove the functions", () => {
  test.each([
    ["gridnet-dev", {}],
    ["gridnet-prod", { stage: "prod" }],
  ] as const)("%s: every recorded logical id is still there, with the same type", (name, context) => {
    const { template } = synth(context);
    const types = Object.fromEntries(Object.entries(resourcesOf(template)).map(([id, r]) => [id, r.Type]));
    const recorded = DEPLOYED_IDS[name];
    const missing = Object.entries(recorded).filter(([id, type]) => types[id] !== type);
    expect(missing).toEqual([]);
  });
});

describe("a feature declaring one more function, given to the stack and nothing else", () => {
  const base = resourcesOf(synth().template);
  const added: [string, FunctionSpec][] = [
    ["scheduled", { id: "ParcelReminders", entry: "api/issues/sweep.handler.ts", description: "test: parcel reminders", trigger: { schedule: { everyMinutes: 2 } } }],
    [
      "stream (changes and removals of two item types)",
      {
        id: "ParcelAudit",
        entry: "api/handlers/notify.ts",
        description: "test: parcel audit",
        trigger: { stream: { itemTypes: ["Parcel", "Locker"], events: ["MODIFY", "REMOVE"] } },
      },
    ],
  ];

  test.each(added)("%s: one more Lambda with its trigger; every other resource unchanged", (_kind, spec) => {
    const parcels = { name: "parcels", functions: [spec] };
    const overrides: StackOverrides = { features: [...FEATURES, parcels] };
    const { stack, template } = synth({}, undefined, false, overrides);
    const now = resourcesOf(template);

    template.resourceCountIs("AWS::Lambda::Function", Object.values(base).filter((r) => r.Type === "AWS::Lambda::Function").length + 1);
    for (const [id, resource] of Object.entries(base)) expect({ id, resource: now[id] }).toEqual({ id, resource });
    const fresh = Object.keys(now).filter((id) => !(id in base));
    expect(fresh.filter((id) => !id.startsWith(spec.id))).toEqual([]);
    const fnId = functionId(stack, spec.id);
    expect(now[fnId].Properties).toMatchObject({ Description: spec.description, Runtime: "nodejs22.x", Architectures: ["arm64"] });
    expectTrigger(template, fnId, spec);
  });
});

describe("a spec the stack cannot deploy is refused at synth, naming the feature and the function", () => {
  const spec: FunctionSpec = { id: "Extra", entry: "api/issues/sweep.handler.ts", description: "test", trigger: { schedule: { everyMinutes: 15 } } };
  const withSpec = (...specs: FunctionSpec[]): StackOverrides => ({ features: [...FEATURES, { name: "extra", functions: specs }] });
  const stream = (itemTypes: string[], events: ("INSERT" | "MODIFY" | "REMOVE")[]): FunctionSpec => ({ ...spec, trigger: { stream: { itemTypes, events } } });

  test.each([
    ["an id another feature uses", withSpec({ ...spec, id: SPECS[0].id }), /feature extra: function id .* is already used in the stack/],
    ["an id the stack uses", withSpec({ ...spec, id: "Data" }), /feature extra: function id Data is already used in the stack \(gridnet-dev\/Data\)/],
    ["an entry that does not exist", withSpec({ ...spec, entry: "api/handlers/nope.ts" }), /feature extra, function Extra: entry api\/handlers\/nope.ts does not exist/],
    ["an entry outside the repository", withSpec({ ...spec, entry: "../elsewhere/sweep.ts" }), /feature extra, function Extra: entry must be a path inside the repository/],
    ["a schedule of 0 minutes", withSpec({ ...spec, trigger: { schedule: { everyMinutes: 0 } } }), /everyMinutes must be a whole number of minutes >= 1, got 0/],
    ["a schedule of 2.5 minutes", withSpec({ ...spec, trigger: { schedule: { everyMinutes: 2.5 } } }), /everyMinutes must be a whole number .* got 2.5/],
    ["a stream filter with no item type", withSpec(stream([], ["INSERT"])), /stream.itemTypes and stream.events must each name at least one/],
    ["a stream filter with no event", withSpec(stream(["Parcel"], [])), /stream.itemTypes and stream.events must each name at least one/],
  ])("%s", (_name, overrides, message) => {
    expect(() => build({}, undefined, false, overrides)).toThrow(message);
  });

  test("a valid spec in the same place builds (the refusals above are about the spec alone)", () => {
    const { stack } = build({}, undefined, false, withSpec(spec));
    expect(stack.functions.has("Extra")).toBe(true);
  });
});
