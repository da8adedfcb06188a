// Teams, registry entries and memberships as stored, checked on the way out of the table. The
// registry's ID number and phone are stored sealed (api/kit/sealing.ts) with a masked hint; the
// plain values never reach the table.
import { arrayOf, bool, decode, int, nullable, object, oneOf, str, type Infer } from "../store/codec";
import { Specialty, TeamKind, TeamRole, VolunteerStatus } from "./volunteer.enums";

export type TeamRecord = Infer<typeof teamShape>;
export type VolunteerRecord = Infer<typeof volunteerShape>;
export type MembershipRecord = Infer<typeof membershipShape>;

const teamShape = object({
  id: str,
  kind: oneOf(TeamKind),
  /** Set for SPECIALIST teams. */
  specialty: nullable(oneOf(Specialty)),
  name: str,
  unitId: str,
  unitName: str,
  /** The unit's path when the team was formed; its unit and every unit above it list it. */
  unitPath: str,
  unitIds: arrayOf(str),
  memberCount: int,
  createdAt: str,
  createdBy: str,
});

const volunteerShape = object({
  id: str,
  /** The number the national volunteer system gave (全国志愿服务信息系统): the registry's natural key. */
  volunteerNumber: str,
  name: str,
  /** The person's account, when they have one: one Person across roles (a resident who volunteers). */
  personId: nullable(str),
  /** AES-256-GCM, sealed (api/kit/sealing.ts); and the masked form everyone else reads. */
  idNumberSealed: str,
  idNumberHint: str,
  phoneSealed: nullable(str),
  phoneHint: nullable(str),
  skills: arrayOf(str),
  status: oneOf(VolunteerStatus),
  partyMember: bool,
  unitId: str,
  unitName: str,
  unitPath: str,
  unitIds: arrayOf(str),
  /** The teams they serve in (a person may be in several). */
  teamIds: arrayOf(str),
  /** The digest of the registration: a repeat of the same registration is recognised. */
  requestHash: str,
  version: int,
  createdAt: str,
  updatedAt: str,
});

const membershipShape = object({ teamId: str, volunteerId: str, volunteerNumber: str, role: oneOf(TeamRole), joinedAt: str });

export const decodeTeam = (item: unknown): TeamRecord => decode(teamShape, item, "Team");
export const decodeVolunteer = (item: unknown): VolunteerRecord => decode(volunteerShape, item, "Volunteer");
export const decodeMembership = (item: unknown): MembershipRecord => decode(membershipShape, item, "TeamMembership");
