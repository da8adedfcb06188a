// cdk-nag's AwsSolutions pack on every synth (`cdk synth` fails on an unacknowledged finding)
// and in tests/infra/nag.test.ts. cdk-nag 3 is a CDK validation plugin, not an Aspect.
import { Validations, type App } from "aws-cdk-lib";
import { AwsSolutionsChecks } from "cdk-nag";

export function addNag(app: App): void {
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app, { verbose: true }));
}
