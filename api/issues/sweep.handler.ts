// AWS Lambda entry for the overdue sweep, run by an EventBridge schedule.
import { sweepOverdue, type SweepResult } from "./sweep";
import { dbFromEnv } from "../store/dynamo";

const db = dbFromEnv();

export async function handler(): Promise<SweepResult> {
  const result = await sweepOverdue(db);
  console.log(JSON.stringify({ level: "info", msg: "overdue sweep", ...result }));
  return result;
}
