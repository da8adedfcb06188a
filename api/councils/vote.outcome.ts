// The council's rules applied to a tally: the outcome of a vote is computed here and nowhere
// else, from the quorum and majority the council declared (docs/councils.md), never typed in.
import type { CouncilRecord } from "./council.codec";
import { MajorityBase, MajorityThreshold, VoteOutcome } from "./council.enums";

export interface Tally {
  for: number;
  against: number;
  abstain: number;
}

/** Members who must be present: a fixed number, or a percentage of the members rounded up (integers only: no float error). */
export function quorumRequired(council: Pick<CouncilRecord, "quorumCount" | "quorumPercent" | "members">): number {
  if (council.quorumCount !== null) return council.quorumCount;
  return Math.floor((council.members.length * (council.quorumPercent ?? 0) + 99) / 100);
}

/**
 * NO_QUORUM when fewer members are present than the quorum; otherwise ADOPTED when the votes
 * for reach the threshold of the base (SIMPLE: more than half — a tie is not a majority;
 * TWO_THIRDS: at least two thirds), else REJECTED. Base VOTES_CAST is for + against
 * (abstentions are not votes cast); ATTENDEES is everyone present. A base of 0 adopts nothing.
 */
export function decide(
  council: Pick<CouncilRecord, "quorumCount" | "quorumPercent" | "members" | "majority" | "majorityBase">,
  tally: Tally,
  present: number,
  membersPresent: number,
): VoteOutcome {
  if (membersPresent < quorumRequired(council)) return VoteOutcome.NO_QUORUM;
  const base = council.majorityBase === MajorityBase.VOTES_CAST ? tally.for + tally.against : present;
  if (base <= 0) return VoteOutcome.REJECTED;
  const met = council.majority === MajorityThreshold.SIMPLE ? tally.for * 2 > base : tally.for * 3 >= base * 2;
  return met ? VoteOutcome.ADOPTED : VoteOutcome.REJECTED;
}
