// The "load it, 404, is it in scope, 403" sequence for units, as every feature starts a rule
// that names one: written once, here, and imported through the org feature's index.
import { inScope } from "../auth/actor";
import { requireActor } from "../auth/guards";
import * as valid from "../common/validate";
import type { GridnetContext } from "../context";
import { forbidden, notFound } from "../errors";
import type { OrgUnitRecord } from "./org.codec";

/** A unit by id, or NOT_FOUND. */
export async function loadUnit(ctx: GridnetContext, id: string, field = "id"): Promise<OrgUnitRecord> {
  const unit = await ctx.loaders.orgUnit.load(valid.id(id, field));
  if (!unit) throw notFound("Org unit", id);
  return unit;
}

/** A unit inside the actor's scope (the unit itself or beneath it), or NOT_FOUND / FORBIDDEN. */
export async function loadUnitInScope(ctx: GridnetContext, id: string, field = "id"): Promise<OrgUnitRecord> {
  const unit = await loadUnit(ctx, id, field);
  if (!inScope(requireActor(ctx), unit.path)) throw forbidden(`Org unit ${unit.id} is outside your scope.`);
  return unit;
}
