// The mediation case as an aggregate of the command runner (api/kit/command.ts): how it is read,
// the one relation its rows name (runner), who sent a version (its event), and what one command
// writes — the case at its new version, its event and its index entries (obligations due).
import type { AggregateType } from "../kit/command";
import type { MediationCaseRecord } from "./mediation.codec";
import type { MediationState } from "./mediation.enums";
import { MEDIATION_ACTIONS, type MediationActionName } from "./mediation.policy";
import * as store from "./mediation.store";
import { canSeeCase, presentCase, runs, type CaseView } from "./mediation.view";

export const MEDIATION_CASE: AggregateType<MediationCaseRecord, CaseView, MediationState, "runner"> = {
  name: "Mediation case",
  actions: MEDIATION_ACTIONS,
  read: (ctx, id) => store.getCase(ctx.db, id),
  visible: canSeeCase,
  relations: { runner: (_ctx, actor, c) => runs(actor, c) },
  state: (c) => c.state,
  async senderOf(ctx, c, version) {
    const event = await store.getCaseEvent(ctx.db, c.id, version);
    return event && { actorId: event.actorId, requestHash: event.requestHash };
  },
  write: (ctx, w) =>
    store.writeCase(
      ctx.db,
      w.before,
      w.after,
      {
        caseId: w.after.id,
        version: w.after.version,
        kind: MEDIATION_ACTIONS[w.action as MediationActionName].event,
        action: w.action,
        actorId: w.actor?.sub ?? "system",
        at: w.at,
        requestHash: w.requestHash ?? "",
      },
      w.leading,
    ),
  remember(ctx, c) {
    ctx.loaders.mediationCase.clear(c.id).prime(c.id, c);
  },
  present: (_ctx, actor, c, now) => presentCase(actor, c, now),
};
