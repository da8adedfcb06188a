import { HealthResolver } from "./common/health.resolver";
import { PLATFORM_IDEMPOTENCY } from "./platform.idempotency";
import { NodeResolver } from "./common/node.resolver";
import { defineFeature } from "./feature";
import { byId } from "./kit/loaders";
import { NOTIFICATION_FUNCTIONS } from "./notifications/notifications.functions";
import { NOTIFICATION_POLICY } from "./notifications/notification.policy";
import { NotificationResolver } from "./notifications/notification.resolver";
import { getPeople, personItem } from "./people/people.store";
import { PEOPLE_POLICY } from "./people/people.policy";
import { findVisiblePerson } from "./people/people.rules";
import { PersonResolver } from "./people/person.resolver";
import { batchPut } from "./store/ops";

export const platform = defineFeature({
  name: "platform",
  resolvers: [HealthResolver, NodeResolver, NotificationResolver, PersonResolver],
  repeats: PLATFORM_IDEMPOTENCY,
  policy: {
    health: { who: "public", relation: "none" },
    // Each feature's load applies its type's single-read rule (api/common/node.resolver.ts).
    node: { who: "signedIn", relation: "visible" },
    ...NOTIFICATION_POLICY,
    ...PEOPLE_POLICY,
  },
  loaders: (db) => ({
    person: byId((ids) => getPeople(db, ids)),
  }),
  async seed({ db, demo, log }) {
    log(`  ${demo.people.length} people`);
    await batchPut(db, demo.people.map(personItem));
  },
  // People are no Node, but inputs name them (members, mediators, assignees).
  references: [{ typename: "Person", matches: (id) => id.length > 0, load: findVisiblePerson }],
  functions: NOTIFICATION_FUNCTIONS,
});
