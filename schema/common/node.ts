// The Node interface: every main object has an id unique across the whole API (its type's
// prefix, e.g. `is_…` for issues, then a ULID), so `node(id:)` can fetch any of them and a
// client cache (Apollo, urql, Relay) can key objects by id alone.
import { Field, ID, InterfaceType } from "type-graphql";

@InterfaceType("Node", { description: "An object with an id unique across the API; fetch it again with `node(id:)`." })
export abstract class Node {
  @Field(() => ID, { description: "Unique across every type; stable for the object's lifetime." })
  id!: string;
}
