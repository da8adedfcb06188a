import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from "type-graphql";
import { MarkNotificationsReadInput, MarkNotificationsReadPayload, Notification, NotificationConnection } from "./notification.type";
import type { GridnetContext } from "../context";
import { AFTER_DOC, PAGE_SIZE_DOC } from "../../schema/common/argument-docs";
import * as rules from "./notification.rules";

@Resolver(() => Notification)
export class NotificationResolver {
  @Query(() => NotificationConnection, { description: "Your notifications, newest first." })
  myNotifications(
    @Arg("first", () => Int, { nullable: true, description: PAGE_SIZE_DOC }) first: number | null,
    @Arg("after", () => String, { nullable: true, description: AFTER_DOC }) after: string | null,
    @Ctx() ctx: GridnetContext,
  ) {
    return rules.myNotifications(ctx, first, after);
  }

  @Query(() => NotificationConnection, { description: "A unit's notifications (default: your scope unit), for its admins." })
  unitNotifications(
    @Arg("unitId", () => ID, { nullable: true, description: "A unit in your scope; default: your scope unit." }) unitId: string | null,
    @Arg("first", () => Int, { nullable: true, description: PAGE_SIZE_DOC }) first: number | null,
    @Arg("after", () => String, { nullable: true, description: AFTER_DOC }) after: string | null,
    @Ctx() ctx: GridnetContext,
  ) {
    return rules.unitNotifications(ctx, unitId, first, after);
  }

  @Mutation(() => MarkNotificationsReadPayload, { description: "Marks notifications read (yours, or a unit's with unitId); answers how many were found." })
  async markNotificationsRead(
    @Arg("input", () => MarkNotificationsReadInput, { description: "The notifications, and the unit whose outbox they are in." }) input: MarkNotificationsReadInput,
    @Ctx() ctx: GridnetContext,
  ): Promise<MarkNotificationsReadPayload> {
    return { markedCount: await rules.markNotificationsRead(ctx, input.ids, input.unitId) };
  }
}
