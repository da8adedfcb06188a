// Who sees a volunteer team or a registry entry and what of it they read (volunteer.view.ts),
// without a database; and the volunteers' policy table row by row. The registry's ID number and
// phone are sealed: only the volunteer and the admins over their home unit get them opened,
// everyone else the hints, and the masking layer masks the rest for them.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Role, type Actor } from "../../api/auth/actor";
import { admits, type PolicyEntry, type Who } from "../../api/auth/policy";
import { SEAL_KEY_FILE_ENV, seal } from "../../api/kit/sealing";
import { ENTITLED, audienceOf } from "../../api/privacy/audience";
import type { TeamRecord, VolunteerRecord } from "../../api/volunteers/volunteer.codec";
import { Specialty, TeamKind, VolunteerStatus } from "../../api/volunteers/volunteer.enums";
import { canSeeTeam, canSeeVolunteer, isVolunteerSelf, keepsRegistry, presentTeam, presentVolunteer, runsTeam } from "../../api/volunteers/volunteer.view";
import { VOLUNTEERS_POLICY } from "../../api/volunteers/volunteers.policy";

process.env[SEAL_KEY_FILE_ENV] ??= join(mkdtempSync(join(tmpdir(), "gridnet-seal-")), "seal.key");

const R = Role;
const EVERY_ROLE = Object.values(Role);
const ADMINS = [R.DISTRICT_ADMIN, R.STREET_ADMIN, R.COMMUNITY_ADMIN];
const DISTRICT = "500106";
const STREET = `${DISTRICT}/500106017`;
const COMMUNITY = `${STREET}/500106017001`;
const OTHER_STREET = `${DISTRICT}/500106018`;

const actor = (role: Role, scopePath: string, sub = `u-${role.toLowerCase()}`): Actor => ({ sub, role, orgId: scopePath.split("/").pop()!, scopePath });

const team = (fields: Partial<TeamRecord> = {}): TeamRecord => ({
  id: "tm_1",
  kind: TeamKind.SPECIALIST,
  specialty: Specialty.LEGAL_AID,
  name: "法律援助队",
  unitId: "500106017001",
  unitName: "凤凰山社区",
  unitPath: COMMUNITY,
  unitIds: ["500106", "500106017", "500106017001"],
  memberCount: 3,
  createdAt: "2026-03-01T08:00:00.000Z",
  createdBy: "u-admin",
  ...fields,
});

const ID_NUMBER = "500106199011251234";
const PHONE = "13912345678";
const volunteer = (fields: Partial<VolunteerRecord> = {}): VolunteerRecord => ({
  id: "vo_1",
  volunteerNumber: "CQ2026000123",
  name: "赵敏",
  personId: "u-zhao",
  idNumberSealed: seal(ID_NUMBER),
  idNumberHint: "5001**********1234",
  phoneSealed: seal(PHONE),
  phoneHint: "139****5678",
  skills: ["法律咨询"],
  status: VolunteerStatus.ACTIVE,
  partyMember: true,
  unitId: "500106017001",
  unitName: "凤凰山社区",
  unitPath: COMMUNITY,
  unitIds: ["500106", "500106017", "500106017001"],
  teamIds: ["tm_1"],
  requestHash: "h",
  version: 1,
  createdAt: "2026-03-01T08:00:00.000Z",
  updatedAt: "2026-03-01T08:00:00.000Z",
  ...fields,
});

describe("teams", () => {
  it("are seen by every role but partners", () => {
    expect(EVERY_ROLE.filter((role) => canSeeTeam(actor(role, STREET)))).toEqual(EVERY_ROLE.filter((role) => role !== R.PARTNER));
  });

  it("are run by the admins whose scope holds the team's unit, and no one else", () => {
    expect(EVERY_ROLE.filter((role) => runsTeam(actor(role, STREET), team()))).toEqual(ADMINS);
    expect(runsTeam(actor(R.STREET_ADMIN, OTHER_STREET), team())).toBe(false);
    expect(runsTeam(actor(R.COMMUNITY_ADMIN, `${COMMUNITY}/50010601700101`), team())).toBe(false);
    expect(runsTeam(actor(R.GRID_WORKER, COMMUNITY), team())).toBe(false);
  });

  it("read as written by everyone who may see them, masked for a partner", () => {
    for (const role of EVERY_ROLE.filter((r) => r !== R.PARTNER)) {
      const presented = presentTeam(actor(role, OTHER_STREET), team());
      expect([role, audienceOf(presented)]).toEqual([role, ENTITLED]);
      expect(presented).toMatchObject(team());
    }
    expect(audienceOf(presentTeam(actor(R.PARTNER, DISTRICT), team()))?.entitled).toBe(false);
  });
});

