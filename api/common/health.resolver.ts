import { Query, Resolver } from "type-graphql";
import { Health } from "../../schema/common/health.type";

export const VERSION = process.env.GRIDNET_VERSION ?? "0.1.0";

@Resolver(() => Health)
export class HealthResolver {
  @Query(() => Health, { description: "Public: answers without a token and without touching the database." })
  health(): Health {
    return { ok: true, version: VERSION, time: new Date().toISOString() };
  }
}
