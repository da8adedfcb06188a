// Every error a client sees carries `extensions.code` and a message written for people.
// Domain code throws `DomainError`; anything else is an internal fault and is reported as
// INTERNAL_SERVER_ERROR without its message or stack (DESIGN.md §4).
import { GraphQLError, type GraphQLFormattedError } from "graphql";

export type ErrorCode =
  | "UNAUTHENTICATED"
  | "FORBIDDEN"
  | "NOT_FOUND"
  | "BAD_USER_INPUT"
  | "CONFLICT"
  | "INVALID_TRANSITION"
  | "INTERNAL_SERVER_ERROR";

export class DomainError extends GraphQLError {
  constructor(code: ErrorCode, message: string, details?: Record<string, unknown>) {
    super(message, { extensions: { code, ...details } });
    this.name = "DomainError";
  }
}

export const unauthenticated = (message = "Sign in: a valid bearer token is required.") =>
  new DomainError("UNAUTHENTICATED", message);
export const forbidden = (message = "Not allowed for your role or outside your scope.") =>
  new DomainError("FORBIDDEN", message);
export const notFound = (what: string, id: string) => new DomainError("NOT_FOUND", `${what} ${id} does not exist.`, { id });
export const badInput = (message: string, field?: string) =>
  new DomainError("BAD_USER_INPUT", message, field ? { field } : undefined);
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

/**
 * Apollo's formatError: keeps domain and client errors, hides everything else.
 * `original` is the thrown value (unwrapped from the GraphQLError Apollo put around it).
 */
export function formatError(formatted: GraphQLFormattedError, original: unknown): GraphQLFormattedError {
  const code = formatted.extensions?.code;
  const cause = original instanceof GraphQLError && original.originalError ? original.originalError : original;
  if (cause instanceof DomainError || (typeof code === "string" && CLIENT_CODES.has(code) && !isInternal(cause))) {
    const { stacktrace: _drop, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
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
