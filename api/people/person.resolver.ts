// Thin GraphQL bindings for people; the rules live in people.rules.ts.
import { ENTITLED, tagged } from "../privacy/audience";
import { Arg, Ctx, Mutation, Resolver } from "type-graphql";
import type { GridnetContext } from "../context";
import * as rules from "./people.rules";
import { Person, UpdatePersonInput } from "./person.type";

@Resolver(() => Person)
export class PersonResolver {
  @Mutation(() => Person, { description: "Changes a person's name or phone; copies of them (a grid's worker list) change in the same transaction." })
  updatePerson(@Arg("input", () => UpdatePersonInput, { description: "The person and what changes." }) input: UpdatePersonInput, @Ctx() ctx: GridnetContext) {
    // The person themselves or an admin over them: they read the record as written.
    return rules.updatePerson(ctx, input).then((person) => tagged(person, ENTITLED));
  }
}
