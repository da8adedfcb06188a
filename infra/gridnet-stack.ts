// gridnet on AWS: one stack per stage (dev, prod). The table, the GraphQL Lambda behind an HTTP
// API, identity (Cognito or an external OIDC issuer), alarms, and one function per FunctionSpec the
// features declare (each api/<feature>/<feature>.functions.ts, infra/feature-functions.ts), scheduled or fed by the table's stream.
// Nothing here looks anything up at synth time, so `cdk synth` runs offline without credentials.
//
// Reading the feature list loads every feature's resolvers, and type-graphql's decorators throw
// unless reflect-metadata is loaded before the first decorated class. The api files import it
// themselves; importing it here, before the list, keeps synth from depending on their order.
import "reflect-metadata";
import { CfnOutput, Duration, Stack, type StackProps } from "aws-cdk-lib";
import type * as lambda from "aws-cdk-lib/aws-lambda";
import * as logs from "aws-cdk-lib/aws-logs";
import type { Construct } from "constructs";
import { GRAPHQL_ENTRY } from "./bundle-options";
import { featureFunctions, type FeatureFunctions } from "./feature-functions";
import { ChinaRegionCheck, isChinaRegion, missingIssuerMessage } from "./china";
import { ConfigError, type GridnetConfig } from "./config";
import { ApiAlarms } from "./constructs/alarms";
import { backgroundFunction, type ScheduledFunction, type StreamFunction } from "./constructs/background";
import { API_TABLE_ACTIONS, GridnetFunction } from "./constructs/function";
import { GraphqlApi } from "./constructs/http-api";
import { Identity } from "./constructs/identity";
import { GridnetTable } from "./constructs/table";

export interface GridnetStackProps extends StackProps {
  readonly config: GridnetConfig;
  /** The GraphQL Lambda entry; tests may point it elsewhere. */
  readonly graphqlEntry?: string;
  /** Whose functions to deploy; every feature's manifest (feature-functions.ts) unless a test gives its own list. */
  readonly features?: readonly FeatureFunctions[];
}

/** What differs between stages, beside what context sets. */
const STAGES = {
  // 网络安全法 (Cybersecurity Law) art. 21: network logs kept at least six months in production.
  dev: { retain: false, logRetention: logs.RetentionDays.TWO_WEEKS, rateLimit: 50, burstLimit: 100 },
  prod: { retain: true, logRetention: logs.RetentionDays.SIX_MONTHS, rateLimit: 500, burstLimit: 1000 },
} as const;

export class GridnetStack extends Stack {
  readonly table: GridnetTable;
  readonly identity: Identity;
  readonly graphql: GridnetFunction;
  readonly api: GraphqlApi;
  readonly alarms: ApiAlarms;
  /** The features' functions, by spec id. */
  readonly functions = new Map<string, ScheduledFunction | StreamFunction>();

