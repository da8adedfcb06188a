// Who may read and post notices (the shape: api/auth/policy.ts). Relations:
//   visibleUnit  the board's unit is in the actor's scope or above it
//   unitInScope  the board's unit is in the actor's scope
import { ADMINS, type PolicyEntry } from "../auth/policy";

export type NoticeRelation = "visibleUnit" | "unitInScope";

export const NOTICE_POLICY = {
  notices: { who: "signedIn", relation: "visibleUnit" },
  postNotice: { who: ADMINS, relation: "unitInScope" },
} as const satisfies Record<string, PolicyEntry<NoticeRelation>>;
