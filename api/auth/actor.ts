// The signed-in actor and the one scope rule: an actor may act on a thing only when the
// thing's path starts with the actor's scope path (README, "Roles and scope").
import { Role } from "../../schema/common/role";

export { Role };

/** What a verified token says. */
export interface Claims {
  sub: string;
  role: Role;
  orgId: string;
  name?: string;
}

/** A token's claims with the scope unit's current path, resolved at request time. */
export interface Actor extends Claims {
  scopePath: string;
}

export const ROLES: readonly Role[] = Object.values(Role);
export const ADMIN_ROLES: readonly Role[] = [Role.DISTRICT_ADMIN, Role.STREET_ADMIN, Role.COMMUNITY_ADMIN];

export const isAdmin = (actor: Pick<Actor, "role">) => ADMIN_ROLES.includes(actor.role);

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && (ROLES as readonly string[]).includes(value);
}

/** True when `path` is the scope unit itself or lies beneath it. Paths end without "/". */
export function inScope(actor: Actor, path: string): boolean {
  return path === actor.scopePath || path.startsWith(`${actor.scopePath}/`);
}

/** True when `path` lies strictly beneath the actor's scope unit. */
export function belowScope(actor: Actor, path: string): boolean {
  return path.startsWith(`${actor.scopePath}/`);
}

/** True when `path` is an ancestor of the actor's scope unit (the way up, e.g. for breadcrumbs). */
export function aboveScope(actor: Actor, path: string): boolean {
  return actor.scopePath.startsWith(`${path}/`);
}

/** Roles that see personal data (names, phones) of people in their scope. */
export function seesPersonalData(actor: Actor): boolean {
  return actor.role !== Role.PARTNER;
}
