// Names the councils' enums in the GraphQL contract, each value described. Imported by the
// contract classes only.
import "reflect-metadata";
import { registerEnumType } from "type-graphql";
import { BallotChoice, Cadence, CouncilKind, MajorityBase, MajorityThreshold, MeetingState, MemberRole, TaskOrigin, TaskStanding, VoteMethod, VoteOutcome } from "./council.enums";

registerEnumType(CouncilKind, {
  name: "CouncilKind",
  description: "The kind of deliberative body.",
  valuesConfig: {
    HALL: { description: "A red council hall (红色议事厅), usually run by a street." },
    RESIDENT_COUNCIL: { description: "A residents' council (议事会) of a community." },
    TEAHOUSE: { description: "A harmony teahouse (和顺茶馆) where disputes are talked out." },
    VILLAGE_PARLOUR: { description: "A village parlour (乡村会客厅)." },
  },
});

registerEnumType(MemberRole, {
  name: "MemberRole",
  description: "Whom a council member represents.",
  valuesConfig: {
    PROPERTY_MANAGEMENT: { description: "The property management company (物业)." },
    COMMUNITY_STAFF: { description: "Community staff (社区工作者)." },
    OWNER_REPRESENTATIVE: { description: "Owners' representatives (业主代表)." },
    LOCAL_UNIT: { description: "A unit based locally: a school, a company, a public body (驻区单位)." },
    VOLUNTEER: { description: "A volunteer." },
    PARTY_MEMBER: { description: "A party member (党员)." },
  },
});

registerEnumType(Cadence, {
  name: "Cadence",
  description: "How often the council meets.",
  valuesConfig: {
    WEEKLY: { description: "Every week." },
    FORTNIGHTLY: { description: "Every two weeks." },
    MONTHLY: { description: "Every month." },
    QUARTERLY: { description: "Every three months." },
    AS_NEEDED: { description: "When there is something to decide." },
  },
});

registerEnumType(MajorityThreshold, {
  name: "MajorityThreshold",
  description: "The share of the base that must vote for an item to adopt it.",
  valuesConfig: {
    SIMPLE: { description: "More than half (a tie is rejected)." },
    TWO_THIRDS: { description: "At least two thirds." },
  },
});

registerEnumType(MajorityBase, {
  name: "MajorityBase",
  description: "What the majority threshold is a share of.",
  valuesConfig: {
    VOTES_CAST: { description: "Votes for plus votes against; abstentions are not votes cast." },
    ATTENDEES: { description: "Everyone recorded present; an abstention or a missing vote counts like a vote against." },
  },
});

registerEnumType(MeetingState, {
  name: "MeetingState",
  description: "Where a meeting stands: SCHEDULED → IN_SESSION → CLOSED, or SCHEDULED → CANCELLED.",
  valuesConfig: {
    SCHEDULED: { description: "Announced; residents may register." },
    IN_SESSION: { description: "Opened by the chair: attendance and votes are recorded." },
    CLOSED: { description: "Over, with its closing report." },
    CANCELLED: { description: "Called off before it opened." },
  },
});

registerEnumType(VoteMethod, {
  name: "VoteMethod",
  description: "How an agenda item was decided.",
  valuesConfig: {
    SHOW_OF_HANDS: { description: "The chair counted hands and recorded the tally (举手表决)." },
    BALLOT: { description: "Registered attendees cast one ballot each; the tally is counted from the ballots." },
  },
});

registerEnumType(BallotChoice, {
  name: "BallotChoice",
  description: "One attendee's vote on an agenda item.",
  valuesConfig: {
    FOR: { description: "In favour." },
    AGAINST: { description: "Against." },
    ABSTAIN: { description: "Abstains." },
  },
});

registerEnumType(VoteOutcome, {
  name: "VoteOutcome",
  description: "Computed from the council's quorum and majority rules and the tally; never typed in.",
  valuesConfig: {
    ADOPTED: { description: "Quorum present and the majority rule met." },
    REJECTED: { description: "Quorum present, majority rule not met." },
    NO_QUORUM: { description: "Too few council members present to decide." },
  },
});

registerEnumType(TaskOrigin, {
  name: "TaskOrigin",
  description: "Why a council tracks an issue.",
  valuesConfig: {
    RESOLUTION: { description: "An adopted agenda item's resolution created it." },
    DEMAND: { description: "A resident raised it at a meeting." },
  },
});

registerEnumType(TaskStanding, {
  name: "TaskStanding",
  description: "Where a council task stands in its notebook (小本子销号).",
  valuesConfig: {
    OPEN: { description: "Its issue is still open." },
    CLOSED: { description: "Its issue was closed: crossed off (销号)." },
    DROPPED: { description: "Its issue was rejected or merged into another." },
  },
});