  constructor(scope: Construct, id: string, props: GridnetStackProps) {
    super(scope, id, props);
    const { config } = props;
    const stage = STAGES[config.stage];
    const logs = { logRetention: stage.logRetention, retainLogs: stage.retain };

    // China first: without an issuer the stack would build a Cognito user pool that cannot exist
    // there. Everything else China lacks is checked over the finished tree, tags included.
    if (isChinaRegion(this.region) && !config.externalIssuer) throw new ConfigError(missingIssuerMessage(this.stackName, this.region));
    this.node.addValidation(new ChinaRegionCheck(this));

    this.table = new GridnetTable(this, "Data", { retain: stage.retain });
    this.identity = new Identity(this, "Identity", {
      stage: config.stage,
      retain: stage.retain,
      external: config.externalIssuer,
      partners: config.partners,
      callbackUrls: config.callbackUrls,
      domainPrefix: config.domainPrefix,
      logRetention: stage.logRetention,
    });

    const { auth } = this.identity;
    const environment: Record<string, string> = {
      NODE_ENV: "production",
      GRIDNET_TABLE: this.table.table.tableName,
      GRIDNET_AUTH_ISSUER: auth.issuer,
      GRIDNET_AUTH_JWKS_URL: auth.jwksUrl,
      ...(auth.audience ? { GRIDNET_AUTH_AUDIENCE: auth.audience } : {}),
    };

    this.graphql = new GridnetFunction(this, "Graphql", {
      entry: props.graphqlEntry ?? GRAPHQL_ENTRY,
      description: `gridnet GraphQL API (${config.stage})`,
      table: this.table,
      tableActions: API_TABLE_ACTIONS,
      environment,
      // 1024 MB buys ~0.6 vCPU: module load and schema build (~200 ms on a laptop core) are
      // CPU-bound and would roughly double at 512 MB, while a warm request (a few DynamoDB
      // round trips) costs well under a cent per thousand either way.
      memorySize: 1024,
      // Requests are a handful of DynamoDB calls (~50 ms). 10 s leaves room for SDK retries and
      // the JWKS fetch of a cold start, and stays under API Gateway's 30 s integration limit so
      // a stuck call ends as a clean error, not a gateway timeout.
      timeout: Duration.seconds(10),
      reservedConcurrency: config.reservedConcurrency,
      ...logs,
    });

    // Provisioned concurrency removes cold starts at a price (billed while idle), so it is opt-in.
    let target: lambda.IFunction = this.graphql.fn;
    if (config.provisionedConcurrency) {
      target = this.graphql.fn.addAlias("live", { provisionedConcurrentExecutions: config.provisionedConcurrency });
    }

    this.api = new GraphqlApi(this, "Http", {
      handler: target,
      corsOrigins: config.corsOrigins,
      rateLimit: stage.rateLimit,
      burstLimit: stage.burstLimit,
      domain: config.apiDomain,
      ...logs,
    });

    this.alarms = new ApiAlarms(this, "Alarms", {
      fn: this.graphql.fn,
      api: this.api.api,
      p99Threshold: Duration.seconds(3),
      email: config.alarmEmail,
    });

    // Same environment as the API: background functions build their Db from GRIDNET_TABLE.
    const background = { table: this.table, environment, ...logs };
    for (const feature of props.features ?? featureFunctions()) {
      for (const spec of feature.functions ?? []) {
        // The spec's id is a construct id at the stack's top level. CDK refuses a duplicate anyway;
        // this says which feature asked for it.
        const taken = this.node.tryFindChild(spec.id);
        if (taken) throw new Error(`feature ${feature.name}: function id ${spec.id} is already used in the stack (${taken.node.path})`);
        this.functions.set(spec.id, backgroundFunction(this, spec, feature.name, background));
      }
    }

    this.outputs();
  }

  private outputs(): void {
    const out = (id: string, value: string, description: string) => new CfnOutput(this, id, { value, description });
    out("ApiUrl", this.api.graphqlUrl, "POST GraphQL here");
    const { domainName: apiDomain, domain: apiDomainConfig } = this.api;
    // An output's description must be a literal, hence the configured name rather than the resource's.
    if (apiDomain && apiDomainConfig) out("ApiDomainTarget", apiDomain.regionalDomainName, `Point a CNAME for ${apiDomainConfig.name} here`);
    out("TableName", this.table.table.tableName, "gridnet's DynamoDB table");
    out("AuthIssuer", this.identity.auth.issuer, "JWT issuer the API accepts");
    out("AuthJwksUrl", this.identity.auth.jwksUrl, "JWKS the API verifies tokens with");
    out("AlarmTopicArn", this.alarms.topic.topicArn, "Subscribe on-call here");
    const { userPool, webClient, partnerClients, domain } = this.identity;
    if (userPool) out("UserPoolId", userPool.userPoolId, "Cognito user pool");
    if (webClient) out("WebClientId", webClient.userPoolClientId, "App client for web consoles and mini-programs (no secret)");
    partnerClients.forEach((client, i) =>
      out(`PartnerClientId${i + 1}`, client.userPoolClientId, `Client-credentials app client ${client.node.id} (secret in the Cognito console)`),
    );
    if (domain) out("TokenUrl", `${domain.baseUrl()}/oauth2/token`, "OAuth token endpoint (partners: client_credentials)");
  }
}
