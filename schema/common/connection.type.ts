import "reflect-metadata"; // type-graphql decorators need it loaded before any class is declared
// Relay-style connections: every list in the API is one, with opaque cursors.
import { type ClassType, Field, ObjectType } from "type-graphql";

@ObjectType("PageInfo")
export class PageInfo {
  @Field(() => Boolean)
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true, description: "Pass as `after` to read the next page." })
  endCursor!: string | null;
}

export interface EdgeShape<T> {
  cursor: string;
  node: T;
}

export interface ConnectionShape<T> {
  edges: EdgeShape<T>[];
  pageInfo: PageInfo;
}

/** Builds the Edge and Connection classes for one node type, e.g. `Connection(OrgUnit, "OrgUnit")`. */
export function Connection<T extends object>(Node: ClassType<T>, name: string) {
  @ObjectType(`${name}Edge`)
  class Edge implements EdgeShape<T> {
    @Field(() => String)
    cursor!: string;

    @Field(() => Node)
    node!: T;
  }

  @ObjectType(`${name}Connection`)
  class NodeConnection implements ConnectionShape<T> {
    @Field(() => [Edge])
    edges!: Edge[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;
  }
  return NodeConnection;
}

export { PAGE } from "./page";
