// POST /auth/wechat {code}: a mini-program's wx.login() code → {token, expiresAt, person}. The same
// function answers for the local server and the Lambda handler; each transport only hands it
// the body's bytes and content-type. The person's role and scope come from the people table,
// never from the caller, and the token carries the claims verifier.ts accepts, so it is used
// like any other (docs/wechat-login.md).
import type { Claims } from "../auth/actor";
import type { CodeExchange } from "../auth/code-exchange";
import { getPerson } from "../people/people.store";
import type { Db } from "../store/dynamo";
import { RequestRefused, errorBody, readJsonBody } from "./http-body";

export const WECHAT_LOGIN_PATH = "/auth/wechat";

/** What signs the tokens: the dev signer locally (api/auth/dev-signer.ts). */
export interface TokenSigner {
  sign(claims: Claims, options: { expiresIn: number; issuedAt: number }): Promise<string>;
}

export interface WechatLogin {
  db: Db;
  exchange: CodeExchange;
  signer: TokenSigner;
  /** How long a token lives; default an hour, like a Cognito ID token. */
  tokenTtlSeconds?: number;
  now?: () => Date;
}

export interface LoginAnswer {
  status: number;
  body: string;
}

/** wx.login() codes are 32 characters today; the limit only keeps junk out of the exchange. */
const MAX_CODE_LENGTH = 128;

/** Answers one request to WECHAT_LOGIN_PATH; `login` null: not configured here (404). */
export async function answerWechatLogin(login: WechatLogin | null, method: string, bytes: Buffer, contentType: string | undefined): Promise<LoginAnswer> {
  if (!login) return refused(404, "WeChat login is not configured on this server.", "NOT_FOUND");
  if (method !== "POST") return refused(405, `Send POST ${WECHAT_LOGIN_PATH} with a JSON body {"code": "…"}.`, "METHOD_NOT_ALLOWED");
  let body: Record<string, unknown>;
  try {
    body = readJsonBody(bytes, contentType);
  } catch (error) {
    if (error instanceof RequestRefused) return refused(error.status, error.message, error.code);
    throw error;
  }
  const code = body.code;
  // The code is a credential: it is never echoed, not even a prefix.
  if (typeof code !== "string" || code.length === 0 || code.length > MAX_CODE_LENGTH) {
    return refused(400, `The body must be {"code": "<the code from wx.login()>"}, a string of 1 to ${MAX_CODE_LENGTH} characters.`, "BAD_USER_INPUT");
  }
  const found = await login.exchange.exchange(code);
  if (!found) return refused(401, "The login code was not accepted: call wx.login() again for a fresh one.", "UNAUTHENTICATED");
  const person = await getPerson(login.db, found.personId);
  // A person with no scope unit cannot hold a token: verifier.ts requires custom:org_id.
  if (!person?.orgId) return refused(401, "No gridnet account with a scope is linked to this WeChat user.", "UNAUTHENTICATED");
  const issuedAt = Math.floor((login.now?.() ?? new Date()).getTime() / 1000);
  const expires = issuedAt + (login.tokenTtlSeconds ?? 3600);
  const token = await login.signer.sign({ sub: person.id, role: person.role, orgId: person.orgId, name: person.name }, { issuedAt, expiresIn: expires });
  // The person as the token names them, so an app can greet them without a second request.
  const who = { id: person.id, name: person.name, role: person.role, orgId: person.orgId };
  return { status: 200, body: JSON.stringify({ token, expiresAt: new Date(expires * 1000).toISOString(), person: who }) };
}

function refused(status: number, message: string, code: string): LoginAnswer {
  return { status, body: errorBody(message, code) };
}

/**
 * The deployed configuration: GRIDNET_WECHAT_EXCHANGE names the exchange, unset (the default)
 * leaves /auth/wechat a 404. `jscode2session` is the documented slot for WeChat's own exchange
 * (code-exchange.ts) and is refused until it is implemented; `dev` is refused because its codes
 * check nothing. A wrong value stops the function at start, like a missing token issuer.
 */
export function wechatLoginFromEnv(env: NodeJS.ProcessEnv = process.env): WechatLogin | null {
  const name = env.GRIDNET_WECHAT_EXCHANGE ?? "";
  if (name === "") return null;
  if (name === "jscode2session") {
    throw new Error("GRIDNET_WECHAT_EXCHANGE=jscode2session is not implemented in this version (docs/wechat-login.md); unset it.");
  }
  if (name === "dev") throw new Error("GRIDNET_WECHAT_EXCHANGE=dev signs anyone in as anyone: it is for npm start and the tests, never a deployment.");
  throw new Error(`GRIDNET_WECHAT_EXCHANGE names no exchange gridnet knows (${name.slice(0, 40)}).`);
}
