// type-graphql copies an input class's inherited fields into the subclass's GraphQL type without
// their extensions (object types keep them), so `@Subject("Issue") id` on the base class of the
// issue transitions would be lost on AcceptIssueInput and the rest. This puts them back from
// the base class's metadata, so a declaration made once holds for every input that inherits it.
import { isInputObjectType, type GraphQLSchema } from "graphql";
import { getMetadataStorage } from "type-graphql";

export function restoreInheritedExtensions(schema: GraphQLSchema): GraphQLSchema {
  const storage = getMetadataStorage();
  const byTarget = new Map(storage.inputTypes.map((t) => [t.target, t]));
  for (const meta of storage.inputTypes) {
    const type = schema.getType(meta.name);
    if (!isInputObjectType(type)) continue;
    const fields = type.getFields();
    for (let base = Object.getPrototypeOf(meta.target); base && base !== Function.prototype; base = Object.getPrototypeOf(base)) {
      for (const field of byTarget.get(base)?.fields ?? []) {
        const inherited = fields[field.name] as { extensions: Record<string, unknown> } | undefined;
        if (inherited && field.extensions && Object.keys(inherited.extensions ?? {}).length === 0) inherited.extensions = { ...field.extensions };
      }
    }
  }
  return schema;
}
