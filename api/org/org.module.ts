// The org hierarchy as one feature: district → streets and towns → communities and villages →
// grids → buildings, their party branches and grid workers.
import DataLoader from "dataloader";
import { defineFeature } from "../feature";
import { batchPut } from "../store/ops";
import { createChildrenLoader } from "./children.loader";
import type { OrgUnitRecord } from "./org.codec";
import { ORG_POLICY } from "./org.policy";
import { OrgUnitResolver } from "./org.resolver";
import { ViewerResolver } from "./viewer.resolver";
import { getUnits, guardItem, unitItem } from "./org.store";

export const org = defineFeature({
  name: "org",
  resolvers: [OrgUnitResolver, ViewerResolver],
  policy: ORG_POLICY,
  loaders: (db) => ({
    orgUnit: new DataLoader<string, OrgUnitRecord | null>(async (ids) => {
      const found = await getUnits(db, ids);
      return ids.map((id) => found.get(id) ?? null);
    }),
    /** Pages of a unit's children: nested `children` of many parents are read together. */
    children: createChildrenLoader(db),
  }),
  async seed({ db, demo, log }) {
    log(`  ${demo.units.length} org units`);
    await batchPut(db, demo.units.flatMap((u) => [unitItem(u), guardItem(u)]));
  },
});
