// The one timestamp scalar. Values travel as RFC 3339 strings in UTC with milliseconds
// ("2026-02-14T09:30:00.000Z"); the domain keeps timestamps as those same ISO strings, so the
// scalar only checks and normalises at the edge and no resolver converts Date objects.
import { GraphQLError, GraphQLScalarType, Kind } from "graphql";

// A date, a time and an explicit zone (Z or ±hh:mm): a time without a zone is ambiguous.
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/i;

function refuse(value: unknown): never {
  const shown = typeof value === "string" ? JSON.stringify(value.slice(0, 40)) : typeof value;
  throw new GraphQLError(`DateTime must be an RFC 3339 date-time with a zone, e.g. 2026-02-14T09:30:00+08:00; got ${shown}.`, {
    extensions: { code: "BAD_USER_INPUT" },
  });
}

/** Parses a client's value into the domain's form (UTC ISO string), or refuses it. */
export function parseDateTime(value: unknown): string {
  if (typeof value !== "string" || value.length > 40 || !RFC3339.test(value)) refuse(value);
  const ms = Date.parse(value);
  if (Number.isNaN(ms) || !isCalendarDay(value)) refuse(value);
  return new Date(ms).toISOString();
}

/** Date.parse rolls 2026-02-30 over into March; a day the calendar does not have is refused instead. */
function isCalendarDay(value: string): boolean {
  const [year, month, day] = value.slice(0, 10).split("-").map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

export const DateTime = new GraphQLScalarType<string, string>({
  name: "DateTime",
  description: "An instant as an RFC 3339 string; answers are always UTC with milliseconds, e.g. 2026-02-14T01:30:00.000Z.",
  serialize(value) {
    if (value instanceof Date) return value.toISOString();
    if (typeof value === "string") return new Date(Date.parse(value)).toISOString();
    throw new GraphQLError("DateTime cannot represent a non-date value.");
  },
  parseValue: parseDateTime,
  parseLiteral(ast) {
    return parseDateTime(ast.kind === Kind.STRING ? ast.value : undefined);
  },
});
