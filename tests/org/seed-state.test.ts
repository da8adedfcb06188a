// npm start seeds only an empty table, and tells an interrupted seed from a finished one.
import { randomBytes } from "node:crypto";
import { DeleteTableCommand } from "@aws-sdk/client-dynamodb";
import { guardItem, unitItem } from "../../api/org/org.store";
import { seedDemo, seedState } from "../../api/seed/seed";
import { shapingbaDemo } from "../../api/seed/shapingba";
import { createTable } from "../../api/store/create-table";
import { createDb } from "../../api/store/dynamo";
import { batchPut } from "../../api/store/ops";

it("is empty, then partial after an interrupted seed, complete after a finished one", async () => {
  const db = createDb({ table: `gridnet-seed-${randomBytes(4).toString("hex")}`, endpoint: process.env.GRIDNET_DYNAMODB_ENDPOINT, region: "local" });
  await createTable(db.client, db.table);
  try {
    expect(await seedState(db)).toBe("empty");
    // The first batch of a seed that was then interrupted: the district and a few streets.
    const firstUnits = shapingbaDemo({ gridsPerCommunity: 1, buildingsPerGrid: 0 }).units.slice(0, 5);
    await batchPut(
      db,
      firstUnits.flatMap((u) => [unitItem(u), guardItem(u)]),
    );
    expect(await seedState(db)).toBe("partial");
    await seedDemo(db, { gridsPerCommunity: 1, buildingsPerGrid: 0, issues: 5 });
    expect(await seedState(db)).toBe("complete");
  } finally {
    await db.client.send(new DeleteTableCommand({ TableName: db.table }));
    db.client.destroy();
  }
});
