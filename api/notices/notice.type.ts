import "reflect-metadata"; // type-graphql decorators need it loaded before any class is declared
import { Field, ID, InputType, ObjectType } from "type-graphql";
import { Connection } from "../../schema/common/connection.type";
import { DateTime } from "../../schema/common/date-time";
import { Node } from "../../schema/common/node";
import { Personal, Safe, Subject } from "../../schema/common/privacy";

@ObjectType("Notice", {
  implements: Node,
  description: "A notice an admin posts on a unit's board (公告): residents see those of their unit and every unit above it.",
})
export class Notice implements Node {
  @Field(() => ID, { description: "`nt_` and a hash of the author and their idempotency key; unique across the API (fetch it again with `node(id:)`)." })
  id!: string;

  @Field(() => ID, { description: "The unit whose board it is on." })
  unitId!: string;

  @Safe()
  @Field(() => String, { description: "The unit's name when the notice was posted." })
  unitName!: string;

  @Personal("TEXT")
  @Field(() => String, { description: "The headline, at most 80 characters (masked for partners)." })
  title!: string;

  @Personal("TEXT")
  @Field(() => String, { description: "The text, at most 2,000 characters (masked for partners)." })
  body!: string;

  @Field(() => DateTime, { description: "When it was posted." })
  postedAt!: string;
}

export const NoticeConnection = Connection(Notice, "Notice");
export type NoticeConnection = InstanceType<typeof NoticeConnection>;

@InputType("PostNoticeInput", { description: "A notice for a unit's board." })
export class PostNoticeInput {
  @Subject("OrgUnit")
  @Field(() => ID, { nullable: true, description: "The unit whose board to post on; default: your scope unit." })
  unitId?: string | null;

  @Field(() => String, { description: "At most 80 characters." })
  title!: string;

  @Field(() => String, { description: "At most 2,000 characters." })
  body!: string;

  @Field(() => String, { description: "Chosen by the client per notice; a retry with the same key returns the same notice." })
  idempotencyKey!: string;
}
