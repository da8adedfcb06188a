// The overdue sweep: open, assigned issues past their deadline are supervised automatically
// (督办) once per deadline, with a timeline event and a notice to the level above the handling
// unit. Runs on a schedule in AWS (api/handlers/sweep.ts) and locally with `npm run sweep`.
import { QueryCommand } from "@aws-sdk/lib-dynamodb";
import { TimelineEventKind } from "./issue.enums";
import { NotificationKind } from "../notifications/notification.enums";
import { getUnit } from "../org";
import type { Db } from "../store/dynamo";
import { personRecipient, unitRecipient } from "../notifications/notification.store";
import { notify, timelineEvent } from "./issue.rules";
import { WAITING_STATES } from "./issue.machine";
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
      const page = await store.listIndex(db, { partition: store.partitions.due(districtId), first: 100, after, sortBetween: ["0", now.toISOString()] });
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

/** Supervises one overdue issue unless it was already supervised for this deadline or moved on. */
async function superviseOverdue(db: Db, issueId: string, now: Date): Promise<boolean> {
  const issue = await store.getIssue(db, issueId);
  if (!issue || !issue.dueAt || issue.dueAt >= now.toISOString() || issue.overdueSupervisedFor === issue.dueAt) return false;
  if (!WAITING_STATES.includes(issue.state)) return false;
  const at = now.toISOString();
  const after: store.IssueRecord = { ...issue, supervisionCount: issue.supervisionCount + 1, overdueSupervisedFor: issue.dueAt, version: issue.version + 1, updatedAt: at };
  const handling = await getUnit(db, issue.handlingUnitId);
  const above = handling?.parentId ?? issue.handlingUnitId;
  const message = `Overdue since ${issue.dueAt}: ${issue.title}`;
  const outcome = await store.writeTransition(db, {
    before: issue,
    after,
    event: timelineEvent(after, null, TimelineEventKind.SUPERVISED, issue.state, `Automatic supervision: past the deadline ${issue.dueAt}`, at),
    notifications: [
      notify(unitRecipient(above), NotificationKind.OVERDUE, after, message, at),
      ...(issue.assigneeId ? [notify(personRecipient(issue.assigneeId), NotificationKind.OVERDUE, after, message, at)] : []),
    ],
  });
  // A lost race means someone acted on the issue meanwhile; the next sweep looks again.
  return outcome.ok;
}
