// The category catalogue (like Open311 service definitions) and the checks a report's
// attribute answers must pass against it.
import { AttributeDatatype, IssuePriority } from "./issue.enums";
import { Role } from "../auth/actor";
import * as valid from "../common/validate";
import type { GridnetContext } from "../context";
import { badInput, forbidden } from "../errors";
import { requireActor } from "../auth/guards";
import { putCategory, type CategoryRecord } from "./category.store";

type Answer = { code: string; values: string[] };

/** A NUMBER answer: up to 12 digits, optionally a sign and up to 6 decimals (a count, an area). */
const NUMBER = /^-?\d{1,12}(\.\d{1,6})?$/;

// The catalogue's size limits (docs/limits.md). A category is one DynamoDB item and the whole
// catalogue is read on every report, so both stay small; an over-large one is refused whole,
// never cut down.
export const CATEGORY_LIMITS = {
  keywords: 20,
  attributes: 20,
  valuesPerAttribute: 50,
  /** The stored item (DynamoDB refuses items over 400 KB). */
  itemBytes: 64 * 1024,
  /** Categories in one district's catalogue. */
  perDistrict: 200,
} as const;

/** Checks answers against the category's attribute definitions; returns them normalised. */
export function validateAttributes(category: CategoryRecord, answers: Answer[]): Answer[] {
  const defs = new Map(category.attributes.map((a) => [a.code, a]));
  const seen = new Set<string>();
  const result: Answer[] = [];
  for (const answer of answers) {
    const def = defs.get(valid.key(answer.code, "attributes.code"));
    const field = `attributes.${answer.code}`;
    if (!def) throw badInput(`${category.code} has no attribute ${answer.code}.`, field);
    if (seen.has(def.code)) throw badInput(`Attribute ${def.code} is answered twice.`, field);
    seen.add(def.code);
    // More values than the attribute could take is refused before any is looked at.
    if ((answer.values ?? []).length > Math.max(def.values.length, 1)) throw badInput(`Attribute ${def.code} has too many values.`, field);
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
        if (values.length !== 1 || !NUMBER.test(values[0])) throw badInput(`${def.code} must be a number of at most 12 digits (and 6 decimals).`, field);
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
  const catalogue = await ctx.loaders.categories.load(actor.orgId);
  if (!catalogue.some((c) => c.code === category.code) && catalogue.length >= CATEGORY_LIMITS.perDistrict) {
    throw badInput(`The catalogue already holds ${CATEGORY_LIMITS.perDistrict} categories; retire one (active: false) and reuse its code.`, "code");
  }
  await putCategory(ctx.db, actor.orgId, category);
  ctx.loaders.categories.clear(actor.orgId);
  return category;
}

function atMost<T>(list: T[] | null | undefined, max: number, field: string): T[] {
  const items = list ?? [];
  if (items.length > max) throw badInput(`${field} holds ${items.length} items; at most ${max} are accepted.`, field);
  return items;
}

export function normaliseCategory(input: CategoryInputShape): CategoryRecord {
  const attributes = atMost(input.attributes, CATEGORY_LIMITS.attributes, "attributes").map((a, i) => {
    const values = atMost(a.values, CATEGORY_LIMITS.valuesPerAttribute, "attributes.values").map((v) => ({
      key: valid.key(v.key, "attributes.values.key"),
      name: valid.text(v.name, "attributes.values.name", 60),
    }));
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
  const category: CategoryRecord = {
    code: valid.key(input.code, "code", 40),
    name: valid.text(input.name, "name", 60),
    group: valid.text(input.group, "group", 60),
    description: input.description ? valid.text(input.description, "description", 500) : "",
    keywords: atMost(input.keywords, CATEGORY_LIMITS.keywords, "keywords").map((k) => valid.text(k, "keywords", 30)),
    defaultPriority: input.defaultPriority,
    sla,
    attributes,
    active: input.active ?? true,
  };
  if (Buffer.byteLength(JSON.stringify(category), "utf8") > CATEGORY_LIMITS.itemBytes) {
    throw badInput(`The category is larger than ${CATEGORY_LIMITS.itemBytes / 1024} KB; shorten its descriptions or values.`, "input");
  }
  return category;
}
