// Who may call what, declared in one place. Fallback is DENY: a query, mutation or type
// without a rule here is refused, so a forgotten rule fails closed. Scope (which units) is
// decided by the domain layer on the loaded records; these rules decide roles.
import { allow, and, deny, rule, shield } from "graphql-shield";
import { ADMIN_ROLES } from "../auth/actor";
import type { GridnetContext } from "../context";
import { forbidden, unauthenticated } from "../errors";

// `contextual` caching is safe only for rules that read nothing but the context (#349).
const isAuthenticated = rule({ cache: "contextual" })((_parent, _args, ctx: GridnetContext) =>
  ctx.actor ? true : (ctx.authError ?? unauthenticated()),
);

const isAdmin = rule({ cache: "contextual" })((_parent, _args, ctx: GridnetContext) =>
  ctx.actor && ADMIN_ROLES.includes(ctx.actor.role) ? true : forbidden("Only district, street and community admins may do this."),
);

const signedIn = isAuthenticated;
const admin = and(isAuthenticated, isAdmin);

export const permissions = shield(
  {
    Query: {
      "*": deny,
      health: allow,
      me: signedIn,
      orgUnit: signedIn,
      orgUnits: signedIn,
      searchOrgUnits: signedIn,
    },
    Mutation: {
      "*": deny,
      createOrgUnit: admin,
      renameOrgUnit: admin,
      moveOrgUnit: admin,
      assignGridWorker: admin,
      setPartyBranch: admin,
    },
    // Object types are reachable only through the operations above, which already checked
    // the actor; their fields are open to whoever got the object.
    Health: allow,
    Viewer: allow,
    OrgUnit: allow,
    OrgUnitConnection: allow,
    OrgUnitEdge: allow,
    PageInfo: allow,
    PartyBranch: allow,
    GridWorker: allow,
  },
  {
    fallbackRule: deny,
    allowExternalErrors: false,
    // Shield would turn every error into "Not Authorised!" (STACK-NOTES item 4): keep ours and
    // graphql's, and keep internal faults as they are so formatError logs and hides them.
    fallbackError: (thrown) => (thrown instanceof Error ? thrown : forbidden()),
  },
);
