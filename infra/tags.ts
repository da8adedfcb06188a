// The tags every gridnet resource carries, applied in one place: infra/app.ts uses this function
// and so do the tests, so what they assert is what gets deployed.
import { Tags, type Stack } from "aws-cdk-lib";
import type { Stage } from "./config";

/**
 * Resource types left untagged. CloudFormation in the China regions rejects Tags on a Lambda
 * event source mapping ("extraneous key [Tags] is not permitted", aws-cdk #31532; GovCloud too,
 * aws-cdk #31965). They are left out everywhere, so one template shape serves every partition and
 * an environment-agnostic template cannot carry them into China; a mapping costs nothing to
 * allocate, so nothing is lost.
 */
export const UNTAGGED_RESOURCE_TYPES = ["AWS::Lambda::EventSourceMapping"] as const;

export function applyTags(stack: Stack, stage: Stage): void {
  const options = { excludeResourceTypes: [...UNTAGGED_RESOURCE_TYPES] };
  Tags.of(stack).add("project", "gridnet", options);
  Tags.of(stack).add("stage", stage, options);
}
