// The CDK app: `npx cdk synth` / `npx cdk deploy --context stage=prod`.
//
// The stack is environment-agnostic unless `account` and `region` are given in context (or the
// CLI's own region is a China one, see readEnvironment): no lookups happen, so synth needs no
// credentials, and the partition (aws / aws-cn) is resolved by CloudFormation at deploy time.
import { App } from "aws-cdk-lib";
import { ConfigError, readConfig, readEnvironment, type GridnetConfig } from "./config";
import { GridnetStack } from "./gridnet-stack";
import { addNag } from "./nag";
import { applyTags } from "./tags";

const app = new App();
// cdk-nag AwsSolutions runs on every synth: an unacknowledged finding fails `npm run synth`.
addNag(app);

function buildStack(config: GridnetConfig): GridnetStack {
  const stack = new GridnetStack(app, `gridnet-${config.stage}`, {
    config,
    env: readEnvironment(app),
    description: `gridnet GraphQL API (${config.stage})`,
  });
  applyTags(stack, config.stage);
  return stack;
}

try {
  buildStack(readConfig(app));
} catch (error) {
  // A wrong or missing setting is the operator's to fix: say what, without a stack trace.
  if (!(error instanceof ConfigError)) throw error;
  console.error(`\n${error.message}\n`);
  process.exit(1);
}

app.synth();
