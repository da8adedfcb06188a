// Builds gridnet's stack the way infra/app.ts does — same config, same tags — for the assertions
// in this folder. Bundling is skipped ("aws:cdk:bundling-stacks": []): the template is the same,
// and the bundle itself is tested in tests/handlers/bundle.test.ts.
import { App } from "aws-cdk-lib";
import { Template } from "aws-cdk-lib/assertions";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readConfig } from "../../infra/config";
import { GridnetStack, type GridnetStackProps } from "../../infra/gridnet-stack";
import { addNag } from "../../infra/nag";
import { applyTags } from "../../infra/tags";

export interface Synth {
  app: App;
  stack: GridnetStack;
  template: Template;
  outdir: string;
}

/** What a test may give the stack beside context: its own feature list, another GraphQL entry. */
export type StackOverrides = Partial<Pick<GridnetStackProps, "features" | "graphqlEntry">>;

/** The app and stack, not yet synthesized (for tests that add to the tree or expect synth to fail). */
export function build(context: Record<string, unknown> = {}, env?: { account?: string; region: string }, nag = false, overrides: StackOverrides = {}): Omit<Synth, "template"> {
  const outdir = mkdtempSync(join(tmpdir(), "gridnet-cdk-"));
  const app = new App({ outdir, context: { "aws:cdk:bundling-stacks": [], ...context } });
  if (nag) addNag(app);
  const config = readConfig(app);
  const stack = new GridnetStack(app, `gridnet-${config.stage}`, { config, env, ...overrides });
  applyTags(stack, config.stage);
  return { app, stack, outdir };
}

export function synth(context: Record<string, unknown> = {}, env?: { account?: string; region: string }, nag = false, overrides: StackOverrides = {}): Synth {
  const built = build(context, env, nag, overrides);
  return { ...built, template: Template.fromStack(built.stack) };
}

/** Every IAM policy statement in the template. */
export function statements(template: Template): { Action: string | string[]; Resource: unknown }[] {
  return Object.values(template.findResources("AWS::IAM::Policy")).flatMap(
    (policy) => (policy as { Properties: { PolicyDocument: { Statement: { Action: string | string[]; Resource: unknown }[] } } }).Properties.PolicyDocument.Statement,
  );
}
