// The deployable stack: what it creates and how, proven offline with aws-cdk-lib/assertions.
import { Match } from "aws-cdk-lib/assertions";
import { featureFunctions } from "../../infra/feature-functions";

const FEATURES = featureFunctions();
import { tableDefinition } from "../../api/store/table";
import { ROLES } from "../../infra/constructs/identity";
import { API_TABLE_ACTIONS } from "../../infra/constructs/function";
import { statements, synth } from "./synth";

describe("dev stack", () => {
  const { template } = synth();

  test("the table is built from api/store/table.ts: keys, indexes, TTL, on demand, PITR, KMS, stream", () => {
    const gsis = tableDefinition.indexes.map((index) =>
      Match.objectLike({
        IndexName: index.name,
        KeySchema: [
          { AttributeName: index.partitionKey, KeyType: "HASH" },
          { AttributeName: index.sortKey, KeyType: "RANGE" },
        ],
        Projection: { ProjectionType: "ALL" },
      }),
    );
    template.hasResourceProperties("AWS::DynamoDB::GlobalTable", {
      KeySchema: [
        { AttributeName: tableDefinition.partitionKey, KeyType: "HASH" },
        { AttributeName: tableDefinition.sortKey, KeyType: "RANGE" },
      ],
      BillingMode: "PAY_PER_REQUEST",
      GlobalSecondaryIndexes: gsis,
      TimeToLiveSpecification: { AttributeName: tableDefinition.ttlAttribute, Enabled: true },
      SSESpecification: { SSEEnabled: true, SSEType: "KMS" },
      StreamSpecification: { StreamViewType: "NEW_AND_OLD_IMAGES" },
      Replicas: [Match.objectLike({ PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true } })],
    });
  });

  test("dev tables can be thrown away", () => {
    template.hasResource("AWS::DynamoDB::GlobalTable", { DeletionPolicy: "Delete" });
    template.hasResourceProperties("AWS::DynamoDB::GlobalTable", {
      Replicas: [Match.objectLike({ DeletionProtectionEnabled: false })],
    });
  });

  test("the GraphQL Lambda: Node 22 on arm64, memory and timeout set, environment from the stack", () => {
    template.hasResourceProperties("AWS::Lambda::Function", {
      Description: Match.stringLikeRegexp("GraphQL"),
      Runtime: "nodejs22.x",
      Architectures: ["arm64"],
      MemorySize: 1024,
      Timeout: 10,
      Environment: {
        Variables: {
          NODE_ENV: "production",
          GRIDNET_TABLE: Match.anyValue(),
          GRIDNET_AUTH_ISSUER: Match.anyValue(),
          GRIDNET_AUTH_JWKS_URL: Match.anyValue(),
          GRIDNET_AUTH_AUDIENCE: Match.anyValue(),
        },
      },
    });
  });

  test("least privilege: listed DynamoDB actions on the table, Query on named indexes, no wildcards", () => {
    const all = statements(template);
    const actions = all.flatMap((s) => ([] as string[]).concat(s.Action));
    expect(actions).not.toContain("dynamodb:*");
    expect(actions).not.toContain("dynamodb:Scan");
    expect(actions.filter((a) => a.includes("*"))).toEqual([]);
    const tableStatement = all.find((s) => ([] as string[]).concat(s.Action).includes("dynamodb:PutItem"));
    expect(([] as string[]).concat(tableStatement!.Action).sort()).toEqual([...API_TABLE_ACTIONS].sort());
    const indexStatement = all.find((s) => JSON.stringify(s.Resource).includes("/index/"));
    expect(indexStatement!.Action).toBe("dynamodb:Query");
    const indexResources = JSON.stringify(indexStatement!.Resource);
    for (const index of tableDefinition.indexes) expect(indexResources).toContain(`/index/${index.name}`);
    expect(indexResources).not.toContain("/index/*");
  });

  test("no AWS managed policies: each function logs only to its own group", () => {
    const roles = template.findResources("AWS::IAM::Role");
    for (const role of Object.values(roles)) expect((role as { Properties: Record<string, unknown> }).Properties.ManagedPolicyArns).toBeUndefined();
    // GraphQL, token trigger, API access logs, and one per feature function (sweep, delivery).
    template.resourceCountIs("AWS::Logs::LogGroup", 3 + FEATURES.flatMap((f) => f.functions ?? []).length);
    template.allResourcesProperties("AWS::Logs::LogGroup", { RetentionInDays: 14 });
  });

  test("HTTP API: POST and GET /graphql only, CORS for dev origins, throttled stage with access logs", () => {
    template.hasResourceProperties("AWS::ApiGatewayV2::Api", {
      ProtocolType: "HTTP",
      CorsConfiguration: Match.objectLike({ AllowOrigins: ["http://localhost:3000", "http://localhost:5173"] }),
    });
    template.resourceCountIs("AWS::ApiGatewayV2::Route", 2);
    template.hasResourceProperties("AWS::ApiGatewayV2::Route", { RouteKey: "POST /graphql" });
    template.hasResourceProperties("AWS::ApiGatewayV2::Stage", {
      StageName: "$default",
      AutoDeploy: true,
      DefaultRouteSettings: { ThrottlingRateLimit: 50, ThrottlingBurstLimit: 100 },
      AccessLogSettings: { DestinationArn: Match.anyValue(), Format: Match.stringLikeRegexp("requestId") },
    });
  });

  test("alarms on Lambda errors, throttles, p99 duration and API 5xx, all to the alarm topic", () => {
    template.resourceCountIs("AWS::CloudWatch::Alarm", 4);
    template.hasResourceProperties("AWS::CloudWatch::Alarm", { MetricName: "Errors", Namespace: "AWS/Lambda" });
    template.hasResourceProperties("AWS::CloudWatch::Alarm", { MetricName: "Throttles", Namespace: "AWS/Lambda" });
    template.hasResourceProperties("AWS::CloudWatch::Alarm", { MetricName: "Duration", ExtendedStatistic: "p99", Threshold: 3000 });
    template.hasResourceProperties("AWS::CloudWatch::Alarm", { MetricName: "5xx", Namespace: "AWS/ApiGateway" });
    template.allResourcesProperties("AWS::CloudWatch::Alarm", { AlarmActions: [Match.objectLike({ Ref: Match.stringLikeRegexp("AlarmsTopic") })] });
  });

  test("Cognito: custom role and org_id attributes, one group per role, no self sign-up, V3 token trigger", () => {
    template.hasResourceProperties("AWS::Cognito::UserPool", {
      UserPoolTier: "ESSENTIALS",
      AdminCreateUserConfig: { AllowAdminCreateUserOnly: true },
      Schema: Match.arrayWith([
        Match.objectLike({ Name: "role", AttributeDataType: "String", Mutable: true }),
        Match.objectLike({ Name: "org_id", AttributeDataType: "String", Mutable: true }),
      ]),
      LambdaConfig: { PreTokenGenerationConfig: { LambdaArn: Match.anyValue(), LambdaVersion: "V3_0" } },
    });
    template.resourceCountIs("AWS::Cognito::UserPoolGroup", ROLES.length);
    for (const role of ROLES) template.hasResourceProperties("AWS::Cognito::UserPoolGroup", { GroupName: role });
  });

  test("the web client has no secret and cannot write custom:role or custom:org_id", () => {
    const clients = template.findResources("AWS::Cognito::UserPoolClient", { Properties: { ClientName: "web-and-mini-program" } });
    const web = Object.values(clients)[0] as { Properties: Record<string, string[] | boolean> };
    expect(web.Properties.GenerateSecret).toBe(false);
    expect(web.Properties.ExplicitAuthFlows).toEqual(expect.arrayContaining(["ALLOW_USER_SRP_AUTH"]));
    expect(web.Properties.AllowedOAuthFlows).toEqual(["code"]);
    expect(web.Properties.ReadAttributes).toEqual(expect.arrayContaining(["custom:role", "custom:org_id"]));
    expect(web.Properties.WriteAttributes).not.toEqual(expect.arrayContaining(["custom:role"]));
    expect(web.Properties.WriteAttributes).not.toEqual(expect.arrayContaining(["custom:org_id"]));
  });

  test("partners: a client-credentials client with read, feed and its one org scope", () => {
    template.hasResourceProperties("AWS::Cognito::UserPoolResourceServer", {
      Identifier: "gridnet",
      Scopes: Match.arrayWith([Match.objectLike({ ScopeName: "read" }), Match.objectLike({ ScopeName: "feed" }), Match.objectLike({ ScopeName: "org:500106" })]),
    });
    template.hasResourceProperties("AWS::Cognito::UserPoolClient", {
      ClientName: "partner-demo-partner",
      GenerateSecret: true,
      AllowedOAuthFlows: ["client_credentials"],
      ExplicitAuthFlows: ["ALLOW_REFRESH_TOKEN_AUTH"],
    });
    const partner = Object.values(template.findResources("AWS::Cognito::UserPoolClient", { Properties: { ClientName: "partner-demo-partner" } }))[0];
    const scopes = JSON.stringify((partner as { Properties: { AllowedOAuthScopes: unknown[] } }).Properties.AllowedOAuthScopes);
    for (const scope of ["/read", "/feed", "/org:500106"]) expect(scopes).toContain(scope);
  });

  test("outputs: API URL, table, issuer, user pool, client ids, token URL", () => {
    for (const id of ["ApiUrl", "TableName", "AuthIssuer", "AuthJwksUrl", "UserPoolId", "WebClientId", "PartnerClientId1", "TokenUrl", "AlarmTopicArn"]) {
      template.hasOutput(id, {});
    }
  });
});

