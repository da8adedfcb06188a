import type DataLoader from "dataloader";
import { MEDIATION_IDEMPOTENCY } from "./mediation.idempotency";
import type { MediationCaseRecord } from "./mediation.codec";
import { conflict } from "../errors";
import { defineFeature } from "../feature";
import { byId } from "../kit/loaders";
import { MEDIATION_POLICY } from "./mediation.policy";
import { MediationResolver, MediationSessionResolver } from "./mediation.resolver";
import { mediationCaseNode } from "./mediation.rules";
import { seedMediation } from "./mediation.seed";
import { getCases, hasCasesUnder } from "./mediation.store";

declare module "../feature" {
  interface Loaders {
    mediationCase: DataLoader<string, MediationCaseRecord | null>;
  }
}

export const mediation = defineFeature({
  name: "mediation",
  resolvers: [MediationResolver, MediationSessionResolver],
  policy: MEDIATION_POLICY,
  repeats: MEDIATION_IDEMPOTENCY,
  loaders: (db) => ({
    mediationCase: byId((ids) => getCases(db, ids)),
  }),
  // The cases are walked through the rules (a dozen transactions): like the demo issues, only
  // when walked-through records are asked for, so every test file's small demo stays quick.
  async seed(env) {
    if (env.scale > 0) await seedMediation(env);
  },
  nodes: [{ prefix: "md_", typename: "MediationCase", load: mediationCaseNode }],
  hooks: {
    // Cases are found under every unit above theirs, kept on the records; a move would leave them
    // under the old ones. Re-filing them is not built, so a unit with cases cannot move (as with issues).
    async beforeUnitMove(ctx, unit) {
      if (await hasCasesUnder(ctx.db, unit.id)) throw conflict(`${unit.name} has mediation cases; a unit with cases cannot move yet.`);
    },
  },
});
