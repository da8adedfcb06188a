// Delivery of outbox messages beyond the API (SMS, WeChat subscription messages). The deployed
// stack feeds new Notification items from the table's stream to a delivery function
// (api/handlers/notify.ts), which hands each to a channel. Channels are an interface so a
// district can plug in its SMS gateway or WeChat without touching the loop.
import type { NotificationRecord } from "./notification.store";

export interface DeliveryChannel {
  readonly name: string;
  deliver(notification: NotificationRecord): Promise<void>;
}

/** The default channel: a structured log line per message (CloudWatch keeps them). */
export const logChannel: DeliveryChannel = {
  name: "log",
  async deliver(n) {
    console.log(JSON.stringify({ level: "info", msg: "notification", recipient: n.recipient, kind: n.kind, subject: n.subject, id: n.id }));
  },
};

/** Delivers each message through every channel; one failing channel does not stop the others. */
export async function deliverAll(notifications: NotificationRecord[], channels: DeliveryChannel[] = [logChannel]): Promise<{ delivered: number; failed: number }> {
  let delivered = 0;
  let failed = 0;
  for (const n of notifications) {
    const results = await Promise.allSettled(channels.map((c) => c.deliver(n)));
    if (results.every((r) => r.status === "fulfilled")) delivered += 1;
    else failed += 1;
  }
  return { delivered, failed };
}
