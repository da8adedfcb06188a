import { Arg, Ctx, Mutation, Query, Resolver } from "type-graphql";
import { Category, CategoryInput } from "./category.type";
import type { GridnetContext } from "../context";
import * as rules from "./category.rules";

@Resolver(() => Category)
export class CategoryResolver {
  @Query(() => [Category], { description: "Your district's category catalogue (Open311 services)." })
  categories(
    @Arg("includeInactive", () => Boolean, { nullable: true, defaultValue: false, description: "Also list categories new reports may no longer use." }) includeInactive: boolean,
    @Ctx() ctx: GridnetContext,
  ) {
    return rules.categories(ctx, includeInactive);
  }

  @Mutation(() => Category, { description: "District admins add or change a category (by code)." })
  saveCategory(@Arg("input", () => CategoryInput, { description: "The whole entry." }) input: CategoryInput, @Ctx() ctx: GridnetContext) {
    return rules.saveCategory(ctx, input);
  }
}
