// The Cache-Control header of every answer. Only a few reads are worth caching, and an answer
// that depends on who asked must never land in a shared cache — so the rule is one table and one
// decision, made after the answer is known:
//   - every root field of the operation is in CACHEABLE, the operation is a query and the answer
//     carries no error → `max-age` is the smallest of the fields' ages;
//   - it is `public` only when every field is PUBLIC and the request carries no Authorization
//     header (a token could change the answer); otherwise `private`, for the caller's own cache;
//   - everything else is `no-store`: lists, issues and people change with every step of the loop
//     and hold personal data.
// Apollo's own cache-control plugin (schema hints, default on) is replaced by this one so that
// one place decides (docs/contract.md, cache hints).
import type { ApolloServerPlugin, BaseContext } from "@apollo/server";
import { Kind, type DocumentNode, type OperationDefinitionNode, type SelectionSetNode } from "graphql";

export interface CacheHint {
  /** Seconds an answer may be reused. */
  maxAge: number;
  /** PUBLIC: the same for everyone (still private when a token was sent); PRIVATE: depends on the caller. */
  scope: "PUBLIC" | "PRIVATE";
}

/** Root query fields whose answers may be cached, and for how long. */
export const CACHEABLE: Readonly<Record<string, CacheHint>> = {
  // The same for everyone and needs no token; its database probe is shared for 1 s anyway.
  health: { maxAge: 1, scope: "PUBLIC" },
  // The caller's district's catalogue: changes rarely (saveCategory), but is read per district.
  categories: { maxAge: 300, scope: "PRIVATE" },
};

export const NO_STORE = "no-store";

/** The header value for an operation's root fields, or no-store. */
export function cacheControlFor(fields: readonly string[], opts: { isQuery: boolean; hasErrors: boolean; hasToken: boolean }): string {
  const hints = fields.map((f) => CACHEABLE[f]);
  if (!opts.isQuery || opts.hasErrors || hints.length === 0 || hints.some((h) => h === undefined)) return NO_STORE;
  const maxAge = Math.min(...hints.map((h) => h!.maxAge));
  const shared = !opts.hasToken && hints.every((h) => h!.scope === "PUBLIC");
  return `${shared ? "public" : "private"}, max-age=${maxAge}`;
}

/** The root field names an operation selects (through fragments too); __typename costs nothing and is ignored. */
export function rootFields(operation: OperationDefinitionNode, document: DocumentNode): string[] {
  const fragments = new Map(document.definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d.selectionSet] as const] : [])));
  const names = new Set<string>();
  const seen = new Set<string>();
  const walk = (set: SelectionSetNode) => {
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        if (selection.name.value !== "__typename") names.add(selection.name.value);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        walk(selection.selectionSet);
      } else if (!seen.has(selection.name.value)) {
        seen.add(selection.name.value);
        const fragment = fragments.get(selection.name.value);
        if (fragment) walk(fragment);
      }
    }
  };
  walk(operation.selectionSet);
  return [...names];
}

export function cacheControl<C extends BaseContext>(): ApolloServerPlugin<C> {
  return {
    async requestDidStart({ request }) {
      const hasToken = Boolean(request.http?.headers.get("authorization"));
      return {
        async willSendResponse({ response, operation, document, errors }) {
          const result = response.body.kind === "single" ? response.body.singleResult : undefined;
          const hasErrors = Boolean(errors?.length || result?.errors?.length || !result);
          const fields = operation && document ? rootFields(operation, document) : [];
          const value = cacheControlFor(fields, { isQuery: operation?.operation === "query", hasErrors, hasToken });
          response.http.headers.set("cache-control", value);
          // A cached answer must not be served to a request with another token.
          if (value !== NO_STORE) response.http.headers.set("vary", "authorization");
        },
      };
    },
  };
}
