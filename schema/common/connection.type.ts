import "reflect-metadata"; // type-graphql decorators need it loaded before any class is declared
// Relay-style connections: every list in the API is one, with opaque cursors. Paging is forward
// only (`first`, `after`); docs/contract.md says what each PageInfo field means here.
import { type ClassType, Field, ObjectType } from "type-graphql";
import { PAGE } from "./page";
import { Safe } from "./privacy";

@ObjectType("PageInfo", { description: "Where this page sits in the list. Lists page forward only: pass `endCursor` as `after` for the next page." })
export class PageInfo {
  @Field(() => Boolean, { description: "True when more items follow this page; false on the last page." })
  hasNextPage!: boolean;

  @Field(() => Boolean, {
    description: "True when this page was asked for with `after` (items come before it); false on the first page. Lists page forward only, so there is no `before`.",
  })
  hasPreviousPage!: boolean;

  @Safe()
  @Field(() => String, { nullable: true, description: "The cursor of the first edge on this page; null when the page is empty." })
  startCursor!: string | null;

  @Safe()
  @Field(() => String, {
    nullable: true,
    description: "Pass as `after` to read the next page. Set even when a page holds fewer edges than asked (items hidden from you were skipped).",
  })
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
  @ObjectType(`${name}Edge`, { description: `One ${name} in a list, with its cursor.` })
  class Edge implements EdgeShape<T> {
    @Safe()
    @Field(() => String, { description: `Opaque; pass as \`after\` to read the items that follow this ${name}.` })
    cursor!: string;

    @Field(() => Node, { description: `The ${name}.` })
    node!: T;
  }

  @ObjectType(`${name}Connection`, { description: `A page of ${name} items (a Relay connection; at most ${PAGE.max} a page).` })
  class NodeConnection implements ConnectionShape<T> {
    @Field(() => [Edge], { description: "This page's items, in the list's order." })
    edges!: Edge[];

    @Field(() => PageInfo, { description: "Whether more items follow, and the cursors to read them." })
    pageInfo!: PageInfo;
  }
  return NodeConnection;
}

export { PAGE } from "./page";