describe("registry entries", () => {
  it("are seen by the volunteer through their account and by the admins over their home unit", () => {
    const v = volunteer();
    expect(canSeeVolunteer(actor(R.VOLUNTEER, OTHER_STREET, "u-zhao"), v)).toBe(true);
    expect(EVERY_ROLE.filter((role) => canSeeVolunteer(actor(role, STREET), v))).toEqual(ADMINS);
    expect(canSeeVolunteer(actor(R.DISTRICT_ADMIN, DISTRICT), v)).toBe(true);
    expect(canSeeVolunteer(actor(R.STREET_ADMIN, OTHER_STREET), v)).toBe(false);
    expect(canSeeVolunteer(actor(R.GRID_WORKER, COMMUNITY), v)).toBe(false);
  });

  it("have no self when they have no account, whoever asks", () => {
    const v = volunteer({ personId: null });
    expect(isVolunteerSelf(actor(R.VOLUNTEER, COMMUNITY, "u-zhao"), v)).toBe(false);
    // An actor whose subject were null could not claim an account-less entry either.
    expect(isVolunteerSelf({ ...actor(R.VOLUNTEER, COMMUNITY), sub: null as unknown as string }, v)).toBe(false);
    expect(isVolunteerSelf(actor(R.VOLUNTEER, COMMUNITY, "u-zhao"), volunteer())).toBe(true);
    expect(isVolunteerSelf(actor(R.VOLUNTEER, COMMUNITY, "u-other"), volunteer())).toBe(false);
  });

  it("keep the registry with the admins over the home unit only", () => {
    expect(keepsRegistry(actor(R.COMMUNITY_ADMIN, COMMUNITY), volunteer())).toBe(true);
    expect(keepsRegistry(actor(R.COMMUNITY_ADMIN, OTHER_STREET), volunteer())).toBe(false);
    expect(keepsRegistry(actor(R.VOLUNTEER, COMMUNITY, "u-zhao"), volunteer())).toBe(false);
  });

  it("open the ID number and phone for the volunteer and the registry's admins, as written", () => {
    for (const reader of [actor(R.VOLUNTEER, OTHER_STREET, "u-zhao"), actor(R.STREET_ADMIN, STREET)]) {
      const presented = presentVolunteer(reader, volunteer());
      expect([presented.idNumber, presented.phone, audienceOf(presented)]).toEqual([ID_NUMBER, PHONE, ENTITLED]);
      expect(presented.name).toBe("赵敏");
    }
  });

  it("give everyone else no ID number, the phone's hint only, and a masked audience", () => {
    const presented = presentVolunteer(actor(R.STREET_ADMIN, OTHER_STREET), volunteer());
    expect([presented.idNumber, presented.phone, presented.idNumberHint, audienceOf(presented)?.entitled]).toEqual([null, "139****5678", "5001**********1234", false]);
  });

  it("give no phone to anyone when none was registered", () => {
    const none = volunteer({ phoneSealed: null, phoneHint: null });
    expect(presentVolunteer(actor(R.STREET_ADMIN, STREET), none).phone).toBeNull();
    expect(presentVolunteer(actor(R.STREET_ADMIN, OTHER_STREET), none).phone).toBeNull();
  });

  it("leave the stored record as it was", () => {
    const v = volunteer();
    const copy = { ...v };
    presentVolunteer(actor(R.STREET_ADMIN, STREET), v);
    expect(v).toEqual(copy);
    expect(audienceOf(v)).toBeUndefined();
  });
});

describe("the volunteers' policy table", () => {
  const admitted = (who: Who) => EVERY_ROLE.filter((role) => admits(who, role));
  const rows = (table: Record<string, PolicyEntry>) => Object.fromEntries(Object.entries(table).map(([field, entry]) => [field, [admitted(entry.who), entry.relation]]));

  it("lets every signed-in role ask for one team or entry (answered null when not theirs), contributors list teams, and admins keep the registry", () => {
    expect(rows(VOLUNTEERS_POLICY)).toEqual({
      team: [EVERY_ROLE, "visibleTeam"],
      teams: [EVERY_ROLE.filter((role) => role !== R.PARTNER), "anyUnit"],
      volunteer: [EVERY_ROLE, "visibleVolunteer"],
      volunteers: [ADMINS, "unitInScope"],
      createTeam: [ADMINS, "unitInScope"],
      registerVolunteer: [ADMINS, "unitInScope"],
      joinTeam: [ADMINS, "teamInScope"],
    });
  });
});
