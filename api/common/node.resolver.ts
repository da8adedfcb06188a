// `node(id:)`: any main object by its id alone. Each feature lists its Node types in `nodes`
// (api/feature.ts); the id's prefix picks the feature, and the feature's `load` applies the same
// visibility rule as the type's single read — so `node` shows exactly what `issue(id:)`,
// `orgUnit(id:)` and the rest show, and null for the rest (docs/contract.md).
import { Arg, Ctx, ID, Query, Resolver } from "type-graphql";
import { Node, asNode } from "../../schema/common/node";
import { nodeSources, type GridnetContext } from "../context";
import type { NodeSource } from "../feature";
import { requireActor } from "../auth/guards";
import * as valid from "./validate";

/** The source whose ids look like `id`: by prefix, else by a source's pattern for unprefixed ids. */
export function sourceOf(id: string, sources: readonly NodeSource[] = nodeSources()): NodeSource | null {
  return sources.find((s) => id.startsWith(s.prefix)) ?? sources.find((s) => s.unprefixed?.test(id)) ?? null;
}

@Resolver()
export class NodeResolver {
  @Query(() => Node, {
    nullable: true,
    description: "Any object that implements Node, by its id; null when no such object exists or you may not see it (the same rule as its type's own lookup).",
  })
  async node(@Arg("id", () => ID, { description: "The object's id, e.g. is_01J… for an issue." }) id: string, @Ctx() ctx: GridnetContext): Promise<Node | null> {
    requireActor(ctx);
    const source = sourceOf(valid.id(id, "id"));
    if (!source) return null;
    const found = await source.load(ctx, id);
    return found ? asNode(source.typename, found as Node) : null;
  }
}
