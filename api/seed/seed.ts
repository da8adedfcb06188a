// Writes the demo into an empty table, with progress on a long write. A marker item written
// last tells a complete demo from one whose seeding was interrupted.
import { GetCommand, PutCommand, QueryCommand } from "@aws-sdk/lib-dynamodb";
import { guardItem, unitItem } from "../org/org.store";
import { personItem } from "../people/people.store";
import type { Db } from "../store/dynamo";
import { batchPut } from "../store/ops";
import { categoryItem } from "../issues/category.store";
import { DEMO_CATEGORIES } from "./categories";
import { seedDemoIssues } from "./issues";
import { DISTRICT, shapingbaDemo, type Demo, type DemoOptions } from "./shapingba";

const SEED_MARKER = { pk: "META", sk: "DEMO_SEEDED" };

/** "empty": nothing there yet; "complete": a finished demo; "partial": an interrupted seed. */
export async function seedState(db: Db): Promise<"empty" | "complete" | "partial"> {
  const marker = await db.doc.send(new GetCommand({ TableName: db.table, Key: SEED_MARKER }));
  if (marker.Item) return "complete";
  const out = await db.doc.send(
    new QueryCommand({ TableName: db.table, KeyConditionExpression: "pk = :p", ExpressionAttributeValues: { ":p": `ORG#${DISTRICT.code}` }, Limit: 1 }),
  );
  return (out.Items ?? []).length > 0 ? "partial" : "empty";
}

export interface SeedOptions extends DemoOptions {
  /** Demo issues walked through the loop; 0 for none. */
  issues?: number;
}

export async function seedDemo(db: Db, options: SeedOptions = {}, log: (line: string) => void = () => {}): Promise<Demo> {
  const demo = shapingbaDemo(options);
  const items = [
    ...demo.units.flatMap((u) => [unitItem(u), guardItem(u)]),
    ...demo.people.map(personItem),
    ...DEMO_CATEGORIES.map((c) => categoryItem(DISTRICT.code, c)),
  ];
  log(`Seeding the Shapingba demo: ${demo.units.length} org units, ${demo.people.length} people (${items.length} items)…`);
  let lastShown = 0;
  await batchPut(db, items, (written) => {
    if (written - lastShown >= 1000 || written === items.length) {
      log(`  ${written}/${items.length} items written`);
      lastShown = written;
    }
  });
  const issueCount = options.issues ?? 0;
  if (issueCount > 0) {
    log(`Walking ${issueCount} demo issues through the loop…`);
    await seedDemoIssues(db, demo, { count: issueCount, log });
  }
  await db.doc.send(new PutCommand({ TableName: db.table, Item: { ...SEED_MARKER, type: "Meta", at: new Date().toISOString(), issues: issueCount } }));
  return demo;
}
