// Who may do what with mediation cases (the shape: api/auth/policy.ts), and the case's state
// rules: each transition is one row naming the roles that may attempt it, the relation to the
// case the rules check after loading it, the states it starts from, the state it leads to and
// the event it writes. mediation.rules.ts reads these rows and nothing else. Relations:
//   unitInScope   the unit named (default: the actor's) is in the actor's scope
//   visibleCase   the case passes canSeeCase (mediation.view.ts): an admin over its unit, one of
//                 its mediators, or one of its parties; null otherwise
//   listInScope   the unit listed under is in scope; residents list only their own cases
//   runner        an admin whose scope holds the case's unit, or one of the case's mediators
import { Role } from "../auth/actor";
import { ADMINS, CONTRIBUTORS, actionFields, type PolicyEntry } from "../auth/policy";
import { MediationEventKind, MediationState } from "./mediation.enums";

export type MediationRelation = "unitInScope" | "visibleCase" | "listInScope" | "runner";

/** Who can be named a mediator, and so may run a case they mediate: officers and volunteers. */
export const MEDIATOR_ROLES: readonly Role[] = [...ADMINS, Role.GRID_WORKER, Role.VOLUNTEER];

export interface MediationAction extends PolicyEntry<"runner"> {
  field: string;
  from: readonly MediationState[];
  to: MediationState | "same";
  event: MediationEventKind;
}

const S = MediationState;
const E = MediationEventKind;

/** The state rules of a mediation case, one row per transition. */
export const MEDIATION_ACTIONS = {
  // A mediation session (held or scheduled) starts the mediation.
  session: { field: "recordMediationSession", who: MEDIATOR_ROLES, relation: "runner", from: [S.OPEN, S.IN_MEDIATION], to: S.IN_MEDIATION, event: E.SESSION },
  // 巡回法庭: a court sitting at the teahouse — during mediation (to confirm an agreement) or after referral.
  courtSession: {
    field: "recordMediationSession",
    who: MEDIATOR_ROLES,
    relation: "runner",
    from: [S.IN_MEDIATION, S.REFERRED],
    to: "same",
    event: E.COURT_SESSION,
  },
  // AGREEMENT with obligations: the case waits on them.
  agree: { field: "concludeMediation", who: MEDIATOR_ROLES, relation: "runner", from: [S.IN_MEDIATION], to: S.AGREED, event: E.CONCLUDED },
  // AGREEMENT with nothing left to do, or NO_AGREEMENT: done.
  settle: { field: "concludeMediation", who: MEDIATOR_ROLES, relation: "runner", from: [S.IN_MEDIATION], to: S.CLOSED, event: E.CONCLUDED },
  fail: { field: "concludeMediation", who: MEDIATOR_ROLES, relation: "runner", from: [S.IN_MEDIATION], to: S.CLOSED, event: E.CONCLUDED },
  refer: { field: "concludeMediation", who: MEDIATOR_ROLES, relation: "runner", from: [S.IN_MEDIATION], to: S.REFERRED, event: E.CONCLUDED },
  // An obligation met; the last one closes the case.
  fulfil: { field: "fulfilObligation", who: MEDIATOR_ROLES, relation: "runner", from: [S.AGREED], to: S.AGREED, event: E.OBLIGATION_FULFILLED },
  fulfilLast: { field: "fulfilObligation", who: MEDIATOR_ROLES, relation: "runner", from: [S.AGREED], to: S.CLOSED, event: E.OBLIGATION_FULFILLED },
  // The court has decided a referred case.
  close: { field: "closeMediationCase", who: MEDIATOR_ROLES, relation: "runner", from: [S.REFERRED], to: S.CLOSED, event: E.CLOSED },
} as const satisfies Record<string, MediationAction>;

export type MediationActionName = keyof typeof MEDIATION_ACTIONS;

/** Every root field of mediation. */
export const MEDIATION_POLICY: Record<string, PolicyEntry<MediationRelation>> = {
  mediationCase: { who: "signedIn", relation: "visibleCase" },
  mediationCases: { who: CONTRIBUTORS, relation: "listInScope" },
  mediationCounts: { who: "signedIn", relation: "unitInScope" },
  overdueObligations: { who: ADMINS, relation: "unitInScope" },
  openMediationCase: { who: ADMINS, relation: "unitInScope" },
  ...actionFields(MEDIATION_ACTIONS),
};
