// The issue loop's Lambda functions other than the API — data only, so the CDK stack reads it
// without loading a resolver (infra/ finds every api/*/*.functions.ts).
import type { FunctionSpec } from "../feature";

export const ISSUE_FUNCTIONS: readonly FunctionSpec[] = [
  {
    id: "OverdueSweep",
    entry: "api/issues/sweep.handler.ts",
    description: "gridnet: overdue sweep (supervise issues past their deadline)",
    trigger: { schedule: { everyMinutes: 15 } },
  },
];
