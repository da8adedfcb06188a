// AWS Lambda entry: API Gateway HTTP API v2 (or a function URL) → Apollo.
// Everything here runs once per container; each request gets a fresh context.
//
// The request is read by http-body.ts rather than by the integration's own parser, which
// answers a malformed body with JSON.parse's message as plain text; anything unexpected
// answers an opaque INTERNAL_SERVER_ERROR. The path routes: /auth/wechat is the mini-program
// login exchange (wechat-login.ts; 404 unless one is configured), everything else GraphQL.
import { HeaderMap } from "@apollo/server";
import { handlers, startServerAndCreateLambdaHandler } from "@as-integrations/aws-lambda";
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Context } from "aws-lambda";
import { authConfigFromEnv, type AuthConfig } from "../auth/verifier";
import { createContext } from "../context";
import { createApolloServer } from "../server";
import { dbFromEnv, type Db } from "../store/dynamo";
import { RequestRefused, errorBody, readJsonBody } from "./http-body";
import { WECHAT_LOGIN_PATH, answerWechatLogin, wechatLoginFromEnv, type WechatLogin } from "./wechat-login";

function errorResult(status: number, message: string, code: string): APIGatewayProxyStructuredResultV2 {
  return { statusCode: status, headers: { "content-type": "application/json; charset=utf-8" }, body: errorBody(message, code) };
}

const httpApi = handlers.createAPIGatewayProxyEventV2RequestHandler();
const requestHandler = handlers.createRequestHandler<APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2>(
  (event) => {
    const headers = new HeaderMap(); // lower-cases names
    for (const [name, value] of Object.entries(event.headers ?? {})) headers.set(name, value ?? "");
    const method = event.requestContext.http.method.toUpperCase();
    // GET carries the operation in the query string (queries only; Apollo refuses mutations).
    const raw = event.body ?? "";
    const body = method === "POST" ? readJsonBody(event.isBase64Encoded ? Buffer.from(raw, "base64") : Buffer.from(raw, "utf8"), headers.get("content-type")) : "";
    return { method, headers, search: event.rawQueryString, body };
  },
  {
    success: httpApi.toSuccessResult,
    error(error) {
      if (error instanceof RequestRefused) return errorResult(error.status, error.message, error.code);
      console.error(
        JSON.stringify({
          level: "error",
          msg: "lambda handler failed",
          error: error instanceof Error ? { name: error.name, message: error.message, stack: error.stack } : String(error),
        }),
      );
      return errorResult(500, "Internal error. It has been logged.", "INTERNAL_SERVER_ERROR");
    },
  },
);

export type GridnetLambdaHandler = (event: APIGatewayProxyEventV2, context: Context, callback: () => void) => Promise<APIGatewayProxyStructuredResultV2 | undefined>;

/** The handler over the given table, token issuer and login exchange (null: /auth/wechat is a 404). */
export function createLambdaHandler({ db, auth, login }: { db: Db; auth: AuthConfig; login: WechatLogin | null }): GridnetLambdaHandler {
  const graphql = startServerAndCreateLambdaHandler(createApolloServer(), requestHandler, {
    context: ({ event }) => createContext(db, auth, event.headers?.authorization ?? event.headers?.Authorization),
  });
  return async (event, context, callback) => {
    // The stack serves the $default stage, so rawPath carries no stage prefix.
    if (event.rawPath !== WECHAT_LOGIN_PATH) return (await graphql(event, context, callback)) ?? undefined;
    try {
      const raw = event.body ?? "";
      const bytes = event.isBase64Encoded ? Buffer.from(raw, "base64") : Buffer.from(raw, "utf8");
      const contentType = Object.entries(event.headers ?? {}).find(([name]) => name.toLowerCase() === "content-type")?.[1];
      const answer = await answerWechatLogin(login, event.requestContext.http.method.toUpperCase(), bytes, contentType);
      return { statusCode: answer.status, headers: { "content-type": "application/json; charset=utf-8" }, body: answer.body };
    } catch (error) {
      console.error(
        JSON.stringify({
          level: "error",
          msg: "wechat login failed",
          error: error instanceof Error ? { name: error.name, message: error.message, stack: error.stack } : String(error),
        }),
      );
      return errorResult(500, "Internal error. It has been logged.", "INTERNAL_SERVER_ERROR");
    }
  };
}

export const handler = createLambdaHandler({ db: dbFromEnv(), auth: authConfigFromEnv(), login: wechatLoginFromEnv() });