describe("prod stack", () => {
  const { template } = synth({ stage: "prod", corsOrigins: "https://console.example.gov.cn", reservedConcurrency: 50 });

  test("the table is retained and deletion-protected", () => {
    template.hasResource("AWS::DynamoDB::GlobalTable", { DeletionPolicy: "Retain", UpdateReplacePolicy: "Retain" });
    template.hasResourceProperties("AWS::DynamoDB::GlobalTable", { Replicas: [Match.objectLike({ DeletionProtectionEnabled: true })] });
  });

  test("the user pool is retained and deletion-protected; logs kept six months", () => {
    template.hasResource("AWS::Cognito::UserPool", { DeletionPolicy: "Retain" });
    template.hasResourceProperties("AWS::Cognito::UserPool", { DeletionProtection: "ACTIVE" });
    template.allResourcesProperties("AWS::Logs::LogGroup", { RetentionInDays: 180 });
  });

  test("prod has no demo partner and no localhost callbacks; CORS and concurrency come from context", () => {
    template.resourceCountIs("AWS::Cognito::UserPoolClient", 1);
    template.hasResourceProperties("AWS::Cognito::UserPoolClient", { AllowedOAuthFlowsUserPoolClient: false });
    template.hasResourceProperties("AWS::ApiGatewayV2::Api", { CorsConfiguration: Match.objectLike({ AllowOrigins: ["https://console.example.gov.cn"] }) });
    template.hasResourceProperties("AWS::Lambda::Function", { Description: Match.stringLikeRegexp("GraphQL"), ReservedConcurrentExecutions: 50 });
    template.hasResourceProperties("AWS::ApiGatewayV2::Stage", { DefaultRouteSettings: { ThrottlingRateLimit: 500, ThrottlingBurstLimit: 1000 } });
  });
});

