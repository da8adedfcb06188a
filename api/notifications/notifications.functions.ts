// The platform's Lambda functions other than the API — data only, so the CDK stack reads it
// without loading a resolver (infra/ finds every api/*/*.functions.ts).
import type { FunctionSpec } from "../feature";

export const NOTIFICATION_FUNCTIONS: readonly FunctionSpec[] = [
  {
    id: "Notifications",
    entry: "api/handlers/notify.ts",
    description: "gridnet: notification delivery (new outbox messages from the table's stream)",
    trigger: { stream: { itemTypes: ["Notification"], events: ["INSERT"] } },
  },
];
