import type DataLoader from "dataloader";
import { COUNCIL_IDEMPOTENCY } from "./councils.idempotency";
import type { CouncilRecord, MeetingRecord } from "./council.codec";
import { defineFeature } from "../feature";
import { byId } from "../kit/loaders";
import { CouncilResolver, CouncilTaskResolver } from "./council.resolver";
import { councilNode } from "./council.rules";
import { seedCouncils } from "./council.seed";
import { getCouncils, getMeetings } from "./council.store";
import { COUNCIL_POLICY } from "./councils.policy";
import { AgendaItemResolver, MeetingResolver } from "./meeting.resolver";
import { meetingNode } from "./meeting.rules";
import { issueChanged } from "./task.rules";

declare module "../feature" {
  interface Loaders {
    council: DataLoader<string, CouncilRecord | null>;
    meeting: DataLoader<string, MeetingRecord | null>;
  }
}

export const councils = defineFeature({
  name: "councils",
  resolvers: [CouncilResolver, CouncilTaskResolver, MeetingResolver, AgendaItemResolver],
  policy: COUNCIL_POLICY,
  repeats: COUNCIL_IDEMPOTENCY,
  loaders: (db) => ({
    council: byId((ids) => getCouncils(db, ids)),
    meeting: byId((ids) => getMeetings(db, ids)),
  }),
  // A council's task notebook moves with its issues, in the issues' own transactions.
  hooks: { issueChanged },
  nodes: [
    { prefix: "co_", typename: "Council", load: councilNode },
    { prefix: "mt_", typename: "Meeting", load: meetingNode },
  ],
  seed: seedCouncils,
});
