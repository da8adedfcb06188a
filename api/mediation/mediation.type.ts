import "reflect-metadata"; // type-graphql decorators need it loaded before any class is declared
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import { Connection } from "../../schema/common/connection.type";
import { DateTime } from "../../schema/common/date-time";
import { Node } from "../../schema/common/node";
import { DisputeCategory, MediationOutcome, MediationState, PartyKind, PartySide, SessionKind } from "./mediation.enums";
import { PartOf, Personal, References, Safe, Subject } from "../../schema/common/privacy";

registerEnumType(MediationState, {
  name: "MediationState",
  description: "Where a mediation case stands (its state rules: docs/places.md).",
  valuesConfig: {
    OPEN: { description: "Registered; no session yet." },
    IN_MEDIATION: { description: "At least one mediation session held or scheduled." },
    AGREED: { description: "Concluded with an agreement whose obligations are still owed." },
    REFERRED: { description: "Referred to court; circuit-court sessions may still be recorded." },
    CLOSED: { description: "Done: agreement fulfilled or with nothing owed, no agreement, or the court has decided." },
  },
});
registerEnumType(MediationOutcome, {
  name: "MediationOutcome",
  description: "How mediation ended.",
  valuesConfig: {
    AGREEMENT: { description: "The parties agreed (调解协议); the agreement text and its obligations are recorded." },
    NO_AGREEMENT: { description: "The parties did not agree." },
    REFERRED_TO_COURT: { description: "The dispute goes to court (e.g. a circuit court sitting at the teahouse)." },
  },
});
registerEnumType(DisputeCategory, {
  name: "DisputeCategory",
  description: "What a dispute is about.",
  valuesConfig: {
    NEIGHBOUR: { description: "Between neighbours: noise, leaks, shared spaces." },
    FAMILY: { description: "Within a family: support, inheritance, marriage." },
    PROPERTY_MANAGEMENT: { description: "Between owners and property management: fees, repairs, garages, drainage." },
    LAND: { description: "Land contracting and transfer (土地流转)." },
    LABOUR: { description: "Wages and employment." },
    CONTRACT: { description: "Other contracts and debts." },
    CONSUMER: { description: "Between consumers and traders." },
    OTHER: { description: "Anything else." },
  },
});
registerEnumType(PartyKind, {
  name: "PartyKind",
  description: "Whether a party is a person or an organisation.",
  valuesConfig: {
    PERSON: { description: "A person: their name and phone are personal data." },
    ORGANISATION: { description: "A company, committee or other organisation: its name is not personal data." },
  },
});
registerEnumType(PartySide, {
  name: "PartySide",
  description: "Which side of the dispute a party is on.",
  valuesConfig: { APPLICANT: { description: "Brought the dispute (申请人)." }, RESPONDENT: { description: "The other side (被申请人)." } },
});
registerEnumType(SessionKind, {
  name: "SessionKind",
  description: "What kind of session was held.",
  valuesConfig: {
    MEDIATION: { description: "A mediation session with the case's mediators." },
    CIRCUIT_COURT: { description: "A circuit-court sitting (巡回法庭) held at a teahouse, recorded against the case." },
  },
});

@ObjectType("MediationParty", { description: "A party to a dispute. Its personal data is shown only to the case's mediators, to admins in scope and to the party itself." })
export class MediationParty {
  @Field(() => ID, { description: "The party's id within the case (p1, p2, …): what obligations name." })
  id!: string;

  @Field(() => PartyKind, { description: "Person or organisation." })
  kind!: PartyKind;

  @Field(() => PartySide, { description: "Applicant or respondent." })
  side!: PartySide;

  @Personal("NAME")
  @Field(() => String, { description: "The name; a person's is masked (张**) for other parties." })
  name!: string;

  @Field(() => ID, { nullable: true, description: "The person's user id, when the party has one and you may see it." })
  personId!: string | null;

