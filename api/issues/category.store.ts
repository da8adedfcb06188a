// DynamoDB access for a district's category catalogue: pk CAT#<districtId>, sk <code>.
// A catalogue is small (tens of categories), so it is read whole, once per request.
import { PutCommand } from "@aws-sdk/lib-dynamodb";
import type { AttributeDatatype, IssuePriority } from "./issue.enums";
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

export function categoryItem(districtId: string, category: CategoryRecord): Item {
  return { pk: `CAT#${districtId}`, sk: category.code, type: "Category", ...category };
}

export async function listCategories(db: Db, districtId: string): Promise<CategoryRecord[]> {
  const items = await queryAll(db, { KeyConditionExpression: "pk = :p", ExpressionAttributeValues: { ":p": `CAT#${districtId}` } });
  return items.map(({ pk: _pk, sk: _sk, type: _type, ...rest }) => rest as unknown as CategoryRecord);
}

export async function putCategory(db: Db, districtId: string, category: CategoryRecord): Promise<void> {
  await db.doc.send(new PutCommand({ TableName: db.table, Item: categoryItem(districtId, category) }));
}
