// Builds gridnet's stack the way infra/app.ts does, without bundling (STACK-NOTES 7), for the
// assertions in this folder.
import { App } from "aws-cdk-lib";
import { Template } from "aws-cdk-lib/assertions";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readConfig } from "../../infra/config";
import { GridnetStack } from "../../infra/gridnet-stack";
import { addNag } from "../../infra/nag";

export interface Synth {
  app: App;
  stack: GridnetStack;
  template: Template;
  outdir: string;
}

export function synth(context: Record<string, unknown> = {}, env?: { account: string; region: string }, nag = false): Synth {
  const outdir = mkdtempSync(join(tmpdir(), "gridnet-cdk-"));
  const app = new App({ outdir, context: { "aws:cdk:bundling-stacks": [], ...context } });
  if (nag) addNag(app);
  const config = readConfig(app);
  const stack = new GridnetStack(app, `gridnet-${config.stage}`, { config, env });
  return { app, stack, template: Template.fromStack(stack), outdir };
}

/** Every IAM policy statement in the template. */
export function statements(template: Template): { Action: string | string[]; Resource: unknown }[] {
  return Object.values(template.findResources("AWS::IAM::Policy")).flatMap(
    (policy) => (policy as { Properties: { PolicyDocument: { Statement: { Action: string | string[]; Resource: unknown }[] } } }).Properties.PolicyDocument.Statement,
  );
}
