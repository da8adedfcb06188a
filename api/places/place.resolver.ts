// Thin GraphQL bindings for service places; the rules live in place.rules.ts.
import { Arg, Ctx, FieldResolver, Float, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import type { GridnetContext } from "../context";
import { requireActor } from "../auth/guards";
import { presentPlace } from "./place.view";
import { findVisibleUnit } from "../org";
import { OrgUnit } from "../org";
import type { PlaceRecord } from "./place.codec";
import { PlaceKind } from "./place.enums";
import * as rules from "./place.rules";
import { CreatePlaceInput, NearbyPlaceConnection, Place, PlaceConnection, PlaceCounts, UpdatePlaceInput } from "./place.type";

@Resolver(() => Place)
export class PlaceResolver {
  @Query(() => Place, { nullable: true, description: "One service place; null when it does not exist or you may not see it (partners read counts only)." })
  place(@Arg("id", () => ID, { description: "The place's id." }) id: string, @Ctx() ctx: GridnetContext) {
    return rules.place(ctx, id);
  }

  @Query(() => PlaceConnection, { description: "The service places of a unit and of every unit beneath it (places are public: any unit)." })
  places(
    @Arg("unitId", () => ID, { nullable: true, description: "The unit; default: your scope unit." }) unitId: string | null,
    @Arg("first", () => Int, { nullable: true, description: "Page size, 1–100 (default 50)." }) first: number | null,
    @Arg("after", () => String, { nullable: true, description: "The endCursor of the previous page." }) after: string | null,
    @Ctx() ctx: GridnetContext,
  ) {
    return rules.places(ctx, unitId, first, after);
  }

  @Query(() => NearbyPlaceConnection, {
    description:
      "Service places within a radius (or a walk) of a point, nearest first: the 15-minute service circle around you. Give exactly one of radiusMetres and walkingMinutes.",
  })
  placesNear(
    @Arg("latitude", () => Float, { description: "The point's latitude, WGS 84 degrees." }) latitude: number,
    @Arg("longitude", () => Float, { description: "The point's longitude, WGS 84 degrees." }) longitude: number,
    @Arg("radiusMetres", () => Float, { nullable: true, description: "Straight-line radius in metres, more than 0 and at most 2,500; a place exactly on the edge is inside." })
    radiusMetres: number | null,
    @Arg("walkingMinutes", () => Int, { nullable: true, description: "Or a walk, 1–31 minutes at 80 m a minute." }) walkingMinutes: number | null,
    @Arg("kind", () => PlaceKind, { nullable: true, description: "Only places of this kind." }) kind: PlaceKind | null,
    @Arg("first", () => Int, { nullable: true, description: "Page size, 1–100 (default 50)." }) first: number | null,
    @Arg("after", () => String, { nullable: true, description: "The endCursor of the previous page." }) after: string | null,
    @Ctx() ctx: GridnetContext,
  ) {
    return rules.placesNear(ctx, { latitude, longitude, radiusMetres, walkingMinutes, kind }, first, after);
  }

  @Query(() => PlaceCounts, { description: "How many service places a unit in your scope and the units beneath it have, by kind." })
  placeCounts(@Arg("unitId", () => ID, { nullable: true, description: "The unit; default: your scope unit." }) unitId: string | null, @Ctx() ctx: GridnetContext) {
    return rules.placeCounts(ctx, unitId);
  }

  @Mutation(() => Place, { description: "Admins file a service place under a unit in their scope. Idempotent per idempotencyKey." })
  createPlace(@Arg("input", () => CreatePlaceInput, { description: "The place." }) input: CreatePlaceInput, @Ctx() ctx: GridnetContext) {
    return rules.createPlace(ctx, input).then((place) => presentPlace(requireActor(ctx), place));
  }

  @Mutation(() => Place, { description: "Admins over a place change it, at the version they read." })
  updatePlace(@Arg("input", () => UpdatePlaceInput, { description: "The changes." }) input: UpdatePlaceInput, @Ctx() ctx: GridnetContext) {
    return rules.updatePlace(ctx, input).then((place) => presentPlace(requireActor(ctx), place));
  }

  @FieldResolver(() => OrgUnit, { nullable: true, description: "The unit that runs the place (null only if you may no longer see it)." })
  unit(@Root() place: PlaceRecord, @Ctx() ctx: GridnetContext) {
    return findVisibleUnit(ctx, place.unitId);
  }
}
