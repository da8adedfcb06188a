// Plain enums of mediation cases (no GraphQL: the contract names them in mediation.type.ts).

/** Where a case stands (the state rules: MEDIATION_ACTIONS in places.policy.ts). */
export enum MediationState {
  OPEN = "OPEN",
  IN_MEDIATION = "IN_MEDIATION",
  AGREED = "AGREED",
  REFERRED = "REFERRED",
  CLOSED = "CLOSED",
}

export enum MediationOutcome {
  AGREEMENT = "AGREEMENT",
  NO_AGREEMENT = "NO_AGREEMENT",
  REFERRED_TO_COURT = "REFERRED_TO_COURT",
}

export enum DisputeCategory {
  NEIGHBOUR = "NEIGHBOUR",
  FAMILY = "FAMILY",
  PROPERTY_MANAGEMENT = "PROPERTY_MANAGEMENT",
  LAND = "LAND",
  LABOUR = "LABOUR",
  CONTRACT = "CONTRACT",
  CONSUMER = "CONSUMER",
  OTHER = "OTHER",
}

export enum PartyKind {
  PERSON = "PERSON",
  ORGANISATION = "ORGANISATION",
}

export enum PartySide {
  APPLICANT = "APPLICANT",
  RESPONDENT = "RESPONDENT",
}

export enum SessionKind {
  MEDIATION = "MEDIATION",
  CIRCUIT_COURT = "CIRCUIT_COURT",
}

/** What each event in a case's history records. */
export enum MediationEventKind {
  OPENED = "OPENED",
  SESSION = "SESSION",
  COURT_SESSION = "COURT_SESSION",
  CONCLUDED = "CONCLUDED",
  OBLIGATION_FULFILLED = "OBLIGATION_FULFILLED",
  CLOSED = "CLOSED",
}
