// gridnet in AWS's China regions (aws-cn): the stack is synthesized exactly as infra/app.ts does it,
// tags included, and must contain nothing those regions refuse; what they cannot have is refused at
// synth time with a message that says what to set.
import { App, Stack, Tags } from "aws-cdk-lib";
import { Match, Template } from "aws-cdk-lib/assertions";
import * as apigwv2 from "aws-cdk-lib/aws-apigatewayv2";
import * as acm from "aws-cdk-lib/aws-certificatemanager";
import * as cognito from "aws-cdk-lib/aws-cognito";
import * as dynamodb from "aws-cdk-lib/aws-dynamodb";
import * as lambda from "aws-cdk-lib/aws-lambda";
import { ChinaRegionCheck } from "../../infra/china";
import { readEnvironment } from "../../infra/config";
import { build, statements, synth } from "./synth";

const account = "123456789012";
const issuer = "https://id.example.gov.cn/realms/shapingba";
const jwks = `${issuer}/protocol/openid-connect/certs`;
const external = { authIssuer: issuer, authJwksUrl: jwks, authAudience: "gridnet-web" };

describe("without an external issuer, a China stack is refused at synth", () => {
  test.each(["cn-north-1", "cn-northwest-1"])("in %s: the message names authIssuer and authJwksUrl", (region) => {
    expect(() => build({ stage: "prod" }, { account, region })).toThrow(
      new RegExp(`gridnet-prod targets ${region} \\(AWS China\\).*Cognito user pools are not offered.*-c authIssuer=.*-c authJwksUrl=`),
    );
  });

  test("the same settings outside China build a Cognito user pool instead", () => {
    const { template } = synth({ stage: "prod" }, { account, region: "ap-east-1" });
    template.resourceCountIs("AWS::Cognito::UserPool", 1);
  });

  test("a China region from the CLI (AWS_REGION, the profile) pins the stack even without -c region", () => {
    const app = new App({ context: { stage: "prod" } });
    expect(readEnvironment(app, { CDK_DEFAULT_REGION: "cn-north-1" })).toEqual({ account: undefined, region: "cn-north-1" });
    expect(readEnvironment(app, { CDK_DEFAULT_REGION: "us-east-1" })).toBeUndefined();
    const pinned = new App({ context: { stage: "prod", region: "cn-northwest-1" } });
    expect(readEnvironment(pinned, { CDK_DEFAULT_REGION: "cn-north-1" })).toEqual({ account: undefined, region: "cn-northwest-1" });
    expect(() => build({ stage: "prod" }, readEnvironment(app, { CDK_DEFAULT_REGION: "cn-north-1" }) as { region: string })).toThrow(/authIssuer/);
  });
});

