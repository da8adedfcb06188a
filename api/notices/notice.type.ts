import "reflect-metadata"; // type-graphql decorators need it loaded before any class is declared
import { Field, ID, InputType, ObjectType } from "type-graphql";
import { Connection } from "../../schema/common/connection.type";

@ObjectType("Notice", { description: "A notice an admin posts on a unit's board (公告): residents see those of their unit and every unit above it." })
export class Notice {
  @Field(() => ID)
  id!: string;

  @Field(() => ID, { description: "The unit whose board it is on." })
  unitId!: string;

  @Field(() => String, { description: "The unit's name when the notice was posted." })
  unitName!: string;

  @Field(() => String)
  title!: string;

  @Field(() => String)
  body!: string;

  @Field(() => String, { description: "When it was posted (ISO 8601)." })
  postedAt!: string;
}

export const NoticeConnection = Connection(Notice, "Notice");
export type NoticeConnection = InstanceType<typeof NoticeConnection>;

@InputType("PostNoticeInput")
export class PostNoticeInput {
  @Field(() => ID, { nullable: true, description: "The unit whose board to post on; default: your scope unit." })
  unitId?: string | null;

  @Field(() => String, { description: "At most 80 characters." })
  title!: string;

  @Field(() => String, { description: "At most 2,000 characters." })
  body!: string;

  @Field(() => String, { description: "Chosen by the client per notice; a retry with the same key returns the same notice." })
  idempotencyKey!: string;
}
