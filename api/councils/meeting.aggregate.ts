// The meeting as an aggregate of the command runner (api/kit/command.ts): how it is read, who
// relates to it how (the relations MEETING_ACTIONS names), who sent a version (its event), and
// what one command writes — the meeting at its new version, its event, its index entries and
// the members' notices.
import type { AggregateType } from "../kit/command";
import type { NotificationRecord } from "../notifications/notification.store";
import type { MeetingRecord } from "./council.codec";
import type { MeetingState } from "./council.enums";
import * as store from "./council.store";
import { canSeeMeeting, presentMeeting, runsCouncil, type MeetingView } from "./council.view";
import { MEETING_ACTIONS, type MeetingRelation } from "./councils.policy";

/** What a command on a meeting adds to its transaction: the notices it sends. */
export type MeetingEffects = (after: MeetingRecord) => NotificationRecord[];

export const MEETING: AggregateType<MeetingRecord, MeetingView, MeetingState, MeetingRelation, MeetingEffects> = {
  name: "Meeting",
  actions: MEETING_ACTIONS,
  read: (ctx, id) => store.getMeeting(ctx.db, id),
  visible: canSeeMeeting,
  relations: {
    visibleMeeting: (_ctx, actor, meeting) => canSeeMeeting(actor, meeting),
    runsCouncil: (_ctx, actor, meeting) => runsCouncil(actor, meeting),
    registered: async (ctx, actor, meeting) => (await store.getRegistration(ctx.db, meeting.id, actor.sub)) !== null,
  },
  state: (meeting) => meeting.state,
  senderOf: (ctx, meeting, version) => store.meetingSender(ctx.db, meeting.id, version),
  write: (ctx, w) =>
    store.writeMeeting(ctx.db, {
      before: w.before,
      after: w.after,
      action: w.row.field,
      actorId: w.actor?.sub ?? "system",
      requestHash: w.requestHash,
      notifications: w.effects?.(w.after),
      extra: w.leading,
    }),
  remember(ctx, meeting) {
    ctx.loaders.meeting.clear(meeting.id).prime(meeting.id, meeting);
  },
  present: (_ctx, actor, meeting) => presentMeeting(actor, meeting),
};
