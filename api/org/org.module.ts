// The org hierarchy as one feature: district → streets and towns → communities and villages →
// grids → buildings, their party branches and grid workers.
import DataLoader from "dataloader";
import { defineFeature } from "../feature";
import { batchPut } from "../store/ops";
import { createChildrenLoader } from "./children.loader";
import type { OrgUnitRecord } from "./org.codec";
import { ORG_POLICY } from "./org.policy";
import { OrgUnitResolver } from "./org.resolver";
import { findVisibleUnit } from "./org.rules";
import { ViewerResolver } from "./viewer.resolver";
import { getUnit, getUnits, guardItem, unitItem, workerCopyItem } from "./org.store";

export const org = defineFeature({
  name: "org",
  resolvers: [OrgUnitResolver, ViewerResolver],
  policy: ORG_POLICY,
  // Units created through the API have `ou_` ids; the demo's seeded units keep their codes as
  // ids (6 to 17 digits: district 500106 down to a building), which node(id:) must reach too.
  nodes: [{ prefix: "ou_", unprefixed: /^\d{6,17}$/, typename: "OrgUnit", load: findVisibleUnit }],
  loaders: (db) => ({
    orgUnit: new DataLoader<string, OrgUnitRecord | null>(async (ids) => {
      const found = await getUnits(db, ids);
      return ids.map((id) => found.get(id) ?? null);
    }),
    /** Pages of a unit's children: nested `children` of many parents are read together. */
    children: createChildrenLoader(db),
  }),
  guards: {
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
