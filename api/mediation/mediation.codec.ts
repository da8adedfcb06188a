// Mediation case records and their decoders (records are decoded, never cast).
import { arrayOf, decode, int, nullable, object, oneOf, str, type Infer } from "../store/codec";
import { DisputeCategory, MediationEventKind, MediationOutcome, MediationState, PartyKind, PartySide, SessionKind } from "./mediation.enums";

export type PartyRecord = Infer<typeof party>;

export type MediatorRecord = Infer<typeof mediator>;

export type SessionRecord = Infer<typeof session>;

export type ObligationRecord = Infer<typeof obligation>;

export type MediationCaseRecord = Infer<typeof caseShape>;

export type MediationEventRecord = Infer<typeof eventShape>;

const party = object({
  /** p1, p2, … in the order given: what obligations name. */
  id: str,
  kind: oneOf(PartyKind),
  side: oneOf(PartySide),
  /** A person's name is personal data; an organisation's is not. */
  name: str,
  personId: nullable(str),
  phone: nullable(str),
});
const mediator = object({
  personId: str,
  name: str,
});
const session = object({
  id: str,
  kind: oneOf(SessionKind),
  at: str,
  placeId: nullable(str),
  placeName: nullable(str),
  /** The court sitting, for circuit-court sessions (巡回法庭). */
  court: nullable(str),
  note: str,
});
const obligation = object({
  id: str,
  /** The party who owes it. */
  partyId: str,
  description: str,
  amountYuan: nullable(int),
  dueAt: str,
  fulfilledAt: nullable(str),
  note: nullable(str),
});
const caseShape = object({
  id: str,
  unitId: str,
  unitName: str,
  unitPath: str,
  /** The unit and every unit above it: the case is listed under each. */
  unitIds: arrayOf(str),
  placeId: nullable(str),
  councilId: nullable(str),
  category: oneOf(DisputeCategory),
  title: str,
  summary: str,
  parties: arrayOf(party),
  mediators: arrayOf(mediator),
  sessions: arrayOf(session),
  state: oneOf(MediationState),
  outcome: nullable(oneOf(MediationOutcome)),
  agreementText: nullable(str),
  obligations: arrayOf(obligation),
  closingNote: nullable(str),
  version: int,
  openedAt: str,
  updatedAt: str,
  closedAt: nullable(str),
  openedBy: str,
});
const eventShape = object({
  caseId: str,
  version: int,
  kind: oneOf(MediationEventKind),
  /** The row of MEDIATION_ACTIONS (or "open"). */
  action: str,
  actorId: str,
  at: str,
  /** The command's input, hashed: a repeat of the same command by the same actor is recognised. */
  requestHash: str,
});

export const decodeCase = (item: unknown): MediationCaseRecord => decode(caseShape, item, "MediationCase");
export const decodeCaseEvent = (item: unknown): MediationEventRecord => decode(eventShape, item, "MediationEvent");
