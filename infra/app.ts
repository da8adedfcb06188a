// The CDK app: `npx cdk synth` / `npx cdk deploy --context stage=prod`.
//
// The stack is environment-agnostic unless `account` and `region` are given in context (or the
// CLI's CDK_DEFAULT_*): no lookups happen, so synth needs no credentials, and the partition
// (aws / aws-cn) is resolved by CloudFormation at deploy time.
import { App, Tags } from "aws-cdk-lib";
import { readConfig } from "./config";
import { GridnetStack } from "./gridnet-stack";
import { addNag } from "./nag";

const app = new App();
// cdk-nag AwsSolutions runs on every synth: an unacknowledged finding fails `npm run synth`.
addNag(app);
const config = readConfig(app);
const account = app.node.tryGetContext("account") as string | undefined;
const region = app.node.tryGetContext("region") as string | undefined;

const stack = new GridnetStack(app, `gridnet-${config.stage}`, {
  config,
  env: account || region ? { account, region } : undefined,
  description: `gridnet GraphQL API (${config.stage})`,
});
Tags.of(stack).add("project", "gridnet");
Tags.of(stack).add("stage", config.stage);

app.synth();