  @Personal("PHONE")
  @Field(() => String, { nullable: true, description: "A contact phone, when given and you may see it." })
  phone!: string | null;
}

@ObjectType("MediationMediator", { description: "A mediator of the case (a community officer, a grid worker, a volunteer mediator)." })
export class MediationMediator {
  @Field(() => ID, { description: "The mediator's user id." })
  personId!: string;

  @Personal("NAME")
  @Field(() => String, { description: "The mediator's name." })
  name!: string;
}

@ObjectType("MediationSession", { description: "A mediation session or a circuit-court sitting recorded against the case." })
export class MediationSession {
  @Field(() => ID, { description: "The session's id within the case (s1, s2, …)." })
  id!: string;

  @Field(() => SessionKind, { description: "Mediation or circuit court." })
  kind!: SessionKind;

  @Field(() => DateTime, { description: "When it was (or is) held." })
  at!: string;

  @Field(() => ID, { nullable: true, description: "The service place it was held at, if recorded." })
  placeId!: string | null;

  @Safe()
  @Field(() => String, { nullable: true, description: "That place's name when the session was recorded." })
  placeName!: string | null;

  @Personal("TEXT")
  @Field(() => String, { nullable: true, description: "The court sitting, for circuit-court sessions." })
  court!: string | null;

  @Personal("TEXT")
  @Field(() => String, { description: "What happened; masked for other parties." })
  note!: string;
}

@ObjectType("MediationObligation", { description: "Something a party undertook in the agreement, by a date (e.g. a payment)." })
export class MediationObligation {
  @Field(() => ID, { description: "The obligation's id within the case (o1, o2, …)." })
  id!: string;

  @Field(() => ID, { description: "The party who owes it." })
  partyId!: string;

  @Personal("TEXT")
  @Field(() => String, { description: "What is owed; masked for other parties." })
  description!: string;

  @Field(() => Int, { nullable: true, description: "The amount in whole yuan, for payments." })
  amountYuan!: number | null;

  @Field(() => DateTime, { description: "When it is due." })
  dueAt!: string;

  @Field(() => DateTime, { nullable: true, description: "When it was recorded as fulfilled; null while owed." })
  fulfilledAt!: string | null;

  @Personal("TEXT")
  @Field(() => String, { nullable: true, description: "The note recorded with the fulfilment." })
  note!: string | null;

  @Field(() => Boolean, { description: "Still owed under the agreement and past its date." })
  overdue!: boolean;
}

@ObjectType("MediationCase", {
  implements: Node,
  description: "A dispute mediated at a teahouse (和顺茶馆) or service place: parties, mediators, sessions, outcome, agreement and obligations.",
})
export class MediationCase implements Node {
  @Field(() => ID, { description: "The case's id (`md_` and a ULID)." })
  id!: string;

  @Field(() => ID, { description: "The unit that handles it." })
  unitId!: string;

  @Safe()
  @Field(() => String, { description: "That unit's name when the case was opened." })
  unitName!: string;

  @Field(() => ID, { nullable: true, description: "The teahouse or service place it is mediated at, if any." })
  placeId!: string | null;

  @Field(() => ID, { nullable: true, description: "The council it came from or belongs to, if any." })
  councilId!: string | null;

  @Field(() => DisputeCategory, { description: "What the dispute is about." })
  category!: DisputeCategory;

  @Personal("TEXT")
  @Field(() => String, { description: "A short title; masked for other parties." })
  title!: string;

  @Personal("TEXT")
  @Field(() => String, { description: "The dispute as recorded; masked for other parties." })
  summary!: string;

  @Field(() => [MediationParty], { description: "The parties, applicants and respondents." })
  parties!: MediationParty[];

  @Field(() => [MediationMediator], { description: "The mediators." })
  mediators!: MediationMediator[];

  @Field(() => [MediationSession], { description: "Sessions and circuit-court sittings, in the order recorded." })
  sessions!: MediationSession[];

