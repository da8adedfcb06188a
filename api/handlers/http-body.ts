// Reading a GraphQL request's body, the same way for the Lambda handler and the local server:
// every body that is not one JSON object in UTF-8 of at most MAX_BODY_BYTES is refused with a
// GraphQL-shaped JSON error carrying extensions.code BAD_REQUEST and the HTTP status it earns
// (400, 413, 415) — never a framework's HTML page, stack trace or JSON.parse message.
import { MAX_BODY_BYTES } from "../common/query-limits";

/** A request refused before it reaches Apollo, with the HTTP status it earns. */
export class RequestRefused extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly code = "BAD_REQUEST",
  ) {
    super(message);
  }
}

export const tooLarge = () => new RequestRefused(413, `The body is larger than ${MAX_BODY_BYTES} bytes.`);

/** The JSON text of an error answer. */
export function errorBody(message: string, code: string): string {
  return JSON.stringify({ errors: [{ message, extensions: { code } }] });
}

const utf8 = new TextDecoder("utf-8", { fatal: true });

/** The JSON object a POST carries, or a RequestRefused saying what is wrong with it. */
export function readJsonBody(bytes: Buffer, contentType: string | undefined): Record<string, unknown> {
  const [mediaType, ...params] = (contentType ?? "").split(";").map((p) => p.trim().toLowerCase());
  if (mediaType !== "application/json") throw new RequestRefused(415, "Send the operation as a JSON body with content-type: application/json.");
  const charset = params
    .find((p) => p.startsWith("charset="))
    ?.slice("charset=".length)
    .replace(/"/g, "");
  if (charset !== undefined && charset !== "utf-8" && charset !== "utf8") throw new RequestRefused(415, "The body must be UTF-8 (charset=utf-8).");
  if (bytes.length > MAX_BODY_BYTES) throw tooLarge();
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    throw new RequestRefused(400, "The body is not valid UTF-8.");
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new RequestRefused(400, "The body is not valid JSON.");
  }
  if (!parsed || typeof parsed !== "object" || Array.isArray(parsed)) throw new RequestRefused(400, "The body must be one JSON object: { query, variables, operationName }.");
  return parsed as Record<string, unknown>;
}
