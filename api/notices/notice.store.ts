// DynamoDB access for notices. Keys (docs/access-patterns.md):
//   notice   pk NOTICE#<unitId>   sk <postedAt>#<id>     (a board, newest last)
// A board's readers see it merged with the boards above it: one Query per board, merged.
import { sha256 } from "../kit/digest";
import { GetCommand } from "@aws-sdk/lib-dynamodb";
import { decode, object, str } from "../store/codec";
import type { Db } from "../store/dynamo";
import { queryMergedPage, transact, type Item } from "../store/ops";

export interface NoticeRecord {
  id: string;
  unitId: string;
  unitName: string;
  title: string;
  body: string;
  postedAt: string;
  authorId: string;
}

export const boardPartition = (unitId: string) => `NOTICE#${unitId}`;

/** A notice's id is its author's idempotency key, hashed: a retried post finds the first. */
export const noticeId = (authorId: string, key: string) => `nt_${sha256(`${authorId}\u0000${key}`).toString("base64url").slice(0, 22)}`;

const shape = object({ id: str, unitId: str, unitName: str, title: str, body: str, postedAt: str, authorId: str });
const decodeNotice = (item: unknown): NoticeRecord => decode(shape, item, "Notice");

/** Posts a notice once: false when a notice with this id was posted already. */
export async function putNotice(db: Db, notice: NoticeRecord): Promise<boolean> {
  const outcome = await transact(db, [
    // The id guard makes a retry find the first post, wherever its time put it on the board.
    {
      Put: {
        TableName: db.table,
        Item: { pk: `NOTICEID#${notice.id}`, sk: "ID", type: "NoticeId", sortKey: `${notice.postedAt}#${notice.id}`, unitId: notice.unitId },
        ConditionExpression: "attribute_not_exists(pk)",
      },
    },
    { Put: { TableName: db.table, Item: { pk: boardPartition(notice.unitId), sk: `${notice.postedAt}#${notice.id}`, type: "Notice", ...notice } } },
  ]);
  return outcome.ok;
}

/** The notice a retried post made. */
export async function getNotice(db: Db, id: string): Promise<NoticeRecord | null> {
  const guard = await db.doc.send(new GetCommand({ TableName: db.table, Key: { pk: `NOTICEID#${id}`, sk: "ID" } }));
  if (!guard.Item) return null;
  const out = await db.doc.send(new GetCommand({ TableName: db.table, Key: { pk: boardPartition(String(guard.Item.unitId)), sk: String(guard.Item.sortKey) } }));
  return out.Item ? decodeNotice(out.Item) : null;
}

/** A page of the boards of `unitIds`, merged newest first. */
export async function listBoards(db: Db, unitIds: string[], first: number, after?: string | null) {
  const page = await queryMergedPage<Item>(db, unitIds.map(boardPartition), first, after);
  return { ...page, items: page.items.map(({ cursor, item }) => ({ cursor, item: decodeNotice(item) })) };
}
