// AWS Lambda entry for notification delivery: consumes new Notification items from the
// table's stream and hands them to the delivery channels. Failed records are reported back
// individually so only they are retried.
import type { AttributeValue } from "@aws-sdk/client-dynamodb";
import { unmarshall } from "@aws-sdk/util-dynamodb";
import type { DynamoDBBatchResponse, DynamoDBStreamEvent } from "aws-lambda";
import { deliverAll, logChannel } from "../notifications/notification.delivery";
import { decodeNotification } from "../notifications/notification.codec";

export async function handler(event: DynamoDBStreamEvent): Promise<DynamoDBBatchResponse> {
  const failures: DynamoDBBatchResponse["batchItemFailures"] = [];
  for (const record of event.Records) {
    const image = record.dynamodb?.NewImage;
    if (record.eventName !== "INSERT" || !image) continue;
    const item = unmarshall(image as Record<string, AttributeValue>);
    if (item.type !== "Notification") continue;
    const { failed } = await deliverAll([decodeNotification(item)], [logChannel]);
    if (failed > 0 && record.dynamodb?.SequenceNumber) failures.push({ itemIdentifier: record.dynamodb.SequenceNumber });
  }
  return { batchItemFailures: failures };
}
