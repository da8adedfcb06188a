import "reflect-metadata"; // type-graphql decorators need it loaded before any class is declared
import { Field, ID, InputType, Int, ObjectType } from "type-graphql";
import { Connection } from "../../schema/common/connection.type";
import { DateTime } from "../../schema/common/date-time";
import { Node } from "../../schema/common/node";
import { Cadence, CouncilKind, MajorityBase, MajorityThreshold, MemberRole, TaskOrigin, TaskStanding } from "./council.enums";
import "./council.enums.graphql";
import { Personal, References, Safe, Subject } from "../../schema/common/privacy";

@ObjectType("CouncilMember", { description: "A member of a council: a person with an account, or a name with the organisation they come from." })
export class CouncilMember {
  @Safe()
  @Field(() => String, { description: "Stable within the council (m1, m2, …); attendance names members by it." })
  id!: string;

  @Field(() => MemberRole, { description: "Whom the member represents." })
  role!: MemberRole;

  @Field(() => ID, { nullable: true, description: "The member's account; shown only to the admins who run the council." })
  personId!: string | null;

  @Personal("NAME")
  @Field(() => String, { description: "The member's name." })
  name!: string;

  @Safe()
  @Field(() => String, { nullable: true, description: "The organisation the member comes from (a property company, a school)." })
  organisation!: string | null;
}

@ObjectType("CouncilLedger", { description: "Figures the council reports from its own ledger (台账), kept as recorded." })
export class CouncilLedger {
  @Field(() => Int, { description: "Residents received (接待群众)." })
  residentsReceived!: number;

  @Field(() => Int, { description: "Problems closed (解决问题)." })
  problemsClosed!: number;
}

@ObjectType("CouncilProgress", { description: "The council's task notebook in numbers (小本子销号), read from its task keys." })
export class CouncilProgress {
  @Field(() => Int, { description: "Tasks whose issue is still open." })
  open!: number;

  @Field(() => Int, { description: "Open tasks past their due date (the council's own, else the issue's deadline)." })
  overdue!: number;

  @Field(() => Int, { description: "Tasks crossed off: their issue was closed." })
  closed!: number;

  @Field(() => Int, { description: "Tasks whose issue was rejected or merged into another." })
  dropped!: number;
}

@ObjectType("CouncilTask", { description: "An issue a council tracks: an adopted item's resolution or a resident's demand." })
export class CouncilTask {
  @Field(() => ID, { description: "The issue; read it with issue(id)." })
  issueId!: string;

  @Personal("TEXT")
  @Field(() => String, { description: "The task as the council worded it." })
  title!: string;

  @Field(() => TaskOrigin, { description: "A resolution or a demand." })
  origin!: TaskOrigin;

  @Field(() => TaskStanding, { description: "Open, crossed off, or dropped, following the issue." })
  standing!: TaskStanding;

  @Safe()
  @Field(() => String, { description: "The issue's state when it last changed (an IssueState value)." })
  issueState!: string;

  @Field(() => DateTime, { nullable: true, description: "When it is due: the council's deadline, else the issue's SLA deadline once assigned." })
  dueAt!: string | null;

  @Field(() => Boolean, { description: "Open and past its due date." })
  overdue!: boolean;

  @Field(() => DateTime, { nullable: true, description: "When its issue was closed, rejected or merged." })
  closedAt!: string | null;

  @Field(() => ID, { description: "The meeting that created it." })
  meetingId!: string;

  @Safe()
  @Field(() => String, { nullable: true, description: "The agenda item whose resolution it is; null for a demand." })
  itemId!: string | null;

  @Field(() => DateTime, { description: "When it was filed." })
  createdAt!: string;
}

export const CouncilTaskConnection = Connection(CouncilTask, "CouncilTask");

@ObjectType("QuorumRule", { description: "How many council members must be present for a vote to count." })
export class QuorumRule {
  @Field(() => Int, { nullable: true, description: "A fixed number of members, when the quorum is a count." })
  count!: number | null;

  @Field(() => Int, { nullable: true, description: "A percentage of the members (rounded up), when the quorum is a share." })
  percentOfMembers!: number | null;

  @Field(() => Int, { description: "The members required today, from the rule and the member count." })
  membersRequired!: number;
}

