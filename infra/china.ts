// AWS's China regions (cn-north-1 Beijing, cn-northwest-1 Ningxia, partition aws-cn) offer less
// than the global ones. A template that uses what is missing synthesizes, uploads its assets and
// only then fails in CloudFormation — or deploys and never works. This file refuses such a stack
// at synth time instead, each refusal naming what to change and where AWS says so.
// docs/deploy.md ("China regions") lists the same differences for the operations team.
import { CfnResource, type Stack, TagManager, Token } from "aws-cdk-lib";
import * as apigwv2 from "aws-cdk-lib/aws-apigatewayv2";
import * as lambda from "aws-cdk-lib/aws-lambda";
import { RegionInfo } from "aws-cdk-lib/region-info";
import type { IValidation } from "constructs";

/** AWS's own pages on what differs in China, cited by every refusal. */
export const SOURCES = {
  lambda: "https://docs.amazonaws.cn/en_us/aws/latest/userguide/lambda.html",
  cognito: "https://docs.amazonaws.cn/en_us/aws/latest/userguide/cognito.html",
  esmTags: "https://github.com/aws/aws-cdk/issues/31532",
  regionalCertificate: "https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-regional-api-custom-domain-create.html",
} as const;

/** True only for a region known at synth time to be in the aws-cn partition. */
export function isChinaRegion(region: string | undefined): region is string {
  return region !== undefined && !Token.isUnresolved(region) && RegionInfo.get(region).partition === "aws-cn";
}

/** Why a China stack cannot use Cognito user pools, and what to set instead. */
export function missingIssuerMessage(stackName: string, region: string): string {
  return (
    `${stackName} targets ${region} (AWS China), where Amazon Cognito user pools are not offered (${SOURCES.cognito}), ` +
    "but no external OIDC issuer is configured. Set both -c authIssuer=<issuer URL> and -c authJwksUrl=<its JWKS URL> " +
    '(docs/deploy.md, "China regions").'
  );
}

/**
 * Validates a whole stack after aspects (tags) have run: `cdk synth` fails with every finding,
 * each prefixed by the construct path. Outside the China regions it finds nothing.
 */
export class ChinaRegionCheck implements IValidation {
  constructor(private readonly stack: Stack) {}

  validate(): string[] {
    const { stack } = this;
    if (!isChinaRegion(stack.region)) return [];
    const region = stack.region;
    const findings: string[] = [];
    for (const node of stack.node.findAll()) {
      if (!CfnResource.isCfnResource(node)) continue;
      const found = (message: string) => findings.push(`${node.node.path}: ${message}`);
      const type = node.cfnResourceType;

      if (type.startsWith("AWS::Cognito::") && !type.startsWith("AWS::Cognito::IdentityPool")) {
        found(`${type}: Cognito user pools are not offered in ${region} (${SOURCES.cognito}); use an external OIDC issuer (-c authIssuer, -c authJwksUrl).`);
      } else if (type.startsWith("AWS::Cognito::IdentityPool") && region !== "cn-north-1") {
        found(`${type}: Amazon Cognito is offered in China only in cn-north-1 (${SOURCES.cognito}).`);
      }
      if (type === "AWS::Lambda::Url") {
        found(`Lambda function URLs are not available in the China regions (${SOURCES.lambda}); gridnet is served through its HTTP API.`);
      }
      if (node instanceof lambda.CfnFunction) {
        const tracing = stack.resolve(node.tracingConfig) as { mode?: string } | undefined;
        if (tracing?.mode === "Active") {
          found(`X-Ray tracing (TracingConfig Active) is not available for Lambda in the China regions (${SOURCES.lambda}).`);
        }
        findings.push(...layerFindings(node, stack, region));
      }
      if (node instanceof lambda.CfnEventSourceMapping) {
        const tags = stack.resolve(TagManager.of(node)?.renderTags()) as unknown[] | undefined;
        if ((tags?.length ?? 0) > 0 || (node.tags?.length ?? 0) > 0) {
          found(
            `tags on an event source mapping are not available in the China regions (${SOURCES.lambda}); CloudFormation there rejects ` +
              `them with "extraneous key [Tags] is not permitted" (${SOURCES.esmTags}). Tag with infra/tags.ts, which leaves mappings out.`,
          );
        }
      }
      if (node instanceof apigwv2.CfnDomainName) {
        const configs = (stack.resolve(node.domainNameConfigurations) as { certificateArn?: unknown }[] | undefined) ?? [];
        for (const { certificateArn: arn } of configs) {
          if (typeof arn === "string" && !arn.startsWith(`arn:aws-cn:acm:${region}:`)) {
            found(`certificate ${arn} is not an ACM certificate in ${region}; a regional custom domain needs one in the API's own region (${SOURCES.regionalCertificate}).`);
          }
        }
      }
    }
    return findings;
  }
}

/**
 * Layers must come from this partition and region (another partition's ARN can never load), and a
 * Lambda Insights layer must be one AWS publishes here for the function's architecture: the arm64
 * extension reached the China regions later than x86 (aws-cdk #31591), and aws-cdk-lib's region
 * facts say which versions exist where.
 */
function layerFindings(fn: lambda.CfnFunction, stack: Stack, region: string): string[] {
  const layers = (stack.resolve(fn.layers) as unknown[] | undefined) ?? [];
  const architecture = ((stack.resolve(fn.architectures) as string[] | undefined) ?? ["x86_64"])[0];
  const findings: string[] = [];
  for (const arn of layers) {
    if (typeof arn !== "string") continue; // a reference to a layer in this stack: same region by construction
    if (!arn.startsWith(`arn:aws-cn:lambda:${region}:`)) {
      findings.push(`${fn.node.path}: layer ${arn} is not in aws-cn/${region}; a function can only load layers from its own partition and region.`);
    } else if (arn.includes(":layer:LambdaInsightsExtension") && !insightsLayers(region, architecture).has(arn)) {
      findings.push(
        `${fn.node.path}: ${arn} is not a Lambda Insights extension AWS publishes in ${region} for ${architecture} ` +
          "(use lambda.LambdaInsightsVersion with a version aws-cdk-lib lists for this region, or no Insights).",
      );
    }
  }
  return findings;
}

function insightsLayers(region: string, architecture: string): Set<string> {
  const info = RegionInfo.get(region);
  const versions = Object.keys(lambda.LambdaInsightsVersion)
    .filter((key) => key.startsWith("VERSION_"))
    .map((key) => key.slice("VERSION_".length).split("_").join("."));
  return new Set(versions.map((version) => info.cloudwatchLambdaInsightsArn(version, architecture)).filter((arn): arn is string => Boolean(arn)));
}
