// Votes on agenda items: the chair's show-of-hands tally, or one ballot per registered
// attendee counted when the chair closes the vote. Either way the outcome is computed by
// vote.outcome.ts from the council's rules; no client can type it in.
import * as valid from "../common/validate";
import type { GridnetContext } from "../context";
import { badInput, conflict } from "../errors";
import type { AgendaItemRecord, BallotRecord, CouncilRecord, MeetingRecord, VoteRecord } from "./council.codec";
import { BallotChoice, VoteMethod } from "./council.enums";
import * as store from "./council.store";
import { membersPresent, presentCount } from "./council.view";
import { MEETING_ACTIONS } from "./councils.policy";
import { command, meetingFor, type CommandInput } from "./meeting.rules";
import { decide, quorumRequired, type Tally } from "./vote.outcome";

function itemOf(meeting: MeetingRecord, itemId: string): AgendaItemRecord {
  const item = meeting.agenda.find((i) => i.id === itemId);
  if (!item) throw badInput(`No agenda item ${valid.excerpt(itemId)} on this meeting.`, "itemId");
  return item;
}

/** The meeting with `item` decided by `tally`: the vote recorded and the item closed to ballots. */
function decided(
  meeting: MeetingRecord,
  council: CouncilRecord,
  item: AgendaItemRecord,
  method: VoteMethod,
  tally: Tally,
  present: number,
  actorId: string,
  at: string,
): Partial<MeetingRecord> {
  const members = membersPresent(meeting);
  const vote: VoteRecord = {
    method,
    ...tally,
    present,
    membersPresent: members,
    quorumRequired: quorumRequired(council),
    outcome: decide(council, tally, present, members),
    decidedAt: at,
    recordedBy: actorId,
  };
  const closed = meeting.decidedItemIds.includes(item.id) ? meeting.decidedItemIds : [...meeting.decidedItemIds, item.id];
  return { agenda: meeting.agenda.map((i) => (i.id === item.id ? { ...i, vote } : i)), decidedItemIds: closed };
}

const sameTally = (vote: VoteRecord, tally: Tally) => vote.for === tally.for && vote.against === tally.against && vote.abstain === tally.abstain;

/** The chair records a show of hands (举手表决); the same tally again is a repeat and changes nothing. */
export function recordShowOfHands(ctx: GridnetContext, input: CommandInput & { itemId: string; for: number; against: number; abstain: number }) {
  const itemId = valid.key(input.itemId, "itemId");
  const tally = {
    for: valid.integer(input.for, "for", 0, 100_000),
    against: valid.integer(input.against, "against", 0, 100_000),
    abstain: valid.integer(input.abstain, "abstain", 0, 100_000),
  };
  return command(ctx, input, "showOfHands", { itemId, tally }, (meeting, council, actor) => {
    const item = itemOf(meeting, itemId);
    if (item.vote) {
      if (item.vote.method === VoteMethod.SHOW_OF_HANDS && sameTally(item.vote, tally)) return { after: {}, alreadyDone: true };
      throw conflict(`Item ${item.order} was already decided (${item.vote.outcome}).`);
    }
    const present = presentCount(meeting);
    if (tally.for + tally.against + tally.abstain > present) {
      throw badInput(`${tally.for + tally.against + tally.abstain} hands counted but ${present} people are recorded present; record attendance first.`, "for");
    }
    return { after: decided(meeting, council, item, VoteMethod.SHOW_OF_HANDS, tally, present, actor.sub, ctx.now().toISOString()) };
  });
}

/**
 * A registered attendee casts one ballot on an item. The ballot is put only if its key (meeting,
 * item, person) is free, with the meeting still in session and the item undecided, so retries
 * and concurrent submissions leave one ballot; a repeat returns it, another choice is CONFLICT.
 */
export async function castBallot(ctx: GridnetContext, input: { meetingId: string; itemId: string; choice: BallotChoice }): Promise<BallotRecord> {
  const itemId = valid.key(input.itemId, "itemId");
  if (!Object.values(BallotChoice).includes(input.choice)) throw badInput("Unknown choice.", "choice");
  const { actor, meeting } = await meetingFor(ctx, input.meetingId, "ballot");
  const item = itemOf(meeting, itemId);
  const ballot: BallotRecord = { meetingId: meeting.id, itemId: item.id, personId: actor.sub, choice: input.choice, castAt: ctx.now().toISOString() };
  const outcome = await store.putBallot(ctx.db, ballot, MEETING_ACTIONS.ballot.from);
  if (outcome.ok) return ballot;
  const first = await store.getBallot(ctx.db, meeting.id, item.id, actor.sub);
  if (first) {
    if (first.choice !== ballot.choice) throw conflict(`You already voted ${first.choice} on item ${item.order}; a ballot cannot be changed.`);
    return first;
  }
  if (!outcome.failed.length) throw conflict("Your ballot raced another write; cast it again.");
  throw conflict(`Item ${item.order} is no longer open to ballots.`);
}

/**
 * The chair closes the ballot on an item: first the item is closed to ballots (a ballot racing
 * this either committed before it or is refused by its condition on the meeting), then the
 * ballots are counted and the outcome computed — so no ballot is left out of the tally.
 */
export async function countBallots(ctx: GridnetContext, input: CommandInput & { itemId: string }) {
  const itemId = valid.key(input.itemId, "itemId");
  const undecided = (meeting: MeetingRecord) => {
    const item = itemOf(meeting, itemId);
    if (item.vote && item.vote.method !== VoteMethod.BALLOT) throw conflict(`Item ${item.order} was already decided by a show of hands.`);
    return item;
  };
  await command(ctx, input, "countBallots", { itemId }, (meeting) => {
    const item = undecided(meeting);
    if (meeting.decidedItemIds.includes(item.id)) return { after: {}, alreadyDone: true };
    return { after: { decidedItemIds: [...meeting.decidedItemIds, item.id] } };
  });
  return command(ctx, { meetingId: input.meetingId }, "countBallots", { itemId }, async (meeting, council, actor) => {
    const item = undecided(meeting);
    if (item.vote) return { after: {}, alreadyDone: true };
    const ballots = await store.listBallots(ctx.db, meeting.id, item.id);
    const tally = {
      for: ballots.filter((b) => b.choice === BallotChoice.FOR).length,
      against: ballots.filter((b) => b.choice === BallotChoice.AGAINST).length,
      abstain: ballots.filter((b) => b.choice === BallotChoice.ABSTAIN).length,
    };
    // Everyone who cast a ballot was there, whether or not attendance named them.
    const present = Math.max(presentCount(meeting), ballots.length);
    return { after: decided(meeting, council, item, VoteMethod.BALLOT, tally, present, actor.sub, ctx.now().toISOString()) };
  });
}
