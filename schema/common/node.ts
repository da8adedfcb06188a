// The Node interface: every main object has an id unique across the whole API (its type's
// prefix, e.g. `is_…` for issues, then a ULID), so `node(id:)` can fetch any of them and a
// client cache (Apollo, urql, Relay) can key objects by id alone.
import { Field, ID, InterfaceType } from "type-graphql";

// Records are plain objects, not instances of the GraphQL classes, so the interface cannot tell
// their type by `instanceof`: whoever answers a Node field tags the record with its type name.
const TYPENAME = Symbol("Node typename");

/** The record as a Node of the GraphQL type `typename` (a copy; the record is not changed). */
export function asNode<T extends object>(typename: string, record: T): T {
  return { ...record, [TYPENAME]: typename };
}

@InterfaceType("Node", {
  description: "An object with an id unique across the API; fetch it again with `node(id:)`.",
  resolveType: (value: Record<symbol, unknown>) => {
    const typename = value[TYPENAME];
    if (typeof typename !== "string") throw new Error("A Node was answered without its type (use asNode).");
    return typename;
  },
})
export abstract class Node {
  @Field(() => ID, { description: "Unique across every type; stable for the object's lifetime." })
  id!: string;
}
