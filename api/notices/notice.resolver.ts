// Thin GraphQL bindings for notice boards; the rules live in notice.rules.ts.
import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import type { GridnetContext } from "../context";
import { AFTER_DOC, PAGE_SIZE_DOC } from "../../schema/common/argument-docs";
import { findVisibleUnit } from "../org";
import { OrgUnit } from "../org";
import type { NoticeRecord } from "./notice.store";
import * as rules from "./notice.rules";
import { Notice, NoticeConnection, PostNoticeInput } from "./notice.type";

@Resolver(() => Notice)
export class NoticeResolver {
  @Query(() => NoticeConnection, { description: "The notices of a unit (default: yours) and of every unit above it, newest first." })
  notices(
    @Arg("unitId", () => ID, { nullable: true, description: "A unit you may see." }) unitId: string | null,
    @Arg("first", () => Int, { nullable: true, description: PAGE_SIZE_DOC }) first: number | null,
    @Arg("after", () => String, { nullable: true, description: AFTER_DOC }) after: string | null,
    @Ctx() ctx: GridnetContext,
  ) {
    return rules.notices(ctx, unitId, first, after);
  }

  @Mutation(() => Notice, { description: "Admins post a notice on the board of a unit in their scope. Idempotent per idempotencyKey." })
  postNotice(@Arg("input", () => PostNoticeInput, { description: "The notice and the board to post it on." }) input: PostNoticeInput, @Ctx() ctx: GridnetContext) {
    return rules.postNotice(ctx, input);
  }

  @FieldResolver(() => OrgUnit, { nullable: true, description: "The unit whose board it is on (null only if you may no longer see it)." })
  unit(@Root() notice: NoticeRecord, @Ctx() ctx: GridnetContext) {
    return findVisibleUnit(ctx, notice.unitId);
  }
}
