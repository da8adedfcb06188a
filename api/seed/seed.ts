// Writes the demo into an empty table, each feature its part (api/features.ts). A marker item
// written last tells a complete demo from one whose seeding was interrupted.
import { GetCommand, PutCommand, QueryCommand } from "@aws-sdk/lib-dynamodb";
import { contextAs } from "../context";
import type { SeedEnv } from "../feature";
import { FEATURES } from "../features";
import type { Db } from "../store/dynamo";
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

/** Every feature seeds its part of the demo, in the list's order; the marker is written last. */
export async function seedDemo(db: Db, options: SeedOptions = {}, log: (line: string) => void = () => {}): Promise<Demo> {
  const demo = shapingbaDemo(options);
  const scale = options.issues ?? 0;
  log(`Seeding the Shapingba demo: ${demo.units.length} org units, ${demo.people.length} people…`);
  const env: SeedEnv = { db, demo, scale, log, contextAs: (actor, now) => contextAs(db, actor, now) };
  for (const feature of FEATURES) if ("seed" in feature) await feature.seed?.(env);
  await db.doc.send(new PutCommand({ TableName: db.table, Item: { ...SEED_MARKER, type: "Meta", at: new Date().toISOString(), issues: scale } }));
  return demo;
}
