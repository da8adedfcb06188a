// The background Lambda entry points as Lambda calls them: the overdue sweep (EventBridge) and
// notification delivery (the table's stream).
import { marshall } from "@aws-sdk/util-dynamodb";
import type { DynamoDBStreamEvent } from "aws-lambda";
import { createHarness, type Harness } from "../helpers/harness";

let h: Harness;
beforeAll(async () => {
  h = await createHarness({ demo: { gridsPerCommunity: 1, buildingsPerGrid: 0 } });
  process.env.GRIDNET_TABLE = h.db.table;
  process.env.AWS_REGION = "local";
});
afterAll(() => h.close());

it("the sweep handler supervises what is overdue in the table it is configured with", async () => {
  const { handler } = await import("../../api/issues/sweep.handler");
  expect(await handler()).toEqual({ districts: 1, overdue: 0, supervised: 0, skipped: 0 });
  // Demo issues walked on a back-dated clock: the ones still being handled are past their deadline.
  await h.seedIssues(40);
  const first = await handler();
  expect(first.overdue).toBeGreaterThan(0);
  expect(first.supervised).toBe(first.overdue);
  expect(await handler()).toEqual({ ...first, supervised: 0, skipped: first.overdue });
});

it("the delivery handler delivers new Notification items and ignores every other record", async () => {
  const { handler } = await import("../../api/handlers/notify");
  const lines: string[] = [];
  const log = jest.spyOn(console, "log").mockImplementation((line: string) => void lines.push(line));
  try {
    const record = (eventName: "INSERT" | "MODIFY", item: Record<string, unknown>, sequence: string) => ({
      eventName,
      dynamodb: { NewImage: marshall(item) as never, SequenceNumber: sequence },
    });
    const event = {
      Records: [
        record(
          "INSERT",
          {
            pk: "NOTE#P:u-grid-worker",
            sk: "01J",
            type: "Notification",
            id: "01J",
            recipient: "P:u-grid-worker",
            kind: "ASSIGNED",
            subject: { type: "ISSUE", id: "is_1" },
            message: "新任务",
            createdAt: "2026-11-26T00:00:00Z",
            read: false,
          },
          "1",
        ),
        record("INSERT", { pk: "ISSUE#is_1", sk: "ISSUE", type: "Issue", id: "is_1" }, "2"),
        record("MODIFY", { pk: "NOTE#P:u-grid-worker", sk: "01J", type: "Notification", read: true }, "3"),
        // Written before notifications had subjects: still delivered, about its issue.
        record(
          "INSERT",
          {
            pk: "NOTE#U:x",
            sk: "01K",
            type: "Notification",
            id: "01K",
            recipient: "U:x",
            kind: "CLOSED",
            issueId: "is_2",
            message: "旧消息",
            createdAt: "2026-01-01T00:00:00Z",
            read: false,
          },
          "4",
        ),
      ],
    } as DynamoDBStreamEvent;
    expect(await handler(event)).toEqual({ batchItemFailures: [] });
  } finally {
    log.mockRestore();
  }
  expect(lines.map((l) => JSON.parse(l))).toEqual([
    { level: "info", msg: "notification", recipient: "P:u-grid-worker", kind: "ASSIGNED", subject: { type: "ISSUE", id: "is_1" }, id: "01J" },
    { level: "info", msg: "notification", recipient: "U:x", kind: "CLOSED", subject: { type: "ISSUE", id: "is_2" }, id: "01K" },
  ]);
});
