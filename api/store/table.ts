// The one table definition. The CDK stack (infra/), `npm start` and every test build their
// table from this object, so the keys cannot drift between laptop, CI and AWS.
//
// gridnet is a single-table design: every item has a generic partition key `pk` and sort key
// `sk`; three overloaded global secondary indexes serve the hierarchy patterns. Issue lists
// are served by index items in the base table (written in the same transaction as the issue),
// not by GSIs, so they are strongly consistent and can be filtered by key. The full list of
// access patterns lives in docs/access-patterns.md.

export interface KeySchema {
  readonly partitionKey: string;
  readonly sortKey: string;
}

export interface IndexDefinition extends KeySchema {
  readonly name: string;
  /** What this index serves today; kept here so infra and docs read the same words. */
  readonly serves: string;
}

export interface TableDefinition extends KeySchema {
  readonly indexes: readonly IndexDefinition[];
  /** Items with this attribute (epoch seconds) expire: idempotency keys, read notifications. */
  readonly ttlAttribute: string;
  /** Every key attribute is a string. */
  readonly keyType: "S";
}

export const tableDefinition: TableDefinition = {
  partitionKey: "pk",
  sortKey: "sk",
  keyType: "S",
  ttlAttribute: "expiresAt",
  indexes: [
    { name: "gsi1", partitionKey: "gsi1pk", sortKey: "gsi1sk", serves: "a unit's children, by segment" },
    { name: "gsi2", partitionKey: "gsi2pk", sortKey: "gsi2sk", serves: "a subtree of one kind, by path prefix" },
    { name: "gsi3", partitionKey: "gsi3pk", sortKey: "gsi3sk", serves: "a whole subtree, by path prefix" },
  ],
};

/** Every attribute that appears in a key, for CreateTable's AttributeDefinitions. */
export function keyAttributes(def: TableDefinition = tableDefinition): string[] {
  const names = [def.partitionKey, def.sortKey];
  for (const index of def.indexes) names.push(index.partitionKey, index.sortKey);
  return names;
}
