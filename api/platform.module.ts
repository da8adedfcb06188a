// What every feature stands on and that is served through GraphQL: health, the signed-in
// actor, people, and the outbox. Shaped like a feature so the same list drives it.
import DataLoader from "dataloader";
import { HealthResolver } from "./common/health.resolver";
import { NodeResolver } from "./common/node.resolver";
import { defineFeature } from "./feature";
import { NOTIFICATION_POLICY } from "./notifications/notification.policy";
import { NotificationResolver } from "./notifications/notification.resolver";
import { getPeople, personItem } from "./people/people.store";
import { PEOPLE_POLICY } from "./people/people.policy";
import { findVisiblePerson } from "./people/people.rules";
import { PersonResolver } from "./people/person.resolver";
import type { PersonRecord } from "./people/person.codec";
import { batchPut } from "./store/ops";

export const platform = defineFeature({
  name: "platform",
  resolvers: [HealthResolver, NodeResolver, NotificationResolver, PersonResolver],
  policy: {
    health: { who: "public", relation: "none" },
    // Each feature's load applies its type's single-read rule (api/common/node.resolver.ts).
    node: { who: "signedIn", relation: "visible" },
    ...NOTIFICATION_POLICY,
    ...PEOPLE_POLICY,
  },
  loaders: (db) => ({
    person: new DataLoader<string, PersonRecord | null>(async (ids) => {
      const found = await getPeople(db, ids);
      return ids.map((id) => found.get(id) ?? null);
    }),
  }),
  async seed({ db, demo, log }) {
    log(`  ${demo.people.length} people`);
    await batchPut(db, demo.people.map(personItem));
  },
  // People are no Node, but inputs name them (members, mediators, assignees).
  references: [{ typename: "Person", matches: (id) => id.length > 0, load: findVisiblePerson }],
  functions: [
    {
      id: "Notifications",
      entry: "api/handlers/notify.ts",
      description: "gridnet: notification delivery (new outbox messages from the table's stream)",
      trigger: { stream: { itemTypes: ["Notification"], events: ["INSERT"] } },
    },
  ],
});
