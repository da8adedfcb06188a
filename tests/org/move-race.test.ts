// A grid cannot move while reports go into it: round after round, six reports race one move of
// a fresh grid to another community. Whatever wins, every issue sits under its grid's current
// path and is listed under the grid's current community — never filed at a path the grid has left.
import { Role } from "../../api/auth/actor";
import { getIssue } from "../../api/issues/issue.store";
import { getUnit } from "../../api/org/org.store";
import { createHarness, outcome, type Harness } from "../helpers/harness";

let h: Harness;
let district: string;
beforeAll(async () => {
  h = await createHarness();
  district = await h.token(Role.DISTRICT_ADMIN, "500106", "u-district-admin");
});
afterAll(() => h.close());

const CREATE = "mutation($i: CreateOrgUnitInput!) { createOrgUnit(input: $i) { id } }";
const MOVE = "mutation($i: MoveOrgUnitInput!) { moveOrgUnit(input: $i) { id path } }";
const REPORT = "mutation($i: ReportIssueInput!) { reportIssue(input: $i) { issue { id } } }";

it("never leaves an issue at a path its grid has left, over many rounds of reports racing a move", async () => {
  const from = h.unit("凤凰山社区");
  const to = h.unit("香榭里社区");
  const tally = { moved: 0, refusedMoves: 0, reports: 0, refusedReports: 0 };
  for (let round = 0; round < 16; round += 1) {
    const created = await h.gql(district, CREATE, {
      i: { parentId: from.id, kind: "GRID", segment: String(60 + round), name: `竞速网格${round}`, idempotencyKey: `race-${round}` },
    });
    expect(outcome(created)).toBe("OK");
    const gridId: string = created.data!.createOrgUnit.id;
    // Staggered starts, different each round, so the move lands before, between and after reports.
    const reports = Array.from({ length: 6 }, async (_, i) => {
      await new Promise((r) => setTimeout(r, (i * 9 + round * 5) % 60));
      return h.gql(district, REPORT, {
        i: { idempotencyKey: `race-${round}-${i}`, title: "井盖破损", description: "竞速测试", categoryCode: "SANITATION_WASTE", gridId, channel: "HOTLINE" },
      });
    });
    const move = h.gql(district, MOVE, { i: { id: gridId, newParentId: to.id } });
    const [moved, ...filed] = await Promise.all([move, ...reports]);

    expect(["OK", "CONFLICT"]).toContain(outcome(moved));
    if (outcome(moved) === "OK") tally.moved += 1;
    else tally.refusedMoves += 1;
    const grid = (await getUnit(h.db, gridId))!;
    for (const res of filed) {
      expect(["OK", "CONFLICT"]).toContain(outcome(res));
      if (outcome(res) !== "OK") {
        tally.refusedReports += 1;
        continue;
      }
      tally.reports += 1;
      const issue = (await getIssue(h.db, res.data!.reportIssue.issue.id))!;
      expect([issue.locationPath, issue.locationUnitIds]).toEqual([grid.path, [...grid.ancestorIds, grid.id]]);
    }
    expect(grid.ancestorIds).toContain(outcome(moved) === "OK" ? to.id : from.id);
  }
  console.log(`16 rounds of 6 reports racing a move: ${JSON.stringify(tally)}`);
  // Both sides won sometimes, or the race was not a race.
  expect(tally.reports).toBeGreaterThan(0);
  expect(tally.moved).toBeGreaterThan(0);
  expect(tally.moved + tally.refusedMoves).toBe(16);
});

it("refuses, with CONFLICT, a report whose grid moved after the report read it", async () => {
  const created = await h.gql(district, CREATE, { i: { parentId: h.unit("凤凰山社区").id, kind: "GRID", segment: "59", name: "迟到网格", idempotencyKey: "late-grid" } });
  const gridId: string = created.data!.createOrgUnit.id;
  // The report's context loads the grid first (as a report would), then the grid moves.
  const { createContext } = await import("../../api/context");
  const { reportIssue } = await import("../../api/issues/issue.rules");
  const ctx = await createContext(h.db, h.auth, `Bearer ${district}`);
  await ctx.loaders.orgUnit.load(gridId);
  expect(outcome(await h.gql(district, MOVE, { i: { id: gridId, newParentId: h.unit("香榭里社区").id } }))).toBe("OK");
  await expect(
    reportIssue(ctx, { idempotencyKey: "late-1", title: "井盖破损", description: "迟到", categoryCode: "SANITATION_WASTE", gridId, channel: "HOTLINE" as never }),
  ).rejects.toMatchObject({ extensions: { code: "CONFLICT" } });
  expect(await h.gql(district, "query($id: ID!) { issues(filter: { under: $id }) { edges { node { id } } } }", { id: gridId })).toMatchObject({ data: { issues: { edges: [] } } });
});
