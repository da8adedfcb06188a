// Mediation case records and their decoders (records are decoded, never cast).
import { arrayOf, decode, int, nullable, object, oneOf, str } from "../store/codec";
import { DisputeCategory, MediationEventKind, MediationOutcome, MediationState, PartyKind, PartySide, SessionKind } from "./mediation.enums";

export interface PartyRecord {
  /** p1, p2, … in the order given: what obligations name. */
  id: string;
  kind: PartyKind;
  side: PartySide;
  /** A person's name is personal data; an organisation's is not. */
  name: string;
  personId: string | null;
  phone: string | null;
}

export interface MediatorRecord {
  personId: string;
  name: string;
}

export interface SessionRecord {
  id: string;
  kind: SessionKind;
  at: string;
  placeId: string | null;
  placeName: string | null;
  /** The court sitting, for circuit-court sessions (巡回法庭). */
  court: string | null;
  note: string;
}

export interface ObligationRecord {
  id: string;
  /** The party who owes it. */
  partyId: string;
  description: string;
  amountYuan: number | null;
  dueAt: string;
  fulfilledAt: string | null;
  note: string | null;
}

export interface MediationCaseRecord {
  id: string;
  unitId: string;
  unitName: string;
  unitPath: string;
  /** The unit and every unit above it: the case is listed under each. */
  unitIds: string[];
  placeId: string | null;
  councilId: string | null;
  category: DisputeCategory;
  title: string;
  summary: string;
  parties: PartyRecord[];
  mediators: MediatorRecord[];
  sessions: SessionRecord[];
  state: MediationState;
  outcome: MediationOutcome | null;
  agreementText: string | null;
  obligations: ObligationRecord[];
  closingNote: string | null;
  version: number;
  openedAt: string;
  updatedAt: string;
  closedAt: string | null;
  openedBy: string;
}

export interface MediationEventRecord {
  caseId: string;
  version: number;
  kind: MediationEventKind;
  /** The row of MEDIATION_ACTIONS (or "open"). */
  action: string;
  actorId: string;
  at: string;
  /** The command's input, hashed: a repeat of the same command by the same actor is recognised. */
  requestHash: string;
}

const caseShape = object({
  id: str,
  unitId: str,
  unitName: str,
  unitPath: str,
  unitIds: arrayOf(str),
  placeId: nullable(str),
  councilId: nullable(str),
  category: oneOf(DisputeCategory),
  title: str,
  summary: str,
  parties: arrayOf(object({ id: str, kind: oneOf(PartyKind), side: oneOf(PartySide), name: str, personId: nullable(str), phone: nullable(str) })),
  mediators: arrayOf(object({ personId: str, name: str })),
  sessions: arrayOf(object({ id: str, kind: oneOf(SessionKind), at: str, placeId: nullable(str), placeName: nullable(str), court: nullable(str), note: str })),
  state: oneOf(MediationState),
  outcome: nullable(oneOf(MediationOutcome)),
  agreementText: nullable(str),
  obligations: arrayOf(object({ id: str, partyId: str, description: str, amountYuan: nullable(int), dueAt: str, fulfilledAt: nullable(str), note: nullable(str) })),
  closingNote: nullable(str),
  version: int,
  openedAt: str,
  updatedAt: str,
  closedAt: nullable(str),
  openedBy: str,
});
const eventShape = object({ caseId: str, version: int, kind: oneOf(MediationEventKind), action: str, actorId: str, at: str, requestHash: str });

export const decodeCase = (item: unknown): MediationCaseRecord => decode(caseShape, item, "MediationCase");
export const decodeCaseEvent = (item: unknown): MediationEventRecord => decode(eventShape, item, "MediationEvent");
