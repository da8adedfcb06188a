// Thin GraphQL bindings for timetables; the rules live in timetable.rules.ts.
import { Arg, Ctx, Float, FieldResolver, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import type { GridnetContext } from "../context";
import { requireActor } from "../auth/guards";
import { presentPlace } from "./place.view";
import type { PlaceRecord } from "./place.codec";
import { PlaceKind, Weekday } from "./place.enums";
import { Place } from "./place.type";
import * as rules from "./timetable.rules";
import { NearbyWeek, SetPlaceTimetableInput, Timetable } from "./timetable.type";

@Resolver(() => Place)
export class TimetableResolver {
  @FieldResolver(() => Timetable, { description: "The place's weekly schedule (empty, version 0, when none is set)." })
  timetable(@Root() place: PlaceRecord, @Ctx() ctx: GridnetContext) {
    return ctx.loaders.placeTimetable.load(place.id);
  }

  @Query(() => NearbyWeek, {
    description: "What is on this week at the service places near a point (the nearest 100 within the radius). Give exactly one of radiusMetres and walkingMinutes.",
  })
  timetableNear(
    @Arg("latitude", () => Float, { description: "The point's latitude, WGS 84 degrees." }) latitude: number,
    @Arg("longitude", () => Float, { description: "The point's longitude, WGS 84 degrees." }) longitude: number,
    @Arg("radiusMetres", () => Float, { nullable: true, description: "Straight-line radius in metres, more than 0 and at most 2,500." }) radiusMetres: number | null,
    @Arg("walkingMinutes", () => Int, { nullable: true, description: "Or a walk, 1–31 minutes at 80 m a minute." }) walkingMinutes: number | null,
    @Arg("kind", () => PlaceKind, { nullable: true, description: "Only places of this kind (e.g. TEAHOUSE)." }) kind: PlaceKind | null,
    @Arg("weekday", () => Weekday, { nullable: true, description: "Only this day; default: the whole week." }) weekday: Weekday | null,
    @Ctx() ctx: GridnetContext,
  ) {
    return rules.timetableNear(ctx, { latitude, longitude, radiusMetres, walkingMinutes, kind, weekday });
  }

  @Mutation(() => Place, { description: "Admins over a place set its whole weekly schedule, at the timetable version they read." })
  setPlaceTimetable(@Arg("input", () => SetPlaceTimetableInput, { description: "The week." }) input: SetPlaceTimetableInput, @Ctx() ctx: GridnetContext) {
    return rules.setPlaceTimetable(ctx, input).then((place) => presentPlace(requireActor(ctx), place));
  }
}
