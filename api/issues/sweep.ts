// The overdue sweep: open, assigned issues past their deadline are supervised automatically
// (督办) once per deadline — the same supervise transition an officer runs, written by the same
// versioned-aggregate writer (issue.rules.ts: superviseOverdue). Runs on a schedule in AWS (api/issues/sweep.handler.ts) and locally with `npm run sweep`.
import { QueryCommand } from "@aws-sdk/lib-dynamodb";
import type { Db } from "../store/dynamo";
import { superviseOverdue } from "./issue.rules";
import * as store from "./issue.store";

export interface SweepResult {
  districts: number;
  overdue: number;
  supervised: number;
  skipped: number;
}

export async function sweepOverdue(db: Db, options: { now?: Date; log?: (line: string) => void } = {}): Promise<SweepResult> {
  const now = options.now ?? new Date();
  const log = options.log ?? (() => {});
  const result: SweepResult = { districts: 0, overdue: 0, supervised: 0, skipped: 0 };
  for (const districtId of await districts(db)) {
    result.districts += 1;
    let after: string | null = null;
    do {
      const page = await store.listIndex(db, { partition: store.partitions.due(districtId), first: 100, after, sortBetween: ["0", now.toISOString()], list: "overdue" });
      for (const { item } of page.items) {
        result.overdue += 1;
        (await superviseOverdue(db, item.issueId, now)) ? (result.supervised += 1) : (result.skipped += 1);
      }
      after = page.hasNextPage ? page.endCursor : null;
      log(`  district ${districtId}: ${result.overdue} overdue so far, ${result.supervised} supervised`);
    } while (after);
  }
  return result;
}

async function districts(db: Db): Promise<string[]> {
  const out = await db.doc.send(
    new QueryCommand({ TableName: db.table, IndexName: "gsi2", KeyConditionExpression: "gsi2pk = :k", ExpressionAttributeValues: { ":k": "KIND#DISTRICT" } }),
  );
  return (out.Items ?? []).map((i) => i.id as string);
}
