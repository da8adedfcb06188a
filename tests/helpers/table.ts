// Every item of a test's table, read with a paged Scan (tests only: the API never scans).
import { ScanCommand } from "@aws-sdk/lib-dynamodb";
import type { Harness } from "./harness";

export async function tableItems(h: Pick<Harness, "db">): Promise<Record<string, unknown>[]> {
  const items: Record<string, unknown>[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const out = await h.db.doc.send(new ScanCommand({ TableName: h.db.table, ExclusiveStartKey: start }));
    items.push(...((out.Items ?? []) as Record<string, unknown>[]));
    start = out.LastEvaluatedKey;
  } while (start);
  return items;
}
