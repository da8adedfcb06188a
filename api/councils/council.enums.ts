// The councils' vocabulary as plain enums (no GraphQL here: the issue guard runs in every
// Lambda that writes issues). council.enums.graphql.ts names them in the contract.

/** The four kinds of deliberative body the district runs. */
export enum CouncilKind {
  HALL = "HALL",
  RESIDENT_COUNCIL = "RESIDENT_COUNCIL",
  TEAHOUSE = "TEAHOUSE",
  VILLAGE_PARLOUR = "VILLAGE_PARLOUR",
}

/** Whom a member represents at the table. */
export enum MemberRole {
  PROPERTY_MANAGEMENT = "PROPERTY_MANAGEMENT",
  COMMUNITY_STAFF = "COMMUNITY_STAFF",
  OWNER_REPRESENTATIVE = "OWNER_REPRESENTATIVE",
  LOCAL_UNIT = "LOCAL_UNIT",
  VOLUNTEER = "VOLUNTEER",
  PARTY_MEMBER = "PARTY_MEMBER",
}

export enum Cadence {
  WEEKLY = "WEEKLY",
  FORTNIGHTLY = "FORTNIGHTLY",
  MONTHLY = "MONTHLY",
  QUARTERLY = "QUARTERLY",
  AS_NEEDED = "AS_NEEDED",
}

/** How many of the votes must be "for" (docs/councils.md). */
export enum MajorityThreshold {
  SIMPLE = "SIMPLE",
  TWO_THIRDS = "TWO_THIRDS",
}

/** What the threshold is a share of (docs/councils.md). */
export enum MajorityBase {
  VOTES_CAST = "VOTES_CAST",
  ATTENDEES = "ATTENDEES",
}

export enum MeetingState {
  SCHEDULED = "SCHEDULED",
  IN_SESSION = "IN_SESSION",
  CLOSED = "CLOSED",
  CANCELLED = "CANCELLED",
}

export enum VoteMethod {
  SHOW_OF_HANDS = "SHOW_OF_HANDS",
  BALLOT = "BALLOT",
}

export enum BallotChoice {
  FOR = "FOR",
  AGAINST = "AGAINST",
  ABSTAIN = "ABSTAIN",
}

/** Computed from the council's rules and the tally; never typed in. */
export enum VoteOutcome {
  ADOPTED = "ADOPTED",
  REJECTED = "REJECTED",
  NO_QUORUM = "NO_QUORUM",
}

/** Why a council tracks an issue: an adopted item's resolution, or a resident's demand at a meeting. */
export enum TaskOrigin {
  RESOLUTION = "RESOLUTION",
  DEMAND = "DEMAND",
}

/** Where a task stands in the council's notebook (小本子): open, crossed off, or dropped. */
export enum TaskStanding {
  OPEN = "OPEN",
  CLOSED = "CLOSED",
  DROPPED = "DROPPED",
}
