// The category catalogue (like Open311 service definitions) and the checks a report's
// attribute answers must pass against it.
import { AttributeDatatype, IssuePriority } from "../../schema/issues/issue.enums";
import { Role } from "../auth/actor";
import * as valid from "../common/validate";
import type { GridnetContext } from "../context";
import { badInput, forbidden } from "../errors";
import { requireActor } from "../org/org.rules";
import { putCategory, type CategoryRecord } from "./category.store";

type Answer = { code: string; values: string[] };

/** Checks answers against the category's attribute definitions; returns them normalised. */
export function validateAttributes(category: CategoryRecord, answers: Answer[]): Answer[] {
  const defs = new Map(category.attributes.map((a) => [a.code, a]));
  const seen = new Set<string>();
  const result: Answer[] = [];
  for (const answer of answers) {
    const def = defs.get(answer.code);
    const field = `attributes.${answer.code}`;
    if (!def) throw badInput(`${category.code} has no attribute ${answer.code}.`, field);
    if (seen.has(def.code)) throw badInput(`Attribute ${def.code} is answered twice.`, field);
    seen.add(def.code);
    const values = (answer.values ?? []).map((v) => (typeof v === "string" ? v.trim() : ""));
    if (values.length === 0 || values.some((v) => v === "")) throw badInput(`Attribute ${def.code} needs a value.`, field);
    const keys = new Set(def.values.map((v) => v.key));
    switch (def.datatype) {
      case AttributeDatatype.MULTIVALUELIST:
        if (new Set(values).size !== values.length || values.some((v) => !keys.has(v))) throw badInput(`${def.code} takes values from: ${[...keys].join(", ")}.`, field);
        break;
      case AttributeDatatype.SINGLEVALUELIST:
        if (values.length !== 1 || !keys.has(values[0])) throw badInput(`${def.code} takes one value from: ${[...keys].join(", ")}.`, field);
        break;
      case AttributeDatatype.NUMBER:
        if (values.length !== 1 || !/^-?\d+(\.\d+)?$/.test(values[0])) throw badInput(`${def.code} must be a number.`, field);
        break;
      case AttributeDatatype.DATETIME:
        if (values.length !== 1) throw badInput(`${def.code} takes one date.`, field);
        valid.isoDate(values[0], field);
        break;
      case AttributeDatatype.STRING:
      case AttributeDatatype.TEXT:
        if (values.length !== 1) throw badInput(`${def.code} takes one value.`, field);
        valid.text(values[0], field, def.datatype === AttributeDatatype.STRING ? 200 : 2000);
        break;
    }
    result.push({ code: def.code, values });
  }
  for (const def of category.attributes) {
    if (def.required && !seen.has(def.code)) throw badInput(`${category.code} requires attribute ${def.code} (${def.description}).`, `attributes.${def.code}`);
  }
  return result.sort((a, b) => (defs.get(a.code)!.order ?? 0) - (defs.get(b.code)!.order ?? 0));
}

export async function categories(ctx: GridnetContext, includeInactive = false): Promise<CategoryRecord[]> {
  const actor = requireActor(ctx);
  const districtId = await districtOf(ctx, actor.orgId);
  const list = await ctx.loaders.categories.load(districtId);
  return list.filter((c) => includeInactive || c.active).sort((a, b) => a.group.localeCompare(b.group) || a.code.localeCompare(b.code));
}

async function districtOf(ctx: GridnetContext, orgId: string): Promise<string> {
  const unit = await ctx.loaders.orgUnit.load(orgId);
  return unit?.ancestorIds[0] ?? orgId;
}

/** District admins keep the catalogue of their district. */
export interface CategoryInputShape {
  code: string;
  name: string;
  group: string;
  description?: string | null;
  keywords?: string[] | null;
  defaultPriority: IssuePriority;
  sla?: CategoryRecord["sla"] | null;
  attributes?: (Omit<CategoryRecord["attributes"][number], "order" | "values"> & { order?: number | null; values?: { key: string; name: string }[] | null })[] | null;
  active?: boolean | null;
}

export async function saveCategory(ctx: GridnetContext, input: CategoryInputShape): Promise<CategoryRecord> {
  const actor = requireActor(ctx);
  if (actor.role !== Role.DISTRICT_ADMIN) throw forbidden("Only district admins keep the category catalogue.");
  const category = normaliseCategory(input);
  await putCategory(ctx.db, actor.orgId, category);
  ctx.loaders.categories.clear(actor.orgId);
  return category;
}

export function normaliseCategory(input: CategoryInputShape): CategoryRecord {
  const attributes = (input.attributes ?? []).map((a, i) => {
    const values = (a.values ?? []).map((v) => ({ key: valid.key(v.key, "attributes.values.key"), name: valid.text(v.name, "attributes.values.name", 60) }));
    const isList = a.datatype === AttributeDatatype.SINGLEVALUELIST || a.datatype === AttributeDatatype.MULTIVALUELIST;
    if (isList && values.length === 0) throw badInput(`List attribute ${a.code} needs values.`, "attributes");
    if (new Set(values.map((v) => v.key)).size !== values.length) throw badInput(`List attribute ${a.code} repeats a value key.`, "attributes");
    return {
      code: valid.key(a.code, "attributes.code"),
      datatype: a.datatype,
      description: valid.text(a.description, "attributes.description", 200),
      required: Boolean(a.required),
      order: a.order ?? i,
      values: isList ? values : [],
    };
  });
  if (new Set(attributes.map((a) => a.code)).size !== attributes.length) throw badInput("Attribute codes must be unique.", "attributes");
  const sla = (input.sla ?? []).map((r) => ({ priority: r.priority, hours: valid.integer(r.hours, "sla.hours", 1, 24 * 90) }));
  if (new Set(sla.map((r) => r.priority)).size !== sla.length) throw badInput("One SLA rule per priority.", "sla");
  if (!Object.values(IssuePriority).includes(input.defaultPriority)) throw badInput("Unknown priority.", "defaultPriority");
  return {
    code: valid.key(input.code, "code", 40),
    name: valid.text(input.name, "name", 60),
    group: valid.text(input.group, "group", 60),
    description: input.description ? valid.text(input.description, "description", 500) : "",
    keywords: (input.keywords ?? []).slice(0, 20).map((k) => valid.text(k, "keywords", 30)),
    defaultPriority: input.defaultPriority,
    sla,
    attributes,
    active: input.active ?? true,
  };
}