  @Field(() => MediationState, { description: "Where the case stands." })
  state!: MediationState;

  @Field(() => MediationOutcome, { nullable: true, description: "How mediation ended; null until concluded." })
  outcome!: MediationOutcome | null;

  @Personal("TEXT")
  @Field(() => String, { nullable: true, description: "The agreement (调解协议) text, for AGREEMENT; masked for other parties." })
  agreementText!: string | null;

  @Field(() => [MediationObligation], { description: "What the agreement obliges, with due dates and fulfilment." })
  obligations!: MediationObligation[];

  @Field(() => Int, { description: "How many obligations are overdue." })
  overdueObligationCount!: number;

  @Personal("TEXT")
  @Field(() => String, { nullable: true, description: "What closed a referred case (the court's decision); masked for other parties." })
  closingNote!: string | null;

  @Field(() => Int, { description: "Increases with every command; pass it as `expectedVersion`." })
  version!: number;

  @Field(() => DateTime, { description: "When the case was opened." })
  openedAt!: string;

  @Field(() => DateTime, { description: "When it last changed." })
  updatedAt!: string;

  @Field(() => DateTime, { nullable: true, description: "When it was closed; null while open." })
  closedAt!: string | null;
}

export const MediationCaseConnection = Connection(MediationCase, "MediationCase");
export type MediationCaseConnection = InstanceType<typeof MediationCaseConnection>;

@ObjectType("OverdueObligation", { description: "An obligation past its date, with its case." })
export class OverdueObligation {
  @Field(() => MediationCase, { description: "The case." })
  case!: MediationCase;

  @Field(() => MediationObligation, { description: "The obligation." })
  obligation!: MediationObligation;
}

export const OverdueObligationConnection = Connection(OverdueObligation, "OverdueObligation");
export type OverdueObligationConnection = InstanceType<typeof OverdueObligationConnection>;

@ObjectType("MediationStateCount", { description: "How many cases are in one state." })
export class MediationStateCount {
  @Field(() => MediationState, { description: "The state." })
  state!: MediationState;

  @Field(() => Int, { description: "How many cases." })
  count!: number;
}

@ObjectType("MediationCounts", { description: "How many mediation cases a unit and the units beneath it have: what partners may read." })
export class MediationCounts {
  @Field(() => ID, { description: "The unit counted under." })
  unitId!: string;

  @Field(() => Int, { description: "All cases." })
  total!: number;

  @Field(() => [MediationStateCount], { description: "Per state, every state listed (0 included)." })
  byState!: MediationStateCount[];

  @Field(() => Int, { description: "Obligations still owed past their date." })
  overdueObligations!: number;
}

@InputType("MediationPartyInput", { description: "A party to the dispute." })
export class MediationPartyInput {
  @Field(() => PartyKind, { description: "Person or organisation." })
  kind!: PartyKind;

  @Field(() => PartySide, { description: "Applicant or respondent." })
  side!: PartySide;

  @Field(() => String, { description: "The name, at most 60 characters." })
  name!: string;

  @References("Person")
  @Field(() => ID, { nullable: true, description: "The person's user id, if they have one (they then see the case)." })
  personId?: string | null;

  @Field(() => String, { nullable: true, description: "A contact phone: digits, spaces and + - ( ), at most 20 characters." })
  phone?: string | null;
}

@InputType("OpenMediationCaseInput", { description: "A new mediation case." })
export class OpenMediationCaseInput {
  @Field(() => String, { description: "Chosen by the client per case; a retry with the same key returns the same case and writes nothing." })
  idempotencyKey!: string;

  @Subject("OrgUnit")
  @Field(() => ID, { nullable: true, description: "The handling unit (a district, street, town, community or village in your scope); default: your scope unit." })
  unitId?: string | null;

  @References("Place")
  @Field(() => ID, { nullable: true, description: "The teahouse or service place it is mediated at." })
  placeId?: string | null;

