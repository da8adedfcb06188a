// Councils as one feature: red council halls, residents' councils, teahouses and village
// parlours; their meetings, votes, and the resolutions that become tracked issues.
// docs/councils.md has the rules.
import DataLoader from "dataloader";
import { defineFeature } from "../feature";
import type { CouncilRecord, MeetingRecord } from "./council.codec";
import { CouncilResolver, CouncilTaskResolver } from "./council.resolver";
import { councilNode } from "./council.rules";
import { seedCouncils } from "./council.seed";
import { getCouncils, getMeetings } from "./council.store";
import { COUNCIL_POLICY } from "./councils.policy";
import { AgendaItemResolver, MeetingResolver } from "./meeting.resolver";
import { meetingNode } from "./meeting.rules";
import { issueChanged } from "./task.rules";

export const councils = defineFeature({
  name: "councils",
  resolvers: [CouncilResolver, CouncilTaskResolver, MeetingResolver, AgendaItemResolver],
  policy: COUNCIL_POLICY,
  loaders: (db) => ({
    council: new DataLoader<string, CouncilRecord | null>(async (ids) => {
      const found = await getCouncils(db, ids);
      return ids.map((id) => found.get(id) ?? null);
    }),
    meeting: new DataLoader<string, MeetingRecord | null>(async (ids) => {
      const found = await getMeetings(db, ids);
      return ids.map((id) => found.get(id) ?? null);
    }),
  }),
  // A council's task notebook moves with its issues, in the issues' own transactions.
  guards: { issueChanged },
  nodes: [
    { prefix: "co_", typename: "Council", load: councilNode },
    { prefix: "mt_", typename: "Meeting", load: meetingNode },
  ],
  seed: seedCouncils,
});
