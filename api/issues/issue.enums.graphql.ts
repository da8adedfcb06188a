// Names the issue loop's enums in the GraphQL contract. Imported by the contract classes only.
import "reflect-metadata";
import { registerEnumType } from "type-graphql";
import { AttributeDatatype, HandlingLevel, IssueChannel, IssuePriority, IssueSort, IssueState, ReporterKind, ResolutionOutcome, TimelineEventKind } from "./issue.enums";

registerEnumType(IssueState, { name: "IssueState" });
registerEnumType(IssuePriority, { name: "IssuePriority", description: "Sets the deadline through the SLA." });
registerEnumType(IssueChannel, { name: "IssueChannel" });
registerEnumType(ReporterKind, { name: "ReporterKind" });
registerEnumType(ResolutionOutcome, { name: "ResolutionOutcome" });
registerEnumType(HandlingLevel, { name: "HandlingLevel" });
registerEnumType(TimelineEventKind, { name: "TimelineEventKind" });
registerEnumType(AttributeDatatype, { name: "AttributeDatatype", description: "Open311 attribute datatypes." });
registerEnumType(IssueSort, { name: "IssueSort" });
