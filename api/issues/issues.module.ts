// The issue loop as one feature: report → assess → assign → handle → feedback → close, with
// escalation, supervision, rework, SLAs and the overdue sweep; and the category catalogue.
import DataLoader from "dataloader";
import { conflict } from "../errors";
import { defineFeature } from "../feature";
import { batchPut } from "../store/ops";
import { CategoryResolver } from "./category.resolver";
import { DEMO_CATEGORIES } from "./category.seed";
import { categoryItem, listCategories, type CategoryRecord } from "./category.store";
import type { EventRecord, IssueRecord } from "./issue.codec";
import { ISSUE_POLICY } from "./issue.policy";
import { IssueResolver } from "./issue.resolver";
import { findVisibleIssue } from "./issue.rules";
import { seedDemoIssues } from "./issue.seed";
import { getHistory, getIssues, hasIssues } from "./issue.store";

export const issues = defineFeature({
  name: "issues",
  resolvers: [IssueResolver, CategoryResolver],
  policy: ISSUE_POLICY,
  nodes: [{ prefix: "is_", typename: "Issue", load: findVisibleIssue }],
  loaders: (db) => ({
    issue: new DataLoader<string, IssueRecord | null>(async (ids) => {
      const found = await getIssues(db, ids);
      return ids.map((id) => found.get(id) ?? null);
    }),
    /** An issue's timeline and duplicate links. */
    history: new DataLoader<string, { events: EventRecord[]; duplicateIds: string[] }>((ids) => Promise.all(ids.map((id) => getHistory(db, id)))),
    /** A district's category catalogue, by district id. */
    categories: new DataLoader<string, CategoryRecord[]>((districtIds) => Promise.all(districtIds.map((id) => listCategories(db, id)))),
  }),
  async seed(env) {
    const district = env.demo.units.find((u) => u.parentId === null)!;
    await batchPut(
      env.db,
      DEMO_CATEGORIES.map((c) => categoryItem(district.id, c)),
    );
    if (env.scale > 0) {
      env.log(`Walking ${env.scale} demo issues through the loop…`);
      await seedDemoIssues(env, { count: env.scale });
    }
  },
  guards: {
    // Issues are listed under every ancestor of their grid; a move would leave them under the
    // old ones. Re-indexing them is a bulk job not built yet, so the move is refused — and a
    // report racing the move is stopped by its hold on the grid (org.store.ts: reportHold).
    async beforeUnitMove(ctx, unit) {
      if (await hasIssues(ctx.db, unit.id)) throw conflict(`${unit.name} has issues; a unit with issues cannot move yet.`);
    },
  },
  functions: [
    {
      id: "OverdueSweep",
      entry: "api/handlers/sweep.ts",
      description: "gridnet: overdue sweep (supervise issues past their deadline)",
      trigger: { schedule: { everyMinutes: 15 } },
    },
  ],
});
