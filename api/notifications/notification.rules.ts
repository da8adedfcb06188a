// The outbox (信息能触发): messages written in the same transaction as the transition that
// caused them, to a person (P:<id>) or to a unit (U:<id>) whose admins read them.
import { ADMIN_ROLES, inScope } from "../auth/actor";
import { pageSize, toConnection } from "../common/paging";
import * as valid from "../common/validate";
import type { GridnetContext } from "../context";
import { badInput, forbidden, notFound } from "../errors";
import { requireActor } from "../org/org.rules";
import { personRecipient, unitRecipient } from "../issues/issue.rules";
import { listNotifications, markRead } from "../issues/issue.store";

export async function myNotifications(ctx: GridnetContext, first?: number | null, after?: string | null) {
  const actor = requireActor(ctx);
  const page = await listNotifications(ctx.db, personRecipient(actor.sub), pageSize(first), after);
  return toConnection(page, (n) => n);
}

async function unitRecipientFor(ctx: GridnetContext, unitId: string | null | undefined): Promise<string> {
  const actor = requireActor(ctx);
  if (!ADMIN_ROLES.includes(actor.role)) throw forbidden("Only admins read a unit's notifications.");
  const unit = await ctx.loaders.orgUnit.load(valid.id(unitId ?? actor.orgId, "unitId"));
  if (!unit) throw notFound("Org unit", unitId ?? actor.orgId);
  if (!inScope(actor, unit.path)) throw forbidden(`Org unit ${unit.id} is outside your scope.`);
  return unitRecipient(unit.id);
}

export async function unitNotifications(ctx: GridnetContext, unitId: string | null | undefined, first?: number | null, after?: string | null) {
  const recipient = await unitRecipientFor(ctx, unitId);
  const page = await listNotifications(ctx.db, recipient, pageSize(first), after);
  return toConnection(page, (n) => n);
}

/** Marks notifications read (yours, or a unit's you administer); returns how many were found. */
export async function markNotificationsRead(ctx: GridnetContext, ids: string[], unitId?: string | null): Promise<number> {
  const actor = requireActor(ctx);
  if (ids.length === 0 || ids.length > 100) throw badInput("Mark 1 to 100 notifications at a time.", "ids");
  // Every id is checked before anything is written: bad input changes nothing.
  const checked = ids.map((id) => valid.key(id, "ids", 40));
  const recipient = unitId ? await unitRecipientFor(ctx, unitId) : personRecipient(actor.sub);
  const results = await Promise.all(checked.map((id) => markRead(ctx.db, recipient, id)));
  return results.filter(Boolean).length;
}
