// The checks every feature's domain rules start with, written once: who is asking, whether
// their role passes the policy entry, and the "load it, 404, is it in scope, 403" sequence
// for people and (as the platform sees them) units. Features call these; none writes its own;
// whole units in scope come from the org feature (api/org: loadUnitInScope).
import * as valid from "../common/validate";
import type { GridnetContext } from "../context";
import { forbidden, notFound, unauthenticated } from "../errors";
import type { ScopeUnit } from "../feature";
import type { PersonRecord } from "../people/person.codec";
import { inScope, type Actor } from "./actor";
import { admits, type PolicyEntry } from "./policy";

/** The signed-in actor, or the reason there is none (UNAUTHENTICATED). */
export function requireActor(ctx: GridnetContext): Actor {
  if (!ctx.actor) throw ctx.authError ?? unauthenticated();
  return ctx.actor;
}

/** The actor, when their role passes the entry's gate; FORBIDDEN otherwise. */
export function authorize(ctx: GridnetContext, entry: PolicyEntry, what = "do this"): Actor {
  const actor = requireActor(ctx);
  if (!admits(entry.who, actor.role)) throw forbidden(`Your role (${actor.role}) may not ${what}.`);
  return actor;
}

/**
 * A unit inside the actor's scope (the unit itself or beneath it), or NOT_FOUND / FORBIDDEN — as
 * the platform sees units (an id and a path). Features read whole units through the org feature.
 */
export async function scopeUnitInScope(ctx: GridnetContext, id: string, field = "id"): Promise<ScopeUnit> {
  const unit = await ctx.loaders.scopeUnit.load(valid.id(id, field));
  if (!unit) throw notFound("Org unit", id);
  if (!inScope(requireActor(ctx), unit.path)) throw forbidden(`Org unit ${unit.id} is outside your scope.`);
  return unit;
}

/** A person whose home unit lies in the actor's scope, or NOT_FOUND / FORBIDDEN. */
export async function personInScope(ctx: GridnetContext, id: string, field = "id"): Promise<PersonRecord> {
  const person = await ctx.loaders.person.load(valid.id(id, field));
  if (!person) throw notFound("User", id);
  const home = person.orgId ? await ctx.loaders.scopeUnit.load(person.orgId) : null;
  if (!home || !inScope(requireActor(ctx), home.path)) throw forbidden(`${person.id} works outside your scope.`);
  return person;
}
