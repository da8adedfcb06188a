// Who may read and mark which outbox (see api/auth/policy.ts for the shape of a policy table).
//   self        the actor's own messages
//   unitInScope a unit's messages: admins whose scope holds the unit
import { ADMINS, type PolicyEntry } from "../auth/policy";

export type NotificationRelation = "self" | "selfOrUnitInScope" | "unitInScope";

export const NOTIFICATION_POLICY = {
  myNotifications: { who: "signedIn", relation: "self" },
  unitNotifications: { who: ADMINS, relation: "unitInScope" },
  markNotificationsRead: { who: "signedIn", relation: "selfOrUnitInScope" },
} as const satisfies Record<string, PolicyEntry<NotificationRelation>>;
