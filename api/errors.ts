// Every error a client sees carries `extensions.code` and a message written for people.
// Domain code throws `DomainError`; anything else is an internal fault and is reported as
// INTERNAL_SERVER_ERROR without its message or stack. Messages never quote more than the
// start of what a client sent (docs/limits.md).
import { GraphQLError, type GraphQLFormattedError } from "graphql";

export type ErrorCode = "UNAUTHENTICATED" | "FORBIDDEN" | "NOT_FOUND" | "BAD_USER_INPUT" | "CONFLICT" | "INVALID_TRANSITION" | "INTERNAL_SERVER_ERROR";

export class DomainError extends GraphQLError {
  constructor(code: ErrorCode, message: string, details?: Record<string, unknown>) {
    super(message, { extensions: { code, ...details } });
    this.name = "DomainError";
  }
}

export const unauthenticated = (message = "Sign in: a valid bearer token is required.") => new DomainError("UNAUTHENTICATED", message);
export const forbidden = (message = "Not allowed for your role or outside your scope.") => new DomainError("FORBIDDEN", message);
export const notFound = (what: string, id: string) => new DomainError("NOT_FOUND", `${what} ${id} does not exist.`, { id });
export const badInput = (message: string, field?: string) => new DomainError("BAD_USER_INPUT", message, field ? { field } : undefined);
export const conflict = (message: string) => new DomainError("CONFLICT", message);

// Codes that graphql-js and Apollo raise themselves for malformed operations; they describe the
// client's request, so their messages are safe to show.
const CLIENT_CODES = new Set([
  "GRAPHQL_PARSE_FAILED",
  "GRAPHQL_VALIDATION_FAILED",
  "BAD_USER_INPUT",
  "BAD_REQUEST",
  "PERSISTED_QUERY_NOT_FOUND",
  "PERSISTED_QUERY_NOT_SUPPORTED",
  "OPERATION_RESOLUTION_FAILURE",
]);

// Request errors Apollo raises without a code (so they would read as INTERNAL_SERVER_ERROR):
// each is the client's mistake, answered as BAD_REQUEST with a message saying what to fix.
// Matched by message, which is pinned with @apollo/server's version (tests/handlers/persisted-queries.test.ts).
const UNCODED_REQUEST_ERRORS = new Map([
  ["provided sha does not match query", "The persistedQuery sha256Hash is not the SHA-256 of the query sent with it: hash the exact query text (hex, lower case)."],
  ["Unsupported persisted query version", "Only persistedQuery version 1 is supported."],
]);

/** How much of a bad value an error message may quote back. */
export const EXCERPT_CHARS = 40;
/** The longest message a client is sent; longer ones (built from stored data) are cut. */
export const MAX_MESSAGE_CHARS = 500;

/** The start of a value, for an error message: never more than EXCERPT_CHARS characters. */
export function excerpt(value: unknown, max = EXCERPT_CHARS): string {
  const text = String(value);
  const head = [...text.slice(0, max * 2 + 1)];
  return head.length > max || text.length > max * 2 + 1 ? `${head.slice(0, max).join("")}…` : head.join("");
}

// A double-quoted stretch of a message, as graphql-js quotes values and names ("…", with \" escapes).
const QUOTED = /"((?:[^"\\]|\\.)*)"/g;
// graphql-js's suggestions, e.g. ` Did you mean the enum value "GRID_PATROL"?` — they describe the schema.
const SUGGESTION = /\s*Did you mean [^?]*\?/g;

/**
 * A message safe to send: every quoted value cut to its first EXCERPT_CHARS characters (graphql-js
 * quotes a bad enum value or variable whole, twice), suggestions dropped when the schema's
 * details are hidden, and the whole bounded.
 */
export function safeMessage(message: string, hideSchemaDetails: boolean): string {
  let safe = message.replace(QUOTED, (whole, inner: string) => (inner.length > EXCERPT_CHARS ? `"${excerpt(inner)}"` : whole));
  safe = shortenVariableValue(safe);
  if (hideSchemaDetails) safe = safe.replace(SUGGESTION, "");
  return excerpt(safe, MAX_MESSAGE_CHARS);
}

const VARIABLE_VALUE = /^(Variable "\$[^"]*" got invalid value )/;

/**
 * graphql-js's `Variable "$i" got invalid value <the whole value> at "i.path"; <reason>` prints
 * a whole input object; only the start of it is kept, with the path and the reason.
 */
function shortenVariableValue(message: string): string {
  const head = VARIABLE_VALUE.exec(message)?.[1];
  if (!head) return message;
  const reasonAt = message.lastIndexOf("; ");
  const end = reasonAt > head.length ? reasonAt : message.length;
  const pathAt = message.lastIndexOf(' at "', end);
  const valueEnd = pathAt > head.length ? pathAt : end;
  return head + excerpt(message.slice(head.length, valueEnd)) + message.slice(valueEnd);
}

export interface ErrorOptions {
  /** Drop "Did you mean …" suggestions (production: the schema is not advertised). */
  hideSchemaDetails?: boolean;
}

/**
 * Apollo's formatError: keeps domain and client errors (their messages made safe), hides
 * everything else. `original` is the thrown value (unwrapped from the GraphQLError Apollo put
 * around it).
 */
export function createFormatError(options: ErrorOptions = {}) {
  const hide = options.hideSchemaDetails ?? false;
  return (formatted: GraphQLFormattedError, original: unknown): GraphQLFormattedError => formatErrorWith(formatted, original, hide);
}

export const formatError = createFormatError();

function formatErrorWith(formatted: GraphQLFormattedError, original: unknown, hideSchemaDetails: boolean): GraphQLFormattedError {
  const code = formatted.extensions?.code;
  const uncoded = original instanceof GraphQLError && original.extensions?.code === undefined ? UNCODED_REQUEST_ERRORS.get(original.message) : undefined;
  if (uncoded) return { message: uncoded, extensions: { code: "BAD_REQUEST" } };
  const cause = original instanceof GraphQLError && original.originalError ? original.originalError : original;
  if (cause instanceof DomainError || (typeof code === "string" && CLIENT_CODES.has(code) && !isInternal(cause))) {
    const { stacktrace: _drop, ...extensions } = formatted.extensions ?? {};
    if (typeof extensions.field === "string") extensions.field = excerpt(extensions.field, 100);
    return { ...formatted, message: safeMessage(formatted.message, hideSchemaDetails), extensions };
  }
  // An internal fault: log it for the operator, answer without detail.
  console.error(JSON.stringify({ level: "error", msg: "internal error", path: formatted.path, error: describe(cause) }));
  return {
    message: "Internal error. It has been logged.",
    path: formatted.path,
    locations: formatted.locations,
    extensions: { code: "INTERNAL_SERVER_ERROR" },
  };
}

function isInternal(cause: unknown): boolean {
  // A GraphQLError is raised by graphql-js or by us; anything else thrown is a fault.
  return cause instanceof Error && !(cause instanceof GraphQLError);
}

function describe(error: unknown): unknown {
  return error instanceof Error ? { name: error.name, message: error.message, stack: error.stack } : error;
}
