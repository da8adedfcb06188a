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
      issue: signedIn,
      issues: signedIn,
      categories: signedIn,
      myNotifications: signedIn,
      unitNotifications: admin,
    },
    Mutation: {
      "*": deny,
      createOrgUnit: admin,
      renameOrgUnit: admin,
      moveOrgUnit: admin,
      assignGridWorker: admin,
      setPartyBranch: admin,
      // The issue loop: each transition's role and scope depend on the issue (its handling
      // unit, assignee, reporter), so the domain rules decide after loading it.
      reportIssue: signedIn,
      acceptIssue: admin,
      rejectIssue: admin,
      mergeIssue: admin,
      assignIssue: admin,
      escalateIssue: admin,
      superviseIssue: admin,
      returnIssue: signedIn,
      startIssue: signedIn,
      resolveIssue: signedIn,
      closeIssue: signedIn,
      reopenIssue: signedIn,
      commentIssue: signedIn,
      markNotificationsRead: signedIn,
      saveCategory: admin,
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
    Issue: allow,
    IssueConnection: allow,
    IssueEdge: allow,
    IssueLocation: allow,
    IssueReporter: allow,
    IssueAttribute: allow,
    IssueResolution: allow,
    Person: allow,
    TimelineEvent: allow,
    ReportIssuePayload: allow,
    Category: allow,
    CategoryAttribute: allow,
    AttributeValue: allow,
    SlaRule: allow,
    Notification: allow,
    NotificationConnection: allow,
    NotificationEdge: allow,
  },
  {
    fallbackRule: deny,
    allowExternalErrors: false,
    // Shield would turn every error into "Not Authorised!" (STACK-NOTES item 4): keep ours and
    // graphql's, and keep internal faults as they are so formatError logs and hides them.
    fallbackError: (thrown) => (thrown instanceof Error ? thrown : forbidden()),
  },
);
