// The one visibility rule for councils and their meetings, and what each reader gets of them.
// Every path applies it: council(id), councils, meeting(id), meetings, nested fields and
// node(id:). docs/councils.md states it in words.
//   - partners see no council or meeting, only counts (councilCounts);
//   - everyone else sees the councils of their scope unit, of the units above it (a street's
//     hall serves its communities' residents) and, admins, of every unit beneath it;
//   - a meeting is seen with its council when it is public; a non-public one only by the
//     admins who run the council (their scope holds its unit).
// A council task is its issue's title as filed, often a resident's demand as taken down with
// their name and number: everyone but the admins who run the council reads it masked, as the
// issue's own public title is (docs/personal-data.md). Each presentation only says who is
// entitled; the masking layer (api/privacy) masks every personal field of the rest.
import { Role, aboveScope, inScope, isAdmin, type Actor } from "../auth/actor";
import { namesIn } from "../people/masking";
import { ENTITLED, audience, maskedAudience, tagged } from "../privacy/audience";
import type { CouncilRecord, MeetingRecord, TaskRecord } from "./council.codec";

const reaches = (actor: Actor, path: string) => inScope(actor, path) || aboveScope(actor, path);

export function canSeeCouncil(actor: Actor, council: Pick<CouncilRecord, "unitPath">): boolean {
  return actor.role !== Role.PARTNER && reaches(actor, council.unitPath);
}

/** Admins whose scope holds the council's unit: they schedule, open, record, close. */
export function runsCouncil(actor: Actor, council: Pick<CouncilRecord, "unitPath">): boolean {
  return isAdmin(actor) && inScope(actor, council.unitPath);
}

export function canSeeMeeting(actor: Actor, meeting: Pick<MeetingRecord, "unitPath" | "public">): boolean {
  if (!canSeeCouncil(actor, meeting)) return false;
  return meeting.public || runsCouncil(actor, meeting);
}

/** A council as `actor` reads it: members' accounts and names as written only for those who run it. */
export function presentCouncil(actor: Actor, council: CouncilRecord): CouncilRecord {
  if (runsCouncil(actor, council)) return tagged(council, ENTITLED);
  return tagged(
    { ...council, members: council.members.map((m) => ({ ...m, personId: null })) },
    maskedAudience(() => memberNames(council)),
  );
}

/** A council task as `actor` reads it: its title as filed only for those who run the council. */
export function presentTask(actor: Actor, council: Pick<CouncilRecord, "unitPath">, task: TaskRecord): TaskRecord {
  return tagged(task, audience(runsCouncil(actor, council)));
}

const memberNames = (council: Pick<CouncilRecord, "members">) => council.members.map((m) => m.name);

export interface MeetingView extends MeetingRecord {
  /** Everyone present (named and others), and the council members among them. */
  presentCount: number;
  membersPresent: number;
  /** Whether the reader runs the council (sees attendees by name and the registrations). */
  runByViewer: boolean;
}

/**
 * A meeting as `actor` reads it: who attended, by name, only for those who run it; everyone gets
 * the numbers. Its free text (title, agenda, report, cancel reason) is written by admins about
 * residents' affairs, so everyone else reads it through the masking layer, as with issues.
 */
export function presentMeeting(actor: Actor, meeting: MeetingRecord): MeetingView {
  const runs = runsCouncil(actor, meeting);
  const numbers = { runByViewer: runs, presentCount: presentCount(meeting), membersPresent: membersPresent(meeting) };
  if (runs) return tagged({ ...meeting, ...numbers }, ENTITLED);
  return tagged(
    { ...meeting, ...numbers, attendance: [] },
    maskedAudience(() => meetingNames(meeting)),
  );
}

/** The names a meeting knows (its attendees) or its texts mark: masked in all of it, and in its notices. */
export function meetingNames(meeting: MeetingRecord): string[] {
  const texts = [meeting.title, meeting.place, meeting.report, meeting.cancelReason, ...meeting.agenda.flatMap((i) => [i.title, i.description])];
  return [...meeting.attendance.map((a) => a.name), ...namesIn(texts)];
}

export const presentCount = (meeting: MeetingRecord) => meeting.attendance.length + meeting.othersPresent;
export const membersPresent = (meeting: MeetingRecord) => meeting.attendance.filter((a) => a.memberId !== null).length;
