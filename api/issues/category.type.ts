import "reflect-metadata"; // type-graphql decorators need it loaded before any class is declared
import "./issue.enums.graphql";
import { Field, InputType, Int, ObjectType } from "type-graphql";
import { AttributeDatatype, IssuePriority } from "./issue.enums";
import { Safe } from "../../schema/common/privacy";

@ObjectType("AttributeValue", { description: "One allowed answer of a list attribute." })
@InputType("AttributeValueInput", { description: "One allowed answer of a list attribute." })
export class AttributeValue {
  @Safe()
  @Field(() => String, { description: "What a report sends in IssueAttributeInput.values, e.g. 3." })
  key!: string;

  @Safe()
  @Field(() => String, { description: "What a person reads, e.g. 三盏." })
  name!: string;
}

@ObjectType("CategoryAttribute", { description: "An extra question a report of this category answers (Open311 attribute)." })
@InputType("CategoryAttributeInput", { description: "An extra question a report of this category answers (Open311 attribute)." })
export class CategoryAttribute {
  @Safe()
  @Field(() => String, { description: "The attribute's code within its category, e.g. lamp_count." })
  code!: string;

  @Field(() => AttributeDatatype, { description: "What kind of answer it takes." })
  datatype!: AttributeDatatype;

  @Safe()
  @Field(() => String, { description: "The question as a reporter reads it." })
  description!: string;

  @Field(() => Boolean, { description: "A report of the category must answer it." })
  required!: boolean;

  @Field(() => Int, { description: "Where it comes among the category's attributes (ascending)." })
  order!: number;

  @Field(() => [AttributeValue], { description: "Allowed values of list attributes." })
  values!: AttributeValue[];
}

@ObjectType("SlaRule", { description: "A category's own deadline for one priority." })
@InputType("SlaRuleInput", { description: "A category's own deadline for one priority." })
export class SlaRule {
  @Field(() => IssuePriority, { description: "The priority it applies to." })
  priority!: IssuePriority;

  @Field(() => Int, { description: "Hours from assignment to the deadline." })
  hours!: number;
}

@ObjectType("Category", { description: "A kind of issue, like an Open311 service definition." })
export class Category {
  @Safe()
  @Field(() => String, { description: "The category's key (Open311 service_code), e.g. FACILITY_STREETLIGHT; stable, and what issues refer to." })
  code!: string;

  @Safe()
  @Field(() => String, { description: "Its name as people read it, e.g. 路灯损坏." })
  name!: string;

  @Safe()
  @Field(() => String, { description: "The group it is listed under, e.g. 设施维护." })
  group!: string;

  @Safe()
  @Field(() => String, { description: "What belongs in the category." })
  description!: string;

  @Safe()
  @Field(() => [String], { description: "Words a reporter might use, for finding the category." })
  keywords!: string[];

  @Field(() => IssuePriority, { description: "The priority an issue gets at assessment unless the assessor sets another." })
  defaultPriority!: IssuePriority;

  @Field(() => [SlaRule], { description: "Per-priority deadlines that override the district's defaults." })
  sla!: SlaRule[];

  @Field(() => [CategoryAttribute], { description: "The extra questions a report answers, in order." })
  attributes!: CategoryAttribute[];

  @Field(() => Boolean, { description: "New reports may use it; inactive categories stay for the issues that have them." })
  active!: boolean;
}

@InputType("CategoryInput", { description: "A whole catalogue entry: saving it replaces the entry of the same code, or adds one." })
export class CategoryInput {
  @Field(() => String, { description: "The category's key: 1–64 letters, digits or - _ . :, e.g. FACILITY_STREETLIGHT." })
  code!: string;

  @Field(() => String, { description: "Its name as people read it." })
  name!: string;

  @Field(() => String, { description: "The group it is listed under." })
  group!: string;

  @Field(() => String, { nullable: true, description: "What belongs in the category; default empty." })
  description?: string | null;

  @Field(() => [String], { nullable: true, description: "Words a reporter might use; default none." })
  keywords?: string[] | null;

  @Field(() => IssuePriority, { description: "The priority an issue gets at assessment unless the assessor sets another." })
  defaultPriority!: IssuePriority;

  @Field(() => [SlaRule], { nullable: true, description: "Per-priority deadlines that override the district's defaults; default none." })
  sla?: SlaRule[] | null;

  @Field(() => [CategoryAttribute], { nullable: true, description: "The extra questions a report answers; default none." })
  attributes?: CategoryAttribute[] | null;

  @Field(() => Boolean, { nullable: true, defaultValue: true, description: "New reports may use it." })
  active?: boolean | null;
}