@ObjectType("Council", { implements: Node, description: "A deliberative body of a unit: a red council hall, a residents' council, a teahouse or a village parlour." })
export class Council extends Node {
  @Field(() => CouncilKind, { description: "What kind of body it is." })
  kind!: CouncilKind;

  @Safe()
  @Field(() => String, { description: "Its name, e.g. 光荣社区议事会." })
  name!: string;

  @Field(() => ID, { description: "The unit it belongs to (a community, a street or above)." })
  unitId!: string;

  @Field(() => ID, { nullable: true, description: "The service place it meets at, if recorded." })
  placeId!: string | null;

  @Field(() => Cadence, { description: "How often it meets." })
  cadence!: Cadence;

  @Field(() => [CouncilMember], { description: "Its members by role." })
  members!: CouncilMember[];

  @Field(() => MajorityThreshold, { description: "The share of the base that adopts an item." })
  majority!: MajorityThreshold;

  @Field(() => MajorityBase, { description: "What the majority is a share of." })
  majorityBase!: MajorityBase;

  @Field(() => CouncilLedger, { nullable: true, description: "Figures from its own ledger, when it reported any." })
  ledger!: CouncilLedger | null;

  @Field(() => DateTime, { description: "When it was registered in gridnet." })
  createdAt!: string;
}

export const CouncilConnection = Connection(Council, "Council");

@ObjectType("CouncilCounts", { description: "How many councils and meetings a unit has (all partners see of councils)." })
export class CouncilCounts {
  @Field(() => ID, { description: "The unit counted (its own and everything beneath it)." })
  unitId!: string;

  @Field(() => Int, { description: "Councils of the unit and beneath it." })
  councils!: number;

  @Field(() => Int, { description: "Meetings ever scheduled by those councils." })
  meetings!: number;
}

@InputType("CouncilMemberInput", { description: "A member: give personId, or a name with an organisation." })
export class CouncilMemberInput {
  @Field(() => MemberRole, { description: "Whom the member represents." })
  role!: MemberRole;

  @References("Person")
  @Field(() => ID, { nullable: true, description: "The member's account, if they have one." })
  personId?: string | null;

  @Field(() => String, { nullable: true, description: "At most 30 characters; default: the account's name." })
  name?: string | null;

  @Field(() => String, { nullable: true, description: "At most 60 characters; required without an account." })
  organisation?: string | null;
}

@InputType("CouncilLedgerInput", { description: "Figures from the council's own ledger." })
export class CouncilLedgerInput {
  @Field(() => Int, { description: "Residents received." })
  residentsReceived!: number;

  @Field(() => Int, { description: "Problems closed." })
  problemsClosed!: number;
}

@InputType("CreateCouncilInput", { description: "A new council in a unit you run." })
export class CreateCouncilInput {
  @Field(() => String, { description: "Chosen by the client per council; a retry with the same key returns the same council, other content under it is refused." })
  idempotencyKey!: string;

  @Field(() => CouncilKind, { description: "What kind of body." })
  kind!: CouncilKind;

  @Field(() => String, { description: "At most 40 characters." })
  name!: string;

  @Subject("OrgUnit")
  @Field(() => ID, { description: "A community, street or the district in your scope." })
  unitId!: string;

  @References("Place")
  @Field(() => ID, { nullable: true, description: "The service place it meets at." })
  placeId?: string | null;

  @Field(() => Cadence, { description: "How often it meets." })
  cadence!: Cadence;

  @Field(() => [CouncilMemberInput], { description: "At most 40 members." })
  members!: CouncilMemberInput[];

  @Field(() => Int, { nullable: true, description: "Quorum as a number of members present (give this or quorumPercent)." })
  quorumCount?: number | null;

  @Field(() => Int, { nullable: true, description: "Quorum as a percentage of the members, 1–100, rounded up (give this or quorumCount)." })
  quorumPercent?: number | null;

  @Field(() => MajorityThreshold, { nullable: true, description: "Default SIMPLE." })
  majority?: MajorityThreshold | null;

  @Field(() => MajorityBase, { nullable: true, description: "Default VOTES_CAST." })
  majorityBase?: MajorityBase | null;

  @Field(() => CouncilLedgerInput, { nullable: true, description: "Figures from its own ledger, if any." })
  ledger?: CouncilLedgerInput | null;
}
