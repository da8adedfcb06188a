// DynamoDB access for people who sign in: pk USER#<id>, sk PROFILE.
import { GetCommand } from "@aws-sdk/lib-dynamodb";
import type { Role } from "../auth/actor";
import type { Db } from "../store/dynamo";
import { batchGet, type Item } from "../store/ops";

export interface PersonRecord {
  id: string;
  name: string;
  phone: string | null;
  role: Role;
  /** The unit the person's scope starts at (for grid workers: their grid). */
  orgId: string | null;
}

const personKey = (id: string) => ({ pk: `USER#${id}`, sk: "PROFILE" });

export function personItem(person: PersonRecord): Item {
  return { ...personKey(person.id), type: "Person", ...person };
}

function toPerson(item: Item): PersonRecord {
  const { id, name, phone, role, orgId } = item as unknown as PersonRecord;
  return { id, name, phone: phone ?? null, role, orgId: orgId ?? null };
}

export async function getPerson(db: Db, id: string): Promise<PersonRecord | null> {
  const out = await db.doc.send(new GetCommand({ TableName: db.table, Key: personKey(id) }));
  return out.Item ? toPerson(out.Item) : null;
}

export async function getPeople(db: Db, ids: readonly string[]): Promise<Map<string, PersonRecord>> {
  const items = await batchGet(db, [...new Set(ids)].map(personKey));
  return new Map(items.map((i) => [i.id as string, toPerson(i)]));
}
