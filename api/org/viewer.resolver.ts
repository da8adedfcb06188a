import { Ctx, Query, Resolver } from "type-graphql";
import { Viewer } from "./viewer.type";
import type { GridnetContext } from "../context";
import { requireActor } from "../auth/guards";
import { visibleUnit } from "./org.rules";

@Resolver(() => Viewer)
export class ViewerResolver {
  @Query(() => Viewer, { description: "The signed-in actor." })
  async me(@Ctx() ctx: GridnetContext): Promise<Viewer> {
    const actor = requireActor(ctx);
    return { id: actor.sub, role: actor.role, scope: await visibleUnit(ctx, actor.orgId) };
  }
}