  @References("Council")
  @Field(() => ID, { nullable: true, description: "The council it belongs to (`co_…`)." })
  councilId?: string | null;

  @Field(() => DisputeCategory, { description: "What it is about." })
  category!: DisputeCategory;

  @Field(() => String, { description: "A short title, at most 80 characters." })
  title!: string;

  @Field(() => String, { description: "The dispute, at most 2,000 characters." })
  summary!: string;

  @Field(() => [MediationPartyInput], { description: "2–10 parties, at least one on each side." })
  parties!: MediationPartyInput[];

  @References("Person")
  @Field(() => [ID], { description: "1–5 mediators: user ids of admins, grid workers or volunteers." })
  mediatorIds!: string[];
}

@InputType("RecordMediationSessionInput", { description: "A mediation session or circuit-court sitting." })
export class RecordMediationSessionInput {
  @Subject("MediationCase")
  @Field(() => ID, { description: "The case." })
  caseId!: string;

  @Field(() => Int, { description: "The case version you read." })
  expectedVersion!: number;

  @Field(() => SessionKind, { description: "Mediation or circuit court." })
  kind!: SessionKind;

  @Field(() => DateTime, { description: "When it was (or is) held." })
  at!: string;

  @References("Place")
  @Field(() => ID, { nullable: true, description: "Where; default: the case's place." })
  placeId?: string | null;

  @Field(() => String, { nullable: true, description: "The court sitting (at most 80 characters): required for CIRCUIT_COURT, refused otherwise." })
  court?: string | null;

  @Field(() => String, { nullable: true, description: "What happened, at most 2,000 characters." })
  note?: string | null;
}

@InputType("MediationObligationInput", { description: "Something a party undertakes in the agreement." })
export class MediationObligationInput {
  @PartOf("MediationParty")
  @Field(() => ID, { description: "The party who owes it (p1, p2, …)." })
  partyId!: string;

  @Field(() => String, { description: "What is owed, at most 200 characters." })
  description!: string;

  @Field(() => Int, { nullable: true, description: "The amount in whole yuan (1 to 1,000,000,000), for payments." })
  amountYuan?: number | null;

  @Field(() => DateTime, { description: "When it is due." })
  dueAt!: string;
}

@InputType("ConcludeMediationInput", { description: "How mediation ended." })
export class ConcludeMediationInput {
  @Subject("MediationCase")
  @Field(() => ID, { description: "The case." })
  caseId!: string;

  @Field(() => Int, { description: "The case version you read." })
  expectedVersion!: number;

  @Field(() => MediationOutcome, { description: "The outcome." })
  outcome!: MediationOutcome;

  @Field(() => String, { nullable: true, description: "The agreement text, at most 4,000 characters: required for AGREEMENT, refused otherwise." })
  agreementText?: string | null;

  @Field(() => [MediationObligationInput], { nullable: true, description: "At most 10 obligations, for AGREEMENT only; with none the case closes at once." })
  obligations?: MediationObligationInput[] | null;
}

@InputType("FulfilObligationInput", { description: "An obligation met." })
export class FulfilObligationInput {
  @Subject("MediationCase")
  @Field(() => ID, { description: "The case." })
  caseId!: string;

  @Field(() => Int, { description: "The case version you read." })
  expectedVersion!: number;

  @PartOf("MediationObligation")
  @Field(() => ID, { description: "The obligation (o1, o2, …)." })
  obligationId!: string;

  @Field(() => String, { nullable: true, description: "A note, at most 500 characters (e.g. the transfer's reference)." })
  note?: string | null;
}

@InputType("CloseMediationCaseInput", { description: "A referred case decided by the court." })
export class CloseMediationCaseInput {
  @Subject("MediationCase")
  @Field(() => ID, { description: "The case." })
  caseId!: string;

  @Field(() => Int, { description: "The case version you read." })
  expectedVersion!: number;

  @Field(() => String, { description: "What the court decided, at most 2,000 characters." })
  note!: string;
}
