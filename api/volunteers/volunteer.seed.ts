// The demo's corps, from the article: the district's corps, a branch for each of the 22 streets
// and towns, a squad for each community and village, the 9 specialist teams, and 土主街道's
// 党员先锋团 (56 members) and 能人帮帮团 (252). 苏雪 (the demo volunteer) is registered in 金蓉社区
// — the "most beautiful volunteer community" of 磁器口古镇 — and serves in its squad. The two
// 土主 teams get their members only when the seed walks records (npm start), so each test
// file's small demo stays quick.
import { Role, type Actor } from "../auth/actor";
import type { SeedEnv } from "../feature";
import { lookupHash, seal } from "../kit/sealing";
import { OrgUnitKind, type OrgUnitRecord } from "../org";
import { batchPut, type Item } from "../store/ops";
import type { TeamRecord, VolunteerRecord } from "./volunteer.codec";
import { Specialty, TeamKind, TeamRole, VolunteerStatus } from "./volunteer.enums";
import { volunteerKeys as keys } from "./volunteer.keys";
import { checkCharacter, idNumberHint, joinTeam, newTeam, phoneHint, registerVolunteer, volunteerId } from "./volunteer.rules";
import { teamItems } from "./volunteer.store";

const AT = "2026-01-01T00:00:00.000Z";

const SPECIALISTS: [Specialty, string][] = [
  [Specialty.LEGAL_AID, "法律援助志愿服务队"],
  [Specialty.MEDICAL, "医疗卫生志愿服务队"],
  [Specialty.EMERGENCY_RESCUE, "应急救援志愿服务队"],
  [Specialty.CULTURE, "文化文艺志愿服务队"],
  [Specialty.ENVIRONMENT, "生态环保志愿服务队"],
  [Specialty.EDUCATION, "教育助学志愿服务队"],
  [Specialty.ELDERLY_CARE, "为老服务志愿服务队"],
  [Specialty.PSYCHOLOGICAL_SUPPORT, "心理疏导志愿服务队"],
  [Specialty.COMMUNITY_SAFETY, "平安巡防志愿服务队"],
];

/** The demo's team ids follow from the unit and the team: seeded the same way on every run. */
export const demoTeamId = (unitId: string, what: string) => `vt_${unitId}_${what}`;

function team(unit: OrgUnitRecord, kind: TeamKind, name: string, what: string, specialty: Specialty | null = null, memberCount = 0): TeamRecord {
  return { ...newTeam({ id: demoTeamId(unit.id, what), kind, specialty, name, unit, at: AT, by: "demo-seed" }), memberCount };
}

/** A valid demo ID number: 500106 (沙坪坝区), a birth date, a sequence and its check character. */
function demoIdNumber(n: number): string {
  const body = `50010619${String(70 + (n % 30)).padStart(2, "0")}0101${String(n % 1000).padStart(3, "0")}`;
  return `${body}${checkCharacter(body)}`;
}

/** Members of a team written in batches: the entries (sealed), their listings and the roster. */
function membersOf(teamRecord: TeamRecord, unit: OrgUnitRecord, count: number, prefix: string, first: number): Item[] {
  return Array.from({ length: count }, (_, i) => {
    const n = first + i;
    const id = demoIdNumber(n);
    const phone = `139${String(10_000_000 + n).slice(-8)}`;
    const volunteerNumber = `${prefix}${String(i + 1).padStart(4, "0")}`;
    const record: VolunteerRecord = {
      id: volunteerId(volunteerNumber),
      volunteerNumber,
      name: `${"王李张刘陈杨赵黄周吴"[n % 10]}${"志强秀英建国丽华红梅海燕"[n % 10]}`,
      personId: null,
      idNumberSealed: seal(id),
      idNumberHint: idNumberHint(id),
      phoneSealed: seal(phone),
      phoneHint: phoneHint(phone),
      skills: [],
      status: VolunteerStatus.ACTIVE,
      partyMember: prefix.startsWith("TZDY"),
      unitId: unit.id,
      unitName: unit.name,
      unitPath: unit.path,
      unitIds: [...unit.ancestorIds, unit.id],
      teamIds: [teamRecord.id],
      requestHash: "demo-seed",
      version: 1,
      createdAt: AT,
      updatedAt: AT,
    };
    return [
      { ...keys.volunteer(record.id), type: "Volunteer", ...record },
      { ...keys.idNumberGuard(lookupHash("id-number", id)), type: "VolunteerGuard", volunteerId: record.id },
      ...record.unitIds.map((unitId) => ({ pk: keys.volunteers(unitId), sk: volunteerNumber, type: "VolunteerIndex", volunteerId: record.id })),
      {
        pk: keys.roster(teamRecord.id),
        sk: volunteerNumber,
        type: "TeamMembership",
        teamId: teamRecord.id,
        volunteerId: record.id,
        volunteerNumber,
        role: TeamRole.MEMBER,
        joinedAt: AT,
      },
    ];
  }).flat();
}

