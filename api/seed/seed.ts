// Writes the demo into an empty table, with progress on a long write.
import { QueryCommand } from "@aws-sdk/lib-dynamodb";
import { guardItem, unitItem, workerItem } from "../org/org.store";
import { personItem } from "../people/people.store";
import type { Db } from "../store/dynamo";
import { batchPut } from "../store/ops";
import { DISTRICT, shapingbaDemo, type Demo, type DemoOptions } from "./shapingba";

export async function isSeeded(db: Db): Promise<boolean> {
  const out = await db.doc.send(
    new QueryCommand({ TableName: db.table, KeyConditionExpression: "pk = :p", ExpressionAttributeValues: { ":p": `ORG#${DISTRICT.code}` }, Limit: 1 }),
  );
  return (out.Items ?? []).length > 0;
}

export async function seedDemo(db: Db, options: DemoOptions = {}, log: (line: string) => void = () => {}): Promise<Demo> {
  const demo = shapingbaDemo(options);
  const items = [
    ...demo.units.flatMap((u) => [unitItem(u), guardItem(u)]),
    ...demo.workers.map(workerItem),
    ...demo.people.map(personItem),
  ];
  log(`Seeding the Shapingba demo: ${demo.units.length} org units, ${demo.people.length} people (${items.length} items)…`);
  let lastShown = 0;
  await batchPut(db, items, (written) => {
    if (written - lastShown >= 1000 || written === items.length) {
      log(`  ${written}/${items.length} items written`);
      lastShown = written;
    }
  });
  return demo;
}
