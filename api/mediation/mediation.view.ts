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
import { namesIn } from "../people/masking";
import { ENTITLED, maskedAudience, tagged } from "../privacy/audience";
import type { MediationCaseRecord, ObligationRecord } from "./mediation.codec";
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

/**
 * The case as this reader may read it. Callers have already applied `canSeeCase`. A party
 * reads their own party as written and the mediators' names (they act in office); every other
 * personal field reaches them through the masking layer, with the other parties' names — and
 * any name the case's texts mark — redacted from all of the case's free text.
 */
export function presentCase(actor: Actor, c: MediationCaseRecord, now: Date): CaseView {
  const obligations = c.obligations.map((o) => ({ ...o, overdue: isOverdue(c, o, now) }));
  const view: CaseView = { ...c, audience: "RUNNER", obligations, overdueObligationCount: obligations.filter((o) => o.overdue).length };
  if (runs(actor, c)) return tagged(view, ENTITLED);

  const others = c.parties.filter((p) => p.personId !== actor.sub);
  const names = () => [
    ...others.filter((p) => p.kind === PartyKind.PERSON).map((p) => p.name),
    ...namesIn([c.title, c.summary, c.agreementText, c.closingNote, ...c.sessions.flatMap((s) => [s.court, s.note]), ...c.obligations.flatMap((o) => [o.description, o.note])]),
  ];
  return tagged(
    {
      ...view,
      audience: "PARTY",
      parties: c.parties.map((p) => {
        if (p.personId === actor.sub) return tagged(p, ENTITLED);
        const other = { ...p, personId: null, phone: null };
        // An organisation's name is not personal data; a person's is masked by the layer.
        return p.kind === PartyKind.PERSON ? other : tagged(other, ENTITLED);
      }),
      mediators: c.mediators.map((m) => tagged(m, ENTITLED)),
    },
    maskedAudience(names),
  );
}
