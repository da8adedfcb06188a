// Changing a person's name or phone. Features that keep a copy of a person (a grid keeps its
// workers' names and phones, so a page of grids needs no second read) refresh it in the same
// transaction through their `copiesOfPerson` guard; everything else reads people through the
// request's loader, so nothing stale is left.
import { ADMIN_ROLES, inScope } from "../auth/actor";
import { personInScope, requireActor } from "../auth/guards";
import * as valid from "../common/validate";
import type { GridnetContext } from "../context";
import { badInput, conflict, forbidden, notFound } from "../errors";
import type { PersonRecord } from "./person.codec";
import { getPerson, updatePersonItem } from "./people.store";
import { transact } from "../store/ops";

const PHONE = /^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$/;

export async function updatePerson(ctx: GridnetContext, input: { id: string; name?: string | null; phone?: string | null }): Promise<PersonRecord> {
  const actor = requireActor(ctx);
  const id = valid.id(input.id, "id");
  const name = input.name === null || input.name === undefined ? undefined : valid.text(input.name, "name", 30);
  const phone = input.phone === null || input.phone === undefined ? undefined : input.phone === "" ? null : checkPhone(input.phone);
  if (name === undefined && phone === undefined) throw badInput("Give a name or a phone to change.", "name");
  const before = id === actor.sub ? await ctx.loaders.person.load(id) : await adminsPerson(ctx, id);
  if (!before) throw notFound("User", id);
  const after: PersonRecord = { ...before, name: name ?? before.name, phone: phone === undefined ? before.phone : phone };
  // Setting values: when they already hold (a repeat), there is nothing to write.
  const holds = (p: PersonRecord) => p.name === after.name && p.phone === after.phone;
  if (holds(before)) return before;
  const copies = await ctx.hooks.copiesOfPerson(ctx, before, after);
  const outcome = await transact(ctx.db, [updatePersonItem(ctx.db, before, after), ...copies]);
  if (!outcome.ok) {
    // A concurrent repeat of this same change may have won; then its result is the answer.
    const now = await getPerson(ctx.db, id);
    if (now && holds(now)) return now;
    throw conflict(`${id} (or a record that copies them) changed meanwhile; read again.`);
  }
  ctx.loaders.person.clear(id).prime(id, after);
  return after;
}

async function adminsPerson(ctx: GridnetContext, id: string): Promise<PersonRecord> {
  if (!ADMIN_ROLES.includes(requireActor(ctx).role)) throw forbidden("Only admins change other people's details.");
  return personInScope(ctx, id, "id");
}

function checkPhone(value: string): string {
  const phone = value.replace(/[\s-]/g, "");
  if (!PHONE.test(phone)) throw badInput(`phone must be a mainland mobile or landline number, not "${valid.excerpt(value)}".`, "phone");
  return phone;
}

/**
 * The single read of a person, for the inputs that name one (a council's member, a mediator,
 * an assignee): the actor themselves, or a person whose home unit lies in the actor's scope;
 * null for anyone else and for no one, which are not told apart.
 */
export async function findVisiblePerson(ctx: GridnetContext, id: string): Promise<PersonRecord | null> {
  const actor = requireActor(ctx);
  const person = await ctx.loaders.person.load(valid.id(id, "personId"));
  if (!person) return null;
  if (person.id === actor.sub) return person;
  const home = person.orgId ? await ctx.loaders.orgUnit.load(person.orgId) : null;
  return home && inScope(actor, home.path) ? person : null;
}