describe("the China stack with an external issuer, tagged as infra/app.ts tags it", () => {
  const { template } = synth({ stage: "prod", ...external }, { account, region: "cn-north-1" });
  const text = JSON.stringify(template.toJSON());

  test("no Cognito resource and no Cognito URL; the Lambda trusts the external issuer", () => {
    const cognitoTypes = Object.values(template.toJSON().Resources as Record<string, { Type: string }>).filter((r) => r.Type.startsWith("AWS::Cognito::"));
    expect(cognitoTypes).toEqual([]);
    expect(text).not.toMatch(/amazoncognito\.com|cognito-idp/);
    template.hasResourceProperties("AWS::Lambda::Function", {
      Description: Match.stringLikeRegexp("GraphQL"),
      Environment: { Variables: Match.objectLike({ GRIDNET_AUTH_ISSUER: issuer, GRIDNET_AUTH_JWKS_URL: jwks, GRIDNET_AUTH_AUDIENCE: "gridnet-web" }) },
    });
    template.hasOutput("AuthIssuer", { Value: issuer });
    for (const id of ["UserPoolId", "WebClientId", "TokenUrl"]) expect(template.toJSON().Outputs[id]).toBeUndefined();
  });

  test("the stream's event source mapping carries no tags, while the functions do", () => {
    const mappings = Object.values(template.findResources("AWS::Lambda::EventSourceMapping")) as { Properties: Record<string, unknown> }[];
    expect(mappings).toHaveLength(1);
    expect(mappings[0].Properties.Tags).toBeUndefined();
    template.allResourcesProperties("AWS::Lambda::Function", {
      Tags: Match.arrayWith([
        { Key: "project", Value: "gridnet" },
        { Key: "stage", Value: "prod" },
      ]),
    });
  });

  test("ARNs are built for aws-cn: no aws-partition ARN anywhere, IAM resources in aws-cn", () => {
    expect(text).not.toMatch(/arn:aws:/);
    const resources = JSON.stringify(statements(template).map((s) => s.Resource));
    expect(resources).toMatch(/arn:aws-cn:|AWS::Partition|Fn::GetAtt/);
    expect(text).not.toMatch(/"arn:aws-us-gov:/);
  });

  test("no X-Ray tracing, function URL or layer from outside the region", () => {
    template.resourceCountIs("AWS::Lambda::Url", 0);
    for (const fn of Object.values(template.findResources("AWS::Lambda::Function")) as { Properties: Record<string, unknown> }[]) {
      expect(fn.Properties.TracingConfig).toBeUndefined();
      for (const layer of (fn.Properties.Layers as string[] | undefined) ?? []) expect(layer).toMatch(/^arn:aws-cn:lambda:cn-north-1:/);
    }
  });

  test("without a custom domain the API answers on its execute-api URL", () => {
    template.resourceCountIs("AWS::ApiGatewayV2::DomainName", 0);
    expect(JSON.stringify(template.toJSON().Outputs.ApiUrl.Value)).toMatch(/execute-api/);
  });
});

describe("the China stack with its ICP-filed custom domain", () => {
  const certificateArn = `arn:aws-cn:acm:cn-northwest-1:${account}:certificate/0f2c6a4e-1b2c-4d5e-8f90-123456789abc`;
  const { template } = synth({ stage: "prod", ...external, apiDomain: "gridnet.shapingba.gov.cn", apiCertificateArn: certificateArn }, { account, region: "cn-northwest-1" });

  test("a regional TLS 1.2 custom domain with the given certificate, mapped to the API's stage", () => {
    template.hasResourceProperties("AWS::ApiGatewayV2::DomainName", {
      DomainName: "gridnet.shapingba.gov.cn",
      DomainNameConfigurations: [{ CertificateArn: certificateArn, EndpointType: "REGIONAL", SecurityPolicy: "TLS_1_2" }],
    });
    const domainId = Object.keys(template.findResources("AWS::ApiGatewayV2::DomainName"))[0];
    const apiId = Object.keys(template.findResources("AWS::ApiGatewayV2::Api"))[0];
    template.hasResourceProperties("AWS::ApiGatewayV2::ApiMapping", { ApiId: { Ref: apiId }, DomainName: { Ref: domainId }, Stage: "$default" });
  });

  test("outputs: the API URL on the domain, and the target its CNAME must point to", () => {
    template.hasOutput("ApiUrl", { Value: "https://gridnet.shapingba.gov.cn/graphql" });
    template.hasOutput("ApiDomainTarget", { Value: { "Fn::GetAtt": [Match.anyValue(), "RegionalDomainName"] }, Description: Match.stringLikeRegexp("gridnet.shapingba.gov.cn") });
  });

  test("a domain without its certificate (or the reverse) is refused", () => {
    expect(() => build({ stage: "prod", ...external, apiDomain: "gridnet.shapingba.gov.cn" }, { account, region: "cn-northwest-1" })).toThrow(
      /apiDomain and apiCertificateArn go together/,
    );
    expect(() => build({ stage: "prod", ...external, apiDomain: "Not A Host", apiCertificateArn: certificateArn })).toThrow(/apiDomain must be a lower-case host name/);
  });
});

describe("what the China regions do not offer is refused at synth", () => {
  test("the real stack: tags added to everything, event source mapping included, fail synth", () => {
    const { app, stack } = build({ stage: "prod", ...external }, { account, region: "cn-north-1" });
    Tags.of(stack).add("cost-centre", "500106"); // no exclusion, as an app.ts without infra/tags.ts would do
    expect(() => app.synth()).toThrow(
      /Notifications\/Worker\/Function\/DynamoDBEventSource.*tags on an event source mapping are not available in the China regions.*extraneous key \[Tags\]/s,
    );
  });

  test("a certificate from another region or partition is refused for the custom domain", () => {
    const arn = `arn:aws-cn:acm:cn-north-1:${account}:certificate/0f2c6a4e-1b2c-4d5e-8f90-123456789abc`;
    const { app } = build({ stage: "prod", ...external, apiDomain: "gridnet.shapingba.gov.cn", apiCertificateArn: arn }, { account, region: "cn-northwest-1" });
    expect(() => app.synth()).toThrow(/is not an ACM certificate in cn-northwest-1/);
  });

  // Each offender alone in a minimal China stack carrying the same check the gridnet stack carries;
  // the same constructs in a global region pass, so the check is about China and nothing else.
  function stackWith(region: string, add: (stack: Stack) => void): App {
    const app = new App();
    const stack = new Stack(app, "probe", { env: { account, region } });
    stack.node.addValidation(new ChinaRegionCheck(stack));
    add(stack);
    return app;
  }
  const fn = (stack: Stack, props: Partial<lambda.FunctionProps> = {}) =>
    new lambda.Function(stack, "Fn", {
      runtime: lambda.Runtime.NODEJS_22_X,
      architecture: lambda.Architecture.ARM_64,
      handler: "index.handler",
      code: lambda.Code.fromInline("exports.handler=async()=>1"),
      ...props,
    });

  const offenders: [string, (stack: Stack) => void, RegExp][] = [
    ["a Cognito user pool", (stack) => new cognito.UserPool(stack, "Users"), /AWS::Cognito::UserPool: Cognito user pools are not offered in cn-north-1/],
    ["a Lambda function URL", (stack) => fn(stack).addFunctionUrl(), /Lambda function URLs are not available in the China regions/],
    ["X-Ray tracing on a function", (stack) => fn(stack, { tracing: lambda.Tracing.ACTIVE }), /X-Ray tracing .* is not available for Lambda in the China regions/],
    [
      "a Lambda Insights layer for the wrong architecture",
      (stack) => fn(stack, { insightsVersion: lambda.LambdaInsightsVersion.fromInsightVersionArn("arn:aws-cn:lambda:cn-north-1:488211338238:layer:LambdaInsightsExtension:48") }),
      /is not a Lambda Insights extension AWS publishes in cn-north-1 for arm64/,
    ],
    [
      "a layer from the global partition",
      (stack) => fn(stack, { insightsVersion: lambda.LambdaInsightsVersion.fromInsightVersionArn("arn:aws:lambda:us-east-1:580247275435:layer:LambdaInsightsExtension-Arm64:5") }),
      /layer arn:aws:lambda:us-east-1.* is not in aws-cn\/cn-north-1/,
    ],
    [
      "a tagged event source mapping",
      (stack) => {
        const table = new dynamodb.TableV2(stack, "Table", { partitionKey: { name: "pk", type: dynamodb.AttributeType.STRING }, dynamoStream: dynamodb.StreamViewType.NEW_IMAGE });
        fn(stack).addEventSourceMapping("Stream", { eventSourceArn: table.tableStreamArn!, startingPosition: lambda.StartingPosition.LATEST });
        Tags.of(stack).add("project", "gridnet");
      },
      /tags on an event source mapping are not available/,
    ],
    [
      "a custom domain with a global-partition certificate",
      (stack) =>
        new apigwv2.DomainName(stack, "Domain", {
          domainName: "gridnet.shapingba.gov.cn",
          certificate: acm.Certificate.fromCertificateArn(stack, "Cert", `arn:aws:acm:us-east-1:${account}:certificate/abc`),
        }),
      /is not an ACM certificate in cn-north-1/,
    ],
  ];

  test.each(offenders)("%s in cn-north-1 stops synth, and passes in eu-central-1", (_name, add, message) => {
    expect(() => stackWith("cn-north-1", add).synth()).toThrow(message);
    expect(() => stackWith("eu-central-1", add).synth()).not.toThrow();
  });

  test("an Insights layer AWS does publish in the region for the architecture passes", () => {
    const app = stackWith("cn-north-1", (stack) => fn(stack, { insightsVersion: lambda.LambdaInsightsVersion.VERSION_1_0_498_0 }));
    const template = Template.fromStack(app.node.findChild("probe") as Stack);
    template.hasResourceProperties("AWS::Lambda::Function", { Layers: [Match.stringLikeRegexp("^arn:aws-cn:lambda:cn-north-1:\\d+:layer:LambdaInsightsExtension-Arm64:")] });
  });
});
