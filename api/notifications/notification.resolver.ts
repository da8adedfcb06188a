import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from "type-graphql";
import { Notification, NotificationConnection } from "./notification.type";
import type { GridnetContext } from "../context";
import * as rules from "./notification.rules";

@Resolver(() => Notification)
export class NotificationResolver {
  @Query(() => NotificationConnection, { description: "Your notifications, newest first." })
  myNotifications(
    @Arg("first", () => Int, { nullable: true }) first: number | null,
    @Arg("after", () => String, { nullable: true }) after: string | null,
    @Ctx() ctx: GridnetContext,
  ) {
    return rules.myNotifications(ctx, first, after);
  }

  @Query(() => NotificationConnection, { description: "A unit's notifications (default: your scope unit), for its admins." })
  unitNotifications(
    @Arg("unitId", () => ID, { nullable: true }) unitId: string | null,
    @Arg("first", () => Int, { nullable: true }) first: number | null,
    @Arg("after", () => String, { nullable: true }) after: string | null,
    @Ctx() ctx: GridnetContext,
  ) {
    return rules.unitNotifications(ctx, unitId, first, after);
  }

  @Mutation(() => Int, { description: "Marks notifications read (yours, or a unit's with unitId); returns how many were found." })
  markNotificationsRead(@Arg("ids", () => [ID]) ids: string[], @Arg("unitId", () => ID, { nullable: true }) unitId: string | null, @Ctx() ctx: GridnetContext) {
    return rules.markNotificationsRead(ctx, ids, unitId);
  }
}