describe("the features' functions and the options", () => {
  // Bundling is skipped here, only the wiring is checked; tests/infra/feature-functions.test.ts
  // checks every spec generically, these two say what today's features deploy.
  const { template } = synth({ provisionedConcurrency: 2, alarmEmail: "oncall@example.gov.cn" });

  test("the overdue sweep runs every 15 minutes, one at a time", () => {
    template.hasResourceProperties("AWS::Events::Rule", { ScheduleExpression: "rate(15 minutes)", State: "ENABLED" });
    template.hasResourceProperties("AWS::Lambda::Function", { Description: Match.stringLikeRegexp("overdue sweep"), ReservedConcurrentExecutions: 1 });
  });

  test("notification delivery reads only new Notification items from the table stream", () => {
    template.hasResourceProperties("AWS::Lambda::EventSourceMapping", {
      StartingPosition: "LATEST",
      FilterCriteria: { Filters: [{ Pattern: JSON.stringify({ eventName: ["INSERT"], dynamodb: { NewImage: { type: { S: ["Notification"] } } } }) }] },
    });
  });

  test("provisioned concurrency puts the API behind a 'live' alias; alarm email subscribes", () => {
    template.hasResourceProperties("AWS::Lambda::Alias", { Name: "live", ProvisionedConcurrencyConfig: { ProvisionedConcurrentExecutions: 2 } });
    template.hasResourceProperties("AWS::SNS::Subscription", { Protocol: "email", Endpoint: "oncall@example.gov.cn" });
  });
});
