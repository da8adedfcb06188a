import "reflect-metadata"; // type-graphql decorators need it loaded before any class is declared
import "./issue.enums.graphql";
import { Field, InputType, Int, ObjectType } from "type-graphql";
import { AttributeDatatype, IssuePriority } from "./issue.enums";

@ObjectType("AttributeValue")
@InputType("AttributeValueInput")
export class AttributeValue {
  @Field(() => String)
  key!: string;

  @Field(() => String)
  name!: string;
}

@ObjectType("CategoryAttribute", { description: "An extra question a report of this category answers (Open311 attribute)." })
@InputType("CategoryAttributeInput")
export class CategoryAttribute {
  @Field(() => String)
  code!: string;

  @Field(() => AttributeDatatype)
  datatype!: AttributeDatatype;

  @Field(() => String)
  description!: string;

  @Field(() => Boolean)
  required!: boolean;

  @Field(() => Int)
  order!: number;

  @Field(() => [AttributeValue], { description: "Allowed values of list attributes." })
  values!: AttributeValue[];
}

@ObjectType("SlaRule")
@InputType("SlaRuleInput")
export class SlaRule {
  @Field(() => IssuePriority)
  priority!: IssuePriority;

  @Field(() => Int, { description: "Hours from assignment to the deadline." })
  hours!: number;
}

@ObjectType("Category", { description: "A kind of issue, like an Open311 service definition." })
export class Category {
  @Field(() => String)
  code!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String)
  group!: string;

  @Field(() => String)
  description!: string;

  @Field(() => [String])
  keywords!: string[];

  @Field(() => IssuePriority)
  defaultPriority!: IssuePriority;

  @Field(() => [SlaRule], { description: "Per-priority deadlines that override the district's defaults." })
  sla!: SlaRule[];

  @Field(() => [CategoryAttribute])
  attributes!: CategoryAttribute[];

  @Field(() => Boolean)
  active!: boolean;
}

@InputType("CategoryInput")
export class CategoryInput {
  @Field(() => String)
  code!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String)
  group!: string;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => [String], { nullable: true })
  keywords?: string[] | null;

  @Field(() => IssuePriority)
  defaultPriority!: IssuePriority;

  @Field(() => [SlaRule], { nullable: true })
  sla?: SlaRule[] | null;

  @Field(() => [CategoryAttribute], { nullable: true })
  attributes?: CategoryAttribute[] | null;

  @Field(() => Boolean, { nullable: true, defaultValue: true })
  active?: boolean | null;
}
