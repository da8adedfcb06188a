// What of a mediation case a reader may see. One visibility rule (`canSeeCase`) decides whether
// a case reaches the reader at all — on the single read, node(id:), every list and the overdue
// obligations — and one presentation (`presentCase`) decides how much of it:
//   RUNNER  admins whose scope holds the case's unit, and the case's mediators: the record as written;
//   PARTY   a party reading their own case: their own party in full, the other parties' personal
//           data masked (a person's name 张**, no phone, no person id; an organisation's name is
//           not personal data), and every free text through the masking layer with the other
//           parties' names redacted.
// Partners see no case, only counts (mediationCounts). docs/places.md has the matrix.
import { inScope, isAdmin, type Actor } from "../auth/actor";
import { maskName, maskText } from "../people/masking";
import type { MediationCaseRecord, ObligationRecord, PartyRecord } from "./mediation.codec";
import { MediationState, PartyKind } from "./mediation.enums";

export const isMediator = (actor: Actor, c: MediationCaseRecord) => c.mediators.some((m) => m.personId === actor.sub);
export const isParty = (actor: Actor, c: MediationCaseRecord) => c.parties.some((p) => p.personId === actor.sub);

/** Admins over the case's unit, or its mediators: they run it and read it whole. */
export const runs = (actor: Actor, c: MediationCaseRecord) => (isAdmin(actor) && inScope(actor, c.unitPath)) || isMediator(actor, c);

/** The visibility rule: those who run the case, and its parties. */
export const canSeeCase = (actor: Actor, c: MediationCaseRecord) => runs(actor, c) || isParty(actor, c);

export type CaseAudience = "RUNNER" | "PARTY";

export interface ObligationView extends ObligationRecord {
  overdue: boolean;
}

export interface CaseView extends Omit<MediationCaseRecord, "obligations"> {
  audience: CaseAudience;
  obligations: ObligationView[];
  overdueObligationCount: number;
}

/** An obligation is overdue when it is still owed under an agreement and its date has passed. */
export const isOverdue = (c: MediationCaseRecord, o: ObligationRecord, now: Date) => c.state === MediationState.AGREED && o.fulfilledAt === null && o.dueAt < now.toISOString();

/** The case as this reader may read it. Callers have already applied `canSeeCase`. */
export function presentCase(actor: Actor, c: MediationCaseRecord, now: Date): CaseView {
  const obligations = c.obligations.map((o) => ({ ...o, overdue: isOverdue(c, o, now) }));
  const view: CaseView = { ...c, audience: "RUNNER", obligations, overdueObligationCount: obligations.filter((o) => o.overdue).length };
  if (runs(actor, c)) return view;

  const others = c.parties.filter((p) => p.personId !== actor.sub);
  const names = others.filter((p) => p.kind === PartyKind.PERSON).map((p) => p.name);
  const mask = (text: string) => maskText(text, names);
  return {
    ...view,
    audience: "PARTY",
    title: mask(c.title),
    summary: mask(c.summary),
    parties: c.parties.map((p) => (p.personId === actor.sub ? p : maskParty(p))),
    sessions: c.sessions.map((s) => ({ ...s, note: mask(s.note) })),
    agreementText: c.agreementText === null ? null : mask(c.agreementText),
    obligations: obligations.map((o) => ({ ...o, description: mask(o.description), note: o.note === null ? null : mask(o.note) })),
    closingNote: c.closingNote === null ? null : mask(c.closingNote),
  };
}

function maskParty(p: PartyRecord): PartyRecord {
  return { ...p, name: p.kind === PartyKind.PERSON ? maskName(p.name) : p.name, personId: null, phone: null };
}
