// The local HTTP server in front of Apollo for `npm start`. Apollo's standalone server parses
// bodies with Express, whose error page for a truncated JSON body, an unknown charset or an
// oversized body is HTML with a stack trace and file paths; this server reads the body itself
// (http-body.ts, the same reader as the Lambda handler) and hands Apollo a parsed request.
//
// Browsers on other origins (a web console on its dev server) may call the API: the answers
// carry `access-control-allow-origin: *` and a preflight is answered. That is safe because
// gridnet's only credential is the Authorization header, which a page can send only when it
// already holds the token (docs/browsers.md). The explorer page is served by its own routes,
// which add no CORS header.
//
// It also answers the mini-program login exchange at /auth/wechat (wechat-login.ts).
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { HeaderMap, type ApolloServer, type BaseContext } from "@apollo/server";
import { MAX_BODY_BYTES } from "../common/query-limits";
import type { ExplorerRoutes } from "../local/explorer/page";
import { RequestRefused, errorBody, readJsonBody, tooLarge } from "./http-body";
import { WECHAT_LOGIN_PATH, answerWechatLogin, type WechatLogin } from "./wechat-login";

export interface HttpServerOptions<C extends BaseContext> {
  apollo: ApolloServer<C>;
  context: (req: IncomingMessage) => Promise<C>;
  /** `npm start`'s explorer page and files (api/local/explorer/page.ts); none by default. */
  explorer?: ExplorerRoutes;
  /** Serves POST /auth/wechat; absent: that path answers 404 NOT_FOUND like any unknown one. */
  login?: WechatLogin | null;
}

/** What a cross-origin caller may send: the headers of the CORS answer, as on API Gateway. */
const CORS = {
  "access-control-allow-origin": "*",
  "access-control-allow-methods": "GET, POST, OPTIONS",
  "access-control-allow-headers": "content-type, authorization, apollo-require-preflight, x-apollo-operation-name",
  "access-control-max-age": "3600",
};

/** Serves `apollo` at `/` and `/graphql`; call `apollo.start()` first. */
export function createGraphQLHttpServer<C extends BaseContext>({ apollo, context, explorer, login = null }: HttpServerOptions<C>): Server {
  return createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    if (explorer?.(req, url, res)) return;
    const route = url.pathname === WECHAT_LOGIN_PATH ? handleLogin(login, req, res) : handle(apollo, context, url, req, res);
    route.catch((error: unknown) => {
      console.error(
        JSON.stringify({
          level: "error",
          msg: "local server failed",
          error: error instanceof Error ? { name: error.name, message: error.message, stack: error.stack } : String(error),
        }),
      );
      send(res, 500, errorBody("Internal error. It has been logged.", "INTERNAL_SERVER_ERROR"));
    });
  });
}

async function handle<C extends BaseContext>(apollo: ApolloServer<C>, context: (req: IncomingMessage) => Promise<C>, url: URL, req: IncomingMessage, res: ServerResponse) {
  if (url.pathname !== "/" && url.pathname !== "/graphql") return send(res, 404, errorBody("Not found: the API is at /graphql.", "NOT_FOUND"));
  const method = (req.method ?? "GET").toUpperCase();
  for (const [name, value] of Object.entries(CORS)) res.setHeader(name, value);
  if (method === "OPTIONS") {
    res.writeHead(204);
    return void res.end();
  }
  const headers = new HeaderMap();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(", ") : value);
  }
  let body: unknown = "";
  try {
    if (method === "POST") body = readJsonBody(await readAll(req), headers.get("content-type"));
  } catch (error) {
    if (!(error instanceof RequestRefused)) throw error;
    // The rest of an oversized body is not read; the connection closes after the answer.
    if (error.status === 413) res.setHeader("connection", "close");
    return send(res, error.status, errorBody(error.message, error.code));
  }
  const response = await apollo.executeHTTPGraphQLRequest({
    httpGraphQLRequest: { method, headers, search: url.search, body },
    context: () => context(req),
  });
  for (const [name, value] of response.headers) res.setHeader(name, value);
  res.statusCode = response.status ?? 200;
  if (response.body.kind === "complete") return res.end(response.body.string);
  for await (const chunk of response.body.asyncIterator) res.write(chunk);
  res.end();
}

async function handleLogin(login: WechatLogin | null, req: IncomingMessage, res: ServerResponse) {
  let bytes: Buffer = Buffer.alloc(0);
  try {
    if (login && req.method === "POST") bytes = await readAll(req);
  } catch (error) {
    if (!(error instanceof RequestRefused)) throw error;
    res.setHeader("connection", "close");
    return send(res, error.status, errorBody(error.message, error.code));
  }
  const answer = await answerWechatLogin(login, (req.method ?? "GET").toUpperCase(), bytes, req.headers["content-type"]);
  send(res, answer.status, answer.body);
}

/** The whole body, refused as soon as it passes MAX_BODY_BYTES (nothing more is buffered). */
function readAll(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        req.removeAllListeners("data");
        req.resume();
        reject(tooLarge());
        return;
      }
      chunks.push(chunk);
    });
    req.on("end", () => resolve(Buffer.concat(chunks)));
    req.on("error", reject);
  });
}

function send(res: ServerResponse, status: number, body: string): void {
  if (res.headersSent) return void res.end();
  res.writeHead(status, { "content-type": "application/json; charset=utf-8" });
  res.end(body);
}
