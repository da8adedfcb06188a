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

/** A row of a richer table (issue, meeting or mediation actions): the mutation that performs it. */
export interface ActionRow<R extends string = string> extends PolicyEntry<R> {
  field: string;
}

/**
 * The root-field entries of a table of action rows: one per mutation, admitting the union of its
 * rows' role gates (closeIssue serves both close and rework). The rows of one mutation share a
 * relation — the rules check it before they know which row applies — so a table that says
 * otherwise is refused when it loads.
 */
export function actionFields<R extends string>(actions: Readonly<Record<string, ActionRow<R>>>): Record<string, PolicyEntry<R>> {
  const byField = new Map<string, ActionRow<R>[]>();
  for (const action of Object.values(actions)) byField.set(action.field, [...(byField.get(action.field) ?? []), action]);
  return Object.fromEntries(
    [...byField].map(([field, rows]) => {
      if (rows.some((row) => row.relation !== rows[0].relation)) throw new Error(`The rows of ${field} name different relations.`);
      return [field, { who: unionWho(rows), relation: rows[0].relation }];
    }),
  );
}
