// The graphql-shield gate, derived from the features' policy tables: each root field admits the
// roles its entry names; any root field without an entry is refused ("*": deny), so a
// forgotten entry fails closed. Nested fields are reachable only through a root field that
// passed, and the domain rules check every object on every path (docs/personal-data.md), so
// they need no rule of their own. Scope (which units) is decided by the domain on the records.
import { allow, and, deny, rule, shield } from "graphql-shield";

import type { GridnetContext } from "../context";
import { forbidden, unauthenticated } from "../errors";
import { admits, type Policy, type Who } from "./policy";

// `contextual` caching is safe only for rules that read nothing but the context (#349).
const isAuthenticated = rule({ cache: "contextual" })((_parent, _args, ctx: GridnetContext) => (ctx.actor ? true : (ctx.authError ?? unauthenticated())));

type Gate = ReturnType<typeof and> | typeof allow | typeof isAuthenticated;
const gates = new Map<string, Gate>();

/** The rule for one role gate; one rule object per distinct set of roles. */
function gate(who: Who): Gate {
  if (who === "public") return allow;
  if (who === "signedIn") return isAuthenticated;
  const key = [...who].sort().join(",");
  if (!gates.has(key)) {
    const hasRole = rule(`role:${key}`, { cache: "contextual" })((_parent, _args, ctx: GridnetContext) =>
      ctx.actor && admits(who, ctx.actor.role) ? true : forbidden(`Your role may not do this (allowed: ${who.join(", ")}).`),
    );
    gates.set(key, and(isAuthenticated, hasRole));
  }
  return gates.get(key)!;
}

/** The shield over a schema whose root fields are `policy`'s keys. */
export function permissionsFor(policy: Policy, rootFields: { query: string[]; mutation: string[] }) {
  const rules = (fields: string[]) => Object.fromEntries([["*", deny], ...fields.filter((f) => policy[f]).map((f) => [f, gate(policy[f].who)])]);
  return shield(
    { Query: rules(rootFields.query), Mutation: rules(rootFields.mutation) },
    {
      fallbackRule: allow,
      allowExternalErrors: false,
      // Shield would turn every error into "Not Authorised!": keep ours and graphql's, and keep
      // internal faults as they are so formatError logs and hides them.
      fallbackError: (thrown) => (thrown instanceof Error ? thrown : forbidden()),
    },
  );
}
