import "reflect-metadata"; // type-graphql decorators need it loaded before any class is declared
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import { Connection } from "../../schema/common/connection.type";
import { DateTime } from "../../schema/common/date-time";
import { Node } from "../../schema/common/node";
import { Personal, References, Safe, Subject } from "../../schema/common/privacy";
import { Specialty, TeamKind, TeamRole, VolunteerStatus } from "./volunteer.enums";

registerEnumType(TeamKind, {
  name: "TeamKind",
  description: "A tier of the Hongyan volunteer corps (红岩志愿者).",
  valuesConfig: {
    CORPS: { description: "The district's corps (总队): one, at the district." },
    BRANCH: { description: "A street's or town's branch (支队)." },
    SQUAD: { description: "A community's or village's squad (分队)." },
    SPECIALIST: { description: 'A specialist team ("9+N" 专业队伍): legal aid, medical, emergency rescue, …, formed at any unit down to a community.' },
  },
});
registerEnumType(Specialty, {
  name: "Specialty",
  description: "What a specialist team does.",
  valuesConfig: {
    LEGAL_AID: { description: "法律援助 legal aid." },
    MEDICAL: { description: "医疗卫生 medical care." },
    EMERGENCY_RESCUE: { description: "应急救援 emergency rescue." },
    CULTURE: { description: "文化文艺 culture and the arts." },
    ENVIRONMENT: { description: "生态环保 the environment." },
    EDUCATION: { description: "教育助学 education." },
    ELDERLY_CARE: { description: "为老服务 care for the elderly." },
    PSYCHOLOGICAL_SUPPORT: { description: "心理疏导 psychological support." },
    COMMUNITY_SAFETY: { description: "平安巡防 community safety patrols." },
    OTHER: { description: 'The "+N": a team a street or community raises for itself (党员先锋团, 能人帮帮团).' },
  },
});
registerEnumType(VolunteerStatus, {
  name: "VolunteerStatus",
  description: "Where a volunteer's registration stands.",
  valuesConfig: {
    ACTIVE: { description: "Serving." },
    SUSPENDED: { description: "Not taking part for now." },
    LEFT: { description: "No longer a volunteer; the record is kept." },
  },
});
registerEnumType(TeamRole, {
  name: "TeamRole",
  description: "A volunteer's place in a team.",
  valuesConfig: { LEADER: { description: "Leads the team (队长)." }, MEMBER: { description: "A member." } },
});

@ObjectType("Team", { implements: Node, description: "A team of the volunteer corps, bound to an org unit; public to every signed-in role but partners." })
export class Team implements Node {
  @Field(() => ID, { description: "`vt_…`; fetch it again with `team(id:)` or `node(id:)`." })
  id!: string;

  @Field(() => TeamKind, { description: "Its tier." })
  kind!: TeamKind;

  @Field(() => Specialty, { nullable: true, description: "What it does, for a specialist team; null otherwise." })
  specialty!: Specialty | null;

  @Safe()
  @Field(() => String, { description: "Its name, e.g. 金蓉社区志愿服务分队 (an organisation's name, not personal data)." })
  name!: string;

  @Field(() => ID, { description: "The unit it is bound to." })
  unitId!: string;

  @Safe()
  @Field(() => String, { description: "That unit's name when the team was formed." })
  unitName!: string;

  @Field(() => Int, { description: "How many volunteers are on its roster." })
  memberCount!: number;

  @Field(() => DateTime, { description: "When it was formed." })
  createdAt!: string;
}

export const TeamConnection = Connection(Team, "Team");
export type TeamConnection = InstanceType<typeof TeamConnection>;

@ObjectType("Volunteer", {
  implements: Node,
  description:
    "A registered volunteer (the real-name registry): read by the volunteer themselves and by the admins whose scope holds their home unit — the only readers their ID number and phone are shown to.",
})
export class Volunteer implements Node {
  @Field(() => ID, { description: "`vo_…`, decided by the volunteer number; fetch it again with `volunteer(id:)` or `node(id:)`." })
  id!: string;

