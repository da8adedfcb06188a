// The councils of the demo, from the article: 光荣社区's February meeting decided by show of
// hands, its adopted demands filed as tracked issues (only when the seed walks issues, so
// suites that count issues see none, and their demo stays quick to make); 土主街道's red council hall with its ledger; 香榭里社区's
// residents' council under a fixed id other records refer to.
import { Role, type Actor } from "../auth/actor";
import type { SeedEnv } from "../feature";
import { Cadence, CouncilKind, MemberRole } from "./council.enums";
import { createCouncil } from "./council.rules";
import { openMeeting, recordAttendance, scheduleMeeting, closeMeeting } from "./meeting.rules";
import { createResolutionIssues } from "./task.rules";
import { recordShowOfHands } from "./vote.rules";

/** 香榭里社区's residents' council: the mediation cases of its teahouse refer to this id. */
export const XIANGXIELI_COUNCIL_ID = "co_01KC0000000000000000000XXL";

const FEBRUARY_MEETING = "2026-02-10T11:00:00.000Z";

export async function seedCouncils({ demo, contextAs, log, scale }: SeedEnv): Promise<void> {
  const unit = (name: string) => {
    const found = demo.units.find((u) => u.name === name);
    if (!found) throw new Error(`The demo has no unit ${name}`);
    return found;
  };
  const district = demo.units.find((u) => u.parentId === null)!;
  const as = (sub: string, role: Role, orgId: string, name: string, now: () => Date) => {
    const scope = demo.units.find((u) => u.id === orgId)!;
    const actor: Actor = { sub, role, orgId, scopePath: scope.path, name };
    return contextAs(actor, now);
  };

  // 土主街道's red council hall (红色议事厅) and what its ledger records.
  const tuzhu = unit("土主街道");
  await createCouncil(
    as("u-tuzhu-admin", Role.STREET_ADMIN, tuzhu.id, "刘建国", () => new Date("2026-01-05T02:00:00Z")),
    {
      idempotencyKey: "demo-tuzhu-hall",
      kind: CouncilKind.HALL,
      name: "土主街道红色议事厅",
      unitId: tuzhu.id,
      cadence: Cadence.WEEKLY,
      members: [
        { role: MemberRole.COMMUNITY_STAFF, personId: "u-tuzhu-admin" },
        { role: MemberRole.PARTY_MEMBER, name: "街道党工委代表", organisation: "土主街道党工委" },
        { role: MemberRole.LOCAL_UNIT, name: "驻街单位代表", organisation: "土主街道驻街单位" },
      ],
      quorumPercent: 50,
      ledger: { residentsReceived: 3500, problemsClosed: 462 },
    },
  );

  // 香榭里社区's residents' council (议事会), under its fixed id.
  const xiangxieli = unit("香榭里社区");
  await createCouncil(
    as("u-xiangxieli-admin", Role.COMMUNITY_ADMIN, xiangxieli.id, "兰芳", () => new Date("2026-01-06T02:00:00Z")),
    {
      idempotencyKey: "demo-xiangxieli-council",
      kind: CouncilKind.RESIDENT_COUNCIL,
      name: "香榭里社区议事会",
      unitId: xiangxieli.id,
      cadence: Cadence.MONTHLY,
      members: [
        { role: MemberRole.COMMUNITY_STAFF, personId: "u-xiangxieli-admin" },
        { role: MemberRole.PROPERTY_MANAGEMENT, name: "物业经理", organisation: "香榭里小区物业" },
        { role: MemberRole.OWNER_REPRESENTATIVE, name: "业主代表", organisation: "香榭里业主委员会" },
      ],
      quorumCount: 2,
    },
    XIANGXIELI_COUNCIL_ID,
  );

  // 光荣社区's residents' council and its February meeting, run by the district (the demo has
  // no 光荣社区 admin; district admins may run every council below them).
  const guangrong = unit("光荣社区");
  const at = () => new Date(FEBRUARY_MEETING);
  const admin = as("u-district-admin", Role.DISTRICT_ADMIN, district.id, "周明", at);
  const council = await createCouncil(admin, {
    idempotencyKey: "demo-guangrong-council",
    kind: CouncilKind.RESIDENT_COUNCIL,
    name: "光荣社区议事会",
    unitId: guangrong.id,
    cadence: Cadence.MONTHLY,
    members: [
      { role: MemberRole.COMMUNITY_STAFF, name: "社区书记", organisation: "光荣社区居委会" },
      { role: MemberRole.PROPERTY_MANAGEMENT, name: "物业代表", organisation: "光荣社区物业" },
      { role: MemberRole.OWNER_REPRESENTATIVE, name: "居民代表甲", organisation: "光荣社区居民" },
      { role: MemberRole.OWNER_REPRESENTATIVE, name: "居民代表乙", organisation: "光荣社区居民" },
      { role: MemberRole.LOCAL_UNIT, name: "驻区单位代表", organisation: "光荣社区驻区单位" },
      { role: MemberRole.PARTY_MEMBER, name: "党员代表", organisation: "光荣社区党委" },
      { role: MemberRole.VOLUNTEER, name: "志愿者代表", organisation: "光荣社区志愿服务队" },
    ],
    quorumPercent: 50,
  });
  // The meeting is walked through like the demo issues: only when the seed walks records
  // (npm start), so every test file's small demo stays quick to make.
  if (scale === 0) {
    log("  3 councils");
    return;
  }
  const meeting = await scheduleMeeting(admin, {
    idempotencyKey: "demo-guangrong-2026-02",
    councilId: council.id,
    title: "光荣社区二月议事会",
    startsAt: FEBRUARY_MEETING,
    place: "光荣社区党群服务中心",
    agenda: [
      { title: "审议社区年度12项重点任务", description: "逐项审议社区今年的12项重点任务，明确责任人和完成时限。", plannedMinutes: 60 },
      {
        title: "居民诉求：路灯、公共下水道渗漏、修剪窗前树枝、摩托车停放、增设公共设施",
        description: "居民代表提出的五项诉求，议定后转为问题跟踪办理。",
        plannedMinutes: 45,
      },
    ],
  });
  let current = await openMeeting(admin, { meetingId: meeting.id });
  if (current.attendance.length === 0) {
    current = await recordAttendance(admin, { meetingId: meeting.id, attendees: council.members.map((m) => ({ memberId: m.id })), othersPresent: 23 });
  }
  for (const item of current.agenda) {
    current = await recordShowOfHands(admin, { meetingId: meeting.id, itemId: item.id, for: 28, against: 1, abstain: 1 });
  }
  {
    const grid = demo.units.find((u) => u.parentId === guangrong.id)!;
    const demand = (title: string, description: string, categoryCode: string) => ({ title, description, categoryCode, gridId: grid.id });
    await createResolutionIssues(admin, {
      meetingId: meeting.id,
      itemId: current.agenda[1].id,
      idempotencyKey: "demo-guangrong-2026-02-demands",
      tasks: [
        demand("小区路灯维修", "议事会议定：维修小区内不亮的路灯。", "FACILITY_STREETLIGHT"),
        demand("公共下水道渗漏整治", "议事会议定：整治渗漏的公共下水道。", "FACILITY_DRAIN"),
        demand("修剪窗前树枝", "议事会议定：修剪遮挡居民窗户的树枝。", "PROPERTY_DISPUTE"),
        demand("规范摩托车停放", "议事会议定：划定摩托车停放区域，清理占道停放。", "FIRE_ACCESS_BLOCKED"),
        demand("增设公共设施", "议事会议定：增设座椅等公共设施。", "PROPERTY_DISPUTE"),
      ],
    });
  }
  if (current.state === "IN_SESSION") {
    await closeMeeting(admin, { meetingId: meeting.id, report: "会议审议通过社区年度12项重点任务；居民提出的五项诉求经举手表决通过，转为问题跟踪办理，逐项销号。" });
  }
  log("  3 councils, 1 meeting, 5 council tasks");
}