export async function seedVolunteers(env: SeedEnv): Promise<void> {
  const { demo, db, log } = env;
  const units = demo.units;
  const district = units.find((u) => u.kind === OrgUnitKind.DISTRICT)!;
  const streets = units.filter((u) => u.kind === OrgUnitKind.STREET || u.kind === OrgUnitKind.TOWN);
  const communities = units.filter((u) => u.kind === OrgUnitKind.COMMUNITY || u.kind === OrgUnitKind.VILLAGE);
  const tuzhu = units.find((u) => u.name === "土主街道")!;
  const walked = env.scale > 0;
  const vanguard = team(tuzhu, TeamKind.SPECIALIST, "土主街道党员先锋团", "vanguard", Specialty.OTHER, walked ? 56 : 0);
  const helpers = team(tuzhu, TeamKind.SPECIALIST, "土主街道能人帮帮团", "helpers", Specialty.OTHER, walked ? 252 : 0);
  const teams = [
    team(district, TeamKind.CORPS, "沙坪坝区红岩志愿者总队", "corps"),
    ...streets.map((s) => team(s, TeamKind.BRANCH, `${s.name}红岩志愿者支队`, "branch")),
    ...communities.map((c) => team(c, TeamKind.SQUAD, `${c.name}志愿服务分队`, "squad")),
    ...SPECIALISTS.map(([specialty, name]) => team(district, TeamKind.SPECIALIST, name, specialty.toLowerCase(), specialty)),
    vanguard,
    helpers,
  ];
  await batchPut(db, teams.flatMap(teamItems));
  log(`  ${teams.length} volunteer teams (1 corps, ${streets.length} branches, ${communities.length} squads, ${SPECIALISTS.length + 2} specialist)`);

  // 苏雪 through the rules, as an admin of 金蓉社区 would register her.
  const jinrong = units.find((u) => u.name === "金蓉社区")!;
  const admin: Actor = { sub: "demo-seed", role: Role.COMMUNITY_ADMIN, orgId: jinrong.id, scopePath: jinrong.path, name: "金蓉社区" };
  const ctx = env.contextAs(admin, () => new Date(AT));
  const su = demo.people.find((p) => p.id === "u-volunteer");
  const entry = await registerVolunteer(ctx, {
    volunteerNumber: "CQ5001060001",
    name: su?.name ?? "苏雪",
    idNumber: demoIdNumber(1),
    phone: su?.phone ?? null,
    skills: ["讲解", "急救"],
    partyMember: true,
    unitId: jinrong.id,
    personId: su?.id ?? null,
  });
  await joinTeam(ctx, { teamId: demoTeamId(jinrong.id, "squad"), volunteerId: entry.id, role: TeamRole.LEADER });
  if (walked) {
    await batchPut(db, [...membersOf(vanguard, tuzhu, 56, "TZDY", 100), ...membersOf(helpers, tuzhu, 252, "TZNR", 200)]);
    log("  308 volunteers of 土主街道's 党员先锋团 and 能人帮帮团");
  }
}