  @Safe()
  @Field(() => String, { description: "The number the national volunteer system gave (全国志愿服务信息系统)." })
  volunteerNumber!: string;

  @Personal("NAME")
  @Field(() => String, { description: "Their real name." })
  name!: string;

  @Personal("WITHHELD")
  @Field(() => String, { nullable: true, description: "Their resident ID number: stored sealed, shown only to the volunteer and their registry's admins." })
  idNumber!: string | null;

  @Personal("PHONE")
  @Field(() => String, { nullable: true, description: "Their phone: stored sealed, shown whole only to the volunteer and their registry's admins." })
  phone!: string | null;

  @Safe()
  @Field(() => [String], { description: "What they can do (labels such as 急救, 法律, 手语)." })
  skills!: string[];

  @Field(() => VolunteerStatus, { description: "Where their registration stands." })
  status!: VolunteerStatus;

  @Field(() => Boolean, { description: "Whether they are a member of the Party (党员), for mobilisation calls to party members." })
  partyMember!: boolean;

  @Field(() => ID, {
    nullable: true,
    description: "Their account, when they have one: the same Person whatever their role (a resident who volunteers, a grid worker who is a party member).",
  })
  personId!: string | null;

  @Field(() => ID, { description: "Their home unit: its registry lists them." })
  unitId!: string;

  @Field(() => DateTime, { description: "When they were registered." })
  createdAt!: string;
}

export const VolunteerConnection = Connection(Volunteer, "Volunteer");
export type VolunteerConnection = InstanceType<typeof VolunteerConnection>;

@InputType("CreateTeamInput", { description: "A new team of the corps." })
export class CreateTeamInput {
  @Field(() => TeamKind, { description: "CORPS at the district, BRANCH at a street or town, SQUAD at a community or village, SPECIALIST at any of them." })
  kind!: TeamKind;

  @Field(() => Specialty, { nullable: true, description: "Required for a SPECIALIST team; refused for any other." })
  specialty?: Specialty | null;

  @Field(() => String, { description: "At most 40 characters." })
  name!: string;

  @Subject("OrgUnit")
  @Field(() => ID, { nullable: true, description: "The unit it is bound to (in your scope); default: your scope unit." })
  unitId?: string | null;

  @Field(() => String, { description: "Chosen by the client per team; a retry with the same key returns the same team." })
  idempotencyKey!: string;
}

@InputType("RegisterVolunteerInput", { description: "A volunteer for the real-name registry; the volunteer number decides the entry, so a repeat returns it." })
export class RegisterVolunteerInput {
  @Field(() => String, { description: "The national system's volunteer number: 1–32 letters, digits or - _ . :" })
  volunteerNumber!: string;

  @Field(() => String, { description: "Their real name, at most 20 characters." })
  name!: string;

  @Field(() => String, { description: "Their resident ID number (18 characters, the check character verified). Sealed before it is stored." })
  idNumber!: string;

  @Field(() => String, { nullable: true, description: "Their phone, 3–20 digits, spaces or + - ( ). Sealed before it is stored." })
  phone?: string | null;

  @Field(() => [String], { nullable: true, description: "Up to 10 skills, at most 20 characters each." })
  skills?: string[] | null;

  @Field(() => Boolean, { nullable: true, description: "A member of the Party (default false)." })
  partyMember?: boolean | null;

  @Subject("OrgUnit")
  @Field(() => ID, { nullable: true, description: "Their home unit (in your scope); default: your scope unit." })
  unitId?: string | null;

  @References("Person")
  @Field(() => ID, { nullable: true, description: "Their account, when they have one (a person you may read); one registry entry per person." })
  personId?: string | null;
}

@InputType("JoinTeamInput", { description: "A volunteer to add to a team's roster." })
export class JoinTeamInput {
  @Subject("Team")
  @Field(() => ID, { description: "A team whose unit is in your scope." })
  teamId!: string;

  @References("Volunteer")
  @Field(() => ID, { description: "A volunteer of your registry." })
  volunteerId!: string;

  @Field(() => TeamRole, { nullable: true, description: "Default MEMBER." })
  role?: TeamRole | null;
}
