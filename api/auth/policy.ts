// Who may do what, declared once per feature as a table (`<feature>.policy.ts`): each root
// field of the schema names the roles that may call it and the relation to its target that
// the feature's domain rules check after loading the target. The graphql-shield gate is
// derived from these tables (api/auth/shield.ts), the domain reads the same entries, and the
// permission tests import them — so "who may close an issue" is one line, and a root field
// without an entry is refused (and fails tests/auth/policy.test.ts).
import { ADMIN_ROLES, Role, ROLES } from "./actor";

/** `public`: no token needed; `signedIn`: any role; or the roles allowed. */
export type Who = "public" | "signedIn" | readonly Role[];

export interface PolicyEntry<R extends string = string> {
  who: Who;
  /** The relation to the target the domain checks on the loaded record (see each feature's table). */
  relation: R;
}

/** A feature's table: root field name → entry. */
export type Policy = Readonly<Record<string, PolicyEntry>>;

export const ADMINS: readonly Role[] = ADMIN_ROLES;
/** Everyone who may write: all roles but partners, who only read. */
export const CONTRIBUTORS: readonly Role[] = ROLES.filter((r) => r !== Role.PARTNER);

/** Whether `role` passes an entry's role gate (public and signedIn admit every role). */
export function admits(who: Who, role: Role): boolean {
  return who === "public" || who === "signedIn" || who.includes(role);
}

/** The union of several entries' role gates (one root field serving several actions). */
export function unionWho(entries: readonly { who: Who }[]): Who {
  if (entries.some((e) => e.who === "public")) return "public";
  if (entries.some((e) => e.who === "signedIn")) return "signedIn";
  return ROLES.filter((role) => entries.some((e) => (e.who as readonly Role[]).includes(role)));
}
