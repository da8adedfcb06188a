// DynamoDB access for a district's category catalogue: pk CAT#<districtId>, sk <code>.
// A catalogue is small (tens of categories), so it is read whole, once per request.
import { PutCommand } from "@aws-sdk/lib-dynamodb";
import { AttributeDatatype, IssuePriority } from "./issue.enums";
import { arrayOf, bool, decode, int, object, oneOf, str } from "../store/codec";
import type { Db } from "../store/dynamo";
import { queryAll, type Item } from "../store/ops";

export interface CategoryRecord {
  code: string;
  name: string;
  group: string;
  description: string;
  keywords: string[];
  defaultPriority: IssuePriority;
  sla: { priority: IssuePriority; hours: number }[];
  attributes: {
    code: string;
    datatype: AttributeDatatype;
    description: string;
    required: boolean;
    order: number;
    values: { key: string; name: string }[];
  }[];
  active: boolean;
}

const categoryShape = object({
  code: str,
  name: str,
  group: str,
  description: str,
  keywords: arrayOf(str),
  defaultPriority: oneOf(IssuePriority),
  sla: arrayOf(object({ priority: oneOf(IssuePriority), hours: int })),
  attributes: arrayOf(
    object({
      code: str,
      datatype: oneOf(AttributeDatatype),
      description: str,
      required: bool,
      order: int,
      values: arrayOf(object({ key: str, name: str })),
    }),
  ),
  active: bool,
});

export function categoryItem(districtId: string, category: CategoryRecord): Item {
  return { pk: `CAT#${districtId}`, sk: category.code, type: "Category", ...category };
}

export async function listCategories(db: Db, districtId: string): Promise<CategoryRecord[]> {
  const items = await queryAll(db, { KeyConditionExpression: "pk = :p", ExpressionAttributeValues: { ":p": `CAT#${districtId}` } });
  return items.map((item) => decode(categoryShape, item, "Category"));
}

export async function putCategory(db: Db, districtId: string, category: CategoryRecord): Promise<void> {
  await db.doc.send(new PutCommand({ TableName: db.table, Item: categoryItem(districtId, category) }));
}
