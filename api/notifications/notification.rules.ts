// Reading and marking the outbox (信息能触发): a person's own messages, or a unit's for the
// admins whose scope holds the unit (notification.policy.ts).
import { ENTITLED, tagged } from "../privacy/audience";
import { authorize, requireActor, scopeUnitInScope } from "../auth/guards";
import { pageSize, toConnection } from "../common/paging";
import * as valid from "../common/validate";
import type { GridnetContext } from "../context";
import { badInput } from "../errors";
import { NOTIFICATION_POLICY as POLICY } from "./notification.policy";
import { listNotifications, markRead, personRecipient, unitRecipient } from "./notification.store";

export async function myNotifications(ctx: GridnetContext, first?: number | null, after?: string | null) {
  const actor = requireActor(ctx);
  const page = await listNotifications(ctx.db, personRecipient(actor.sub), pageSize(first), after);
  return toConnection(page, (n) => tagged(n, ENTITLED));
}

/** The outbox of a unit (default: the actor's own) that the actor administers. */
async function unitOutbox(ctx: GridnetContext, unitId: string | null | undefined): Promise<string> {
  const actor = authorize(ctx, POLICY.unitNotifications, "read a unit's notifications");
  return unitRecipient((await scopeUnitInScope(ctx, unitId ?? actor.orgId, "unitId")).id);
}

export async function unitNotifications(ctx: GridnetContext, unitId: string | null | undefined, first?: number | null, after?: string | null) {
  const page = await listNotifications(ctx.db, await unitOutbox(ctx, unitId), pageSize(first), after);
  return toConnection(page, (n) => tagged(n, ENTITLED));
}

/** Marks notifications read (yours, or a unit's you administer); returns how many were found. */
export async function markNotificationsRead(ctx: GridnetContext, ids: string[], unitId?: string | null): Promise<number> {
  const actor = requireActor(ctx);
  if (ids.length === 0 || ids.length > 100) throw badInput("Mark 1 to 100 notifications at a time.", "ids");
  // Every id is checked before anything is written: bad input changes nothing.
  const checked = ids.map((id) => valid.key(id, "ids", 40));
  const recipient = unitId ? await unitOutbox(ctx, unitId) : personRecipient(actor.sub);
  const results = await Promise.all(checked.map((id) => markRead(ctx.db, recipient, id)));
  return results.filter(Boolean).length;
}
