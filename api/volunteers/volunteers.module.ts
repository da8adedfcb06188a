// Volunteers as one feature: the Hongyan corps' teams (corps → branches → squads, and the "9+N"
// specialist teams) and the real-name registry, whose ID numbers and phones are stored sealed.
// Service, recognition and mobilisation build on it as their own modules. docs/volunteers.md
// has the rules.
import type DataLoader from "dataloader";
import { defineFeature } from "../feature";
import { byId } from "../kit/loaders";
import type { TeamRecord, VolunteerRecord } from "./volunteer.codec";
import { TeamResolver, VolunteerResolver } from "./volunteer.resolver";
import { teamNode, volunteerNode } from "./volunteer.rules";
import { seedVolunteers } from "./volunteer.seed";
import { getTeams, getVolunteers } from "./volunteer.store";
import { VOLUNTEER_IDEMPOTENCY } from "./volunteers.idempotency";
import { VOLUNTEERS_POLICY } from "./volunteers.policy";

declare module "../feature" {
  interface Loaders {
    team: DataLoader<string, TeamRecord | null>;
    volunteer: DataLoader<string, VolunteerRecord | null>;
  }
}

export const volunteers = defineFeature({
  name: "volunteers",
  resolvers: [TeamResolver, VolunteerResolver],
  policy: VOLUNTEERS_POLICY,
  repeats: VOLUNTEER_IDEMPOTENCY,
  loaders: (db) => ({
    team: byId((ids) => getTeams(db, ids)),
    volunteer: byId((ids) => getVolunteers(db, ids)),
  }),
  nodes: [
    { prefix: "vt_", typename: "Team", load: teamNode },
    { prefix: "vo_", typename: "Volunteer", load: volunteerNode },
  ],
  seed: seedVolunteers,
});
