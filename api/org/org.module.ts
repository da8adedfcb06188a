// The hierarchy as one feature: district → streets and towns → communities and villages → grids
// → buildings, their admins and grid workers. It fires beforeUnitMove, so other features can
// refuse a move that would strand their records under the old path.
import { ORG_IDEMPOTENCY } from "./org.idempotency";
import type DataLoader from "dataloader";
import { defineFeature, type GridnetContext } from "../feature";
import { byId } from "../kit/loaders";
import { batchPut } from "../store/ops";
import { createChildrenLoader } from "./children.loader";
import { ORG_POLICY } from "./org.policy";
import { OrgUnitResolver } from "./org.resolver";
import { findVisibleUnit } from "./org.rules";
import { ViewerResolver } from "./viewer.resolver";
import { getUnit, getUnits, guardItem, unitItem, workerCopyItem } from "./org.store";
import type { OrgUnitRecord } from "./org.codec";

declare module "../feature" {
  interface Loaders {
    orgUnit: DataLoader<string, OrgUnitRecord | null>;
    /** Pages of a unit's children: nested `children` of many parents are read together. */
    children: ReturnType<typeof createChildrenLoader>;
  }
  interface Hooks {
    /** Runs before a unit (and everything beneath it) moves; throws to refuse the move. */
    beforeUnitMove(ctx: GridnetContext, unit: OrgUnitRecord): Promise<void>;
  }
  interface DemoWorld {
    units: OrgUnitRecord[];
  }
}

export const org = defineFeature({
  name: "org",
  resolvers: [OrgUnitResolver, ViewerResolver],
  policy: ORG_POLICY,
  repeats: ORG_IDEMPOTENCY,
  // Units created through the API have `ou_` ids; the demo's seeded units keep their codes as
  // ids (6 to 17 digits: district 500106 down to a building), which node(id:) must reach too.
  nodes: [{ prefix: "ou_", unprefixed: /^\d{6,17}$/, typename: "OrgUnit", load: findVisibleUnit }],
  loaders: (db) => {
    const orgUnit = byId((ids) => getUnits(db, ids));
    // The platform resolves a token's scope through scopeUnit: the same loader, so one read serves both.
    return { orgUnit, scopeUnit: orgUnit, children: createChildrenLoader(db) };
  },
  hooks: {
    // A grid keeps its workers' names and phones (a page of grids needs no second read):
    // a changed person is rewritten there in the same transaction.
    async copiesOfPerson(ctx, before, after) {
      if (!before.orgId) return [];
      // Read fresh, not through the request's loader: the copy is conditioned on this version.
      const grid = await getUnit(ctx.db, before.orgId);
      if (!grid?.workers.some((w) => w.id === before.id)) return [];
      return [workerCopyItem(ctx.db, grid, { id: after.id, name: after.name, phone: after.phone })];
    },
  },
  async seed({ db, demo, log }) {
    log(`  ${demo.units.length} org units`);
    await batchPut(
      db,
      demo.units.flatMap((u) => [unitItem(u), guardItem(u)]),
    );
  },
});
