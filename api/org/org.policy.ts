// Who may do what to the hierarchy (the shape: api/auth/policy.ts). Relations, checked by
// org.rules.ts on the loaded unit:
//   visibleUnit    the unit is in the actor's scope, or above it (a breadcrumb)
//   listInScope    the unit listed under (default: the actor's own) is in scope
//   parentInScope  the new unit's parent is in scope
//   belowScope     the unit lies strictly beneath the actor's own unit (and so does its new parent)
//   gridInScope    the grid is in scope
import { ADMINS, type PolicyEntry } from "../auth/policy";

export type OrgRelation = "visibleUnit" | "listInScope" | "parentInScope" | "belowScope" | "gridInScope";

export const ORG_POLICY = {
  me: { who: "signedIn", relation: "visibleUnit" },
  orgUnit: { who: "signedIn", relation: "visibleUnit" },
  orgUnits: { who: "signedIn", relation: "listInScope" },
  searchOrgUnits: { who: "signedIn", relation: "listInScope" },
  createOrgUnit: { who: ADMINS, relation: "parentInScope" },
  renameOrgUnit: { who: ADMINS, relation: "belowScope" },
  moveOrgUnit: { who: ADMINS, relation: "belowScope" },
  assignGridWorker: { who: ADMINS, relation: "gridInScope" },
  setPartyBranch: { who: ADMINS, relation: "gridInScope" },
} as const satisfies Record<string, PolicyEntry<OrgRelation>>;
