// AWS Lambda entry: API Gateway HTTP API v2 (or a function URL) → Apollo.
// Everything here runs once per container; each request gets a fresh context.
//
// The request is read here rather than by the integration's own parser, which answers a
// malformed body with JSON.parse's message as plain text: every request that is not
// well-formed JSON in UTF-8 of at most MAX_BODY_BYTES gets a GraphQL error body with
// extensions.code BAD_REQUEST (docs/limits.md), and anything unexpected an opaque
// INTERNAL_SERVER_ERROR.
import { HeaderMap } from "@apollo/server";
import { handlers, startServerAndCreateLambdaHandler } from "@as-integrations/aws-lambda";
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from "aws-lambda";
import { authConfigFromEnv } from "../auth/verifier";
import { MAX_BODY_BYTES } from "../common/query-limits";
import { createContext } from "../context";
import { createApolloServer } from "../server";
import { dbFromEnv } from "../store/dynamo";

const db = dbFromEnv();
const auth = authConfigFromEnv();

/** A request refused before it reaches Apollo, with the HTTP status it earns. */
class RequestRefused extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

function errorResult(status: number, message: string, code: string): APIGatewayProxyStructuredResultV2 {
  return {
    statusCode: status,
    headers: { "content-type": "application/json; charset=utf-8" },
    body: JSON.stringify({ errors: [{ message, extensions: { code } }] }),
  };
}

const utf8 = new TextDecoder("utf-8", { fatal: true });

/** The JSON object a POST carries, or a RequestRefused saying what is wrong with it. */
export function readBody(event: Pick<APIGatewayProxyEventV2, "body" | "isBase64Encoded">, contentType: string | undefined): Record<string, unknown> {
  const [mediaType, ...params] = (contentType ?? "").split(";").map((p) => p.trim().toLowerCase());
  if (mediaType !== "application/json") throw new RequestRefused(415, "Send the operation as a JSON body with content-type: application/json.");
  const charset = params.find((p) => p.startsWith("charset="))?.slice("charset=".length).replace(/"/g, "");
  if (charset !== undefined && charset !== "utf-8" && charset !== "utf8") throw new RequestRefused(415, "The body must be UTF-8 (charset=utf-8).");
  const raw = event.body ?? "";
  // A base64 body decodes to 3/4 of its length; either form over the limit is refused unread.
  if ((event.isBase64Encoded ? Math.floor((raw.length * 3) / 4) : raw.length) > MAX_BODY_BYTES) throw tooLarge();
  const bytes = event.isBase64Encoded ? Buffer.from(raw, "base64") : Buffer.from(raw, "utf8");
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

const tooLarge = () => new RequestRefused(413, `The body is larger than ${MAX_BODY_BYTES} bytes.`);

const httpApi = handlers.createAPIGatewayProxyEventV2RequestHandler();
const requestHandler = handlers.createRequestHandler<APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2>(
  (event) => {
    const headers = new HeaderMap(); // lower-cases names
    for (const [name, value] of Object.entries(event.headers ?? {})) headers.set(name, value ?? "");
    const method = event.requestContext.http.method.toUpperCase();
    // GET carries the operation in the query string (queries only; Apollo refuses mutations).
    const body = method === "POST" ? readBody(event, headers.get("content-type")) : "";
    return { method, headers, search: event.rawQueryString, body };
  },
  {
    success: httpApi.toSuccessResult,
    error(error) {
      if (error instanceof RequestRefused) return errorResult(error.status, error.message, "BAD_REQUEST");
      console.error(JSON.stringify({ level: "error", msg: "lambda handler failed", error: error instanceof Error ? { name: error.name, message: error.message, stack: error.stack } : String(error) }));
      return errorResult(500, "Internal error. It has been logged.", "INTERNAL_SERVER_ERROR");
    },
  },
);

export const handler = startServerAndCreateLambdaHandler(createApolloServer(), requestHandler, {
  context: ({ event }) => createContext(db, auth, event.headers?.authorization ?? event.headers?.Authorization),
});
