// DynamoDB access for people who sign in: pk USER#<id>, sk PROFILE; decoded by person.codec.ts.
import { GetCommand } from "@aws-sdk/lib-dynamodb";
import type { Db } from "../store/dynamo";
import { decodePerson, type PersonRecord } from "./person.codec";
import { batchGet, type Item, type TransactItem } from "../store/ops";

const personKey = (id: string) => ({ pk: `USER#${id}`, sk: "PROFILE" });

export function personItem(person: PersonRecord): Item {
  return { ...personKey(person.id), type: "Person", ...person };
}

/** The person's new name and phone, conditioned on what was read (no lost update). */
export function updatePersonItem(db: Db, before: PersonRecord, after: PersonRecord): TransactItem {
  // A phone read as absent may be stored as no attribute or as NULL; a present one must still match.
  const samePhone = before.phone === null ? "(attribute_not_exists(phone) OR attribute_type(phone, :nullType))" : "phone = :oldPhone";
  return {
    Update: {
      TableName: db.table,
      Key: personKey(before.id),
      UpdateExpression: "SET #name = :name, phone = :phone",
      ConditionExpression: `#name = :oldName AND ${samePhone}`,
      ExpressionAttributeNames: { "#name": "name" },
      ExpressionAttributeValues: {
        ":name": after.name,
        ":phone": after.phone,
        ":oldName": before.name,
        ...(before.phone === null ? { ":nullType": "NULL" } : { ":oldPhone": before.phone }),
      },
    },
  };
}

export async function getPerson(db: Db, id: string): Promise<PersonRecord | null> {
  const out = await db.doc.send(new GetCommand({ TableName: db.table, Key: personKey(id) }));
  return out.Item ? decodePerson(out.Item) : null;
}

export async function getPeople(db: Db, ids: readonly string[]): Promise<Map<string, PersonRecord>> {
  const items = await batchGet(db, [...new Set(ids)].map(personKey));
  return new Map(
    items.map((i) => {
      const person = decodePerson(i);
      return [person.id, person] as const;
    }),
  );
}
