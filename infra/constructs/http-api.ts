// The public door: an HTTP API (cheaper and faster than a REST API, and JWT-agnostic) with one
// route, /graphql, proxied to the GraphQL function. Every other path is a 404 at the gateway
// and never wakes the Lambda.
import { Duration, RemovalPolicy, Validations } from "aws-cdk-lib";
import * as apigw from "aws-cdk-lib/aws-apigateway";
import * as apigwv2 from "aws-cdk-lib/aws-apigatewayv2";
import { HttpLambdaIntegration } from "aws-cdk-lib/aws-apigatewayv2-integrations";
import * as acm from "aws-cdk-lib/aws-certificatemanager";
import type * as lambda from "aws-cdk-lib/aws-lambda";
import * as logs from "aws-cdk-lib/aws-logs";
import { Construct } from "constructs";
import type { ApiDomain } from "../config";

export interface GraphqlApiProps {
  readonly handler: lambda.IFunction;
  /** Browser origins; empty: no CORS (mini-programs and servers do not need it). */
  readonly corsOrigins: readonly string[];
  /** Steady requests per second for the whole stage, and the burst above it. */
  readonly rateLimit: number;
  readonly burstLimit: number;
  readonly logRetention: logs.RetentionDays;
  readonly retainLogs: boolean;
  /** Serve the API on this host name too (regional endpoint, TLS 1.2, mapped to the stage). */
  readonly domain?: ApiDomain;
}

export class GraphqlApi extends Construct {
  readonly api: apigwv2.HttpApi;
  readonly stage: apigwv2.HttpStage;
  readonly accessLogs: logs.LogGroup;
  readonly domainName?: apigwv2.DomainName;
  readonly domain?: ApiDomain;

  constructor(scope: Construct, id: string, props: GraphqlApiProps) {
    super(scope, id);
    this.api = new apigwv2.HttpApi(this, "Api", {
      description: "gridnet GraphQL API",
      createDefaultStage: false,
      corsPreflight: props.corsOrigins.length
        ? {
            allowOrigins: [...props.corsOrigins],
            allowMethods: [apigwv2.CorsHttpMethod.GET, apigwv2.CorsHttpMethod.POST, apigwv2.CorsHttpMethod.OPTIONS],
            // apollo-require-preflight / x-apollo-operation-name: Apollo's CSRF prevention headers.
            allowHeaders: ["content-type", "authorization", "apollo-require-preflight", "x-apollo-operation-name"],
            maxAge: Duration.hours(1),
          }
        : undefined,
    });
    const routes = this.api.addRoutes({
      path: "/graphql",
      // GET serves cacheable queries (Apollo refuses mutations over GET).
      methods: [apigwv2.HttpMethod.GET, apigwv2.HttpMethod.POST],
      integration: new HttpLambdaIntegration("Graphql", props.handler),
    });
    for (const route of routes) {
      Validations.of(route).acknowledge({
        id: "AwsSolutions::AwsSolutions-APIG4",
        reason:
          "Authorization is done in the GraphQL Lambda, not at the gateway: one code path verifies every JWT " +
          "(Cognito or an external OIDC issuer) exactly as in local development, public queries such as " +
          "{ health { ok } } must work without a token, and graphql-shield denies every field no rule allows. " +
          "A gateway JWT authorizer cannot express per-field rules and would reject the public queries.",
      });
    }

    this.accessLogs = new logs.LogGroup(this, "AccessLogs", {
      retention: props.logRetention,
      removalPolicy: props.retainLogs ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
    });
    this.stage = new apigwv2.HttpStage(this, "Stage", {
      httpApi: this.api,
      stageName: "$default",
      autoDeploy: true,
      // Protects the table and the bill from a runaway client; per-account API Gateway quotas
      // are far higher, so this is the limit that bites first.
      throttle: { rateLimit: props.rateLimit, burstLimit: props.burstLimit },
      accessLogSettings: {
        destination: new apigwv2.LogGroupLogDestination(this.accessLogs),
        // No query string, no body, no Authorization header: access logs hold no tokens or personal data.
        format: apigw.AccessLogFormat.custom(
          JSON.stringify({
            requestId: "$context.requestId",
            time: "$context.requestTimeEpoch",
            ip: "$context.identity.sourceIp",
            method: "$context.httpMethod",
            path: "$context.path",
            status: "$context.status",
            latencyMs: "$context.responseLatency",
            integrationMs: "$context.integration.latency",
            integrationError: "$context.integrationErrorMessage",
          }),
        ),
      },
    });

    this.domain = props.domain;
    if (props.domain) {
      // Regional is the only kind an HTTP API has, and the only kind the China regions offer;
      // the certificate must sit in the API's own region. DNS (a CNAME to regionalDomainName)
      // is left to whoever holds the domain: in China that is the ICP-filed registrant.
      this.domainName = new apigwv2.DomainName(this, "Domain", {
        domainName: props.domain.name,
        certificate: acm.Certificate.fromCertificateArn(this, "Certificate", props.domain.certificateArn),
        securityPolicy: apigwv2.SecurityPolicy.TLS_1_2,
      });
      new apigwv2.ApiMapping(this, "Mapping", { api: this.api, domainName: this.domainName, stage: this.stage });
    }
  }

  /** The URL clients use: the custom domain when there is one, else the stage's own URL. */
  get graphqlUrl(): string {
    return this.domain ? `https://${this.domain.name}/graphql` : `${this.stage.url}graphql`;
  }
}
