// Signing a mini-program user in to gridnet: wx.login() gives a one-time code, the server's
// exchange (POST /auth/wechat, docs/wechat-login.md) turns it into a gridnet token, and a
// session keeps that token — in wx storage when there is some — until it is about to end,
// then signs in again. The token is an ordinary gridnet bearer token.
import { GridnetError, type Fetch, type Role } from "./sdk";
import type { Wx } from "./wx";
import { wxFetch } from "./wx-fetch";

export interface LoginPerson {
  id: string;
  name: string;
  role: Role;
  /** The person's scope unit. */
  orgId: string;
}

export interface LoginResult {
  token: string;
  /** When the token ends (UTC ISO). */
  expiresAt: string;
  person: LoginPerson;
}

export interface LoginOptions {
  /** The API's GraphQL URL (…/graphql); the exchange is beside it at …/auth/wechat. */
  url: string;
  /** Default: wx.request through wxFetch. */
  fetch?: Fetch;
}

/** The exchange endpoint for an API URL: https://api.example.com/graphql → https://api.example.com/auth/wechat. */
export function loginUrlFor(url: string): string {
  return `${url.replace(/\/+$/, "").replace(/\/graphql$/, "")}/auth/wechat`;
}

/**
 * One sign-in: a fresh wx.login() code exchanged for a token. Not retried: WeChat's codes are
 * single-use, so a second attempt needs a new code — which the session's next token() gets.
 * Fails with a GridnetError: WX_LOGIN_FAILED, NETWORK_ERROR, the server's code
 * (UNAUTHENTICATED: no gridnet account for this WeChat user), or BAD_RESPONSE.
 */
export async function login(wx: Pick<Wx, "login" | "request">, { url, fetch }: LoginOptions): Promise<LoginResult> {
  const code = await loginCode(wx);
  const send = fetch ?? wxFetch(wx);
  let response: Awaited<ReturnType<Fetch>>;
  let text: string;
  try {
    response = await send(loginUrlFor(url), { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ code }) });
    text = await response.text();
  } catch (cause) {
    throw failure("NETWORK_ERROR", "No answer from gridnet's login exchange.", undefined, cause);
  }
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw failure("BAD_RESPONSE", `HTTP ${response.status}: the login answer is not JSON.`, response.status);
  }
  const errors = (body as { errors?: unknown })?.errors;
  if (Array.isArray(errors) && errors.length > 0) throw new GridnetError(errors, response.status);
  if (!response.ok || !isLoginResult(body)) throw failure("BAD_RESPONSE", `HTTP ${response.status}: the login answer carries no token.`, response.status);
  return { token: body.token, expiresAt: body.expiresAt, person: body.person };
}

export interface SessionOptions extends LoginOptions {
  /** wx storage key the login is kept under across app launches; null: memory only. Default "gridnet.login". */
  storageKey?: string | null;
  /** Sign in again this long before the token ends, so no request leaves with a token about to expire. Default 60. */
  refreshMarginSeconds?: number;
  /** The clock, in milliseconds (tests move it). */
  now?: () => number;
}

export interface WechatSession {
  /** A token good for at least the margin: the kept one, or a new sign-in. Hand it to the client as its token provider. */
  token(): Promise<string>;
  /** The current sign-in, or null before the first. */
  current(): LoginResult | null;
  /** Forgets the kept sign-in (memory and storage); the next token() signs in again. */
  signOut(): void;
}

export function createSession(wx: Pick<Wx, "login" | "request" | "getStorageSync" | "setStorageSync" | "removeStorageSync">, options: SessionOptions): WechatSession {
  const key = options.storageKey === undefined ? "gridnet.login" : options.storageKey;
  const margin = (options.refreshMarginSeconds ?? 60) * 1000;
  const now = options.now ?? (() => Date.now());
  let kept: LoginResult | null = key ? restore(wx, key) : null;
  // Requests that start together while signed out share one sign-in (one wx.login code).
  let pending: Promise<LoginResult> | null = null;

  return {
    async token() {
      if (kept && Date.parse(kept.expiresAt) - margin > now()) return kept.token;
      pending ??= login(wx, options).finally(() => {
        pending = null;
      });
      const result = await pending;
      kept = result;
      if (key && wx.setStorageSync) wx.setStorageSync(key, result);
      return result.token;
    },
    current: () => kept,
    signOut() {
      kept = null;
      if (key && wx.removeStorageSync) wx.removeStorageSync(key);
    },
  };
}

/** The kept sign-in, when storage holds one of the right shape. */
function restore(wx: Pick<Wx, "getStorageSync">, key: string): LoginResult | null {
  try {
    const value = wx.getStorageSync?.(key);
    return isLoginResult(value) ? value : null;
  } catch {
    return null;
  }
}

function loginCode(wx: Pick<Wx, "login">): Promise<string> {
  return new Promise((resolve, reject) => {
    wx.login({
      success: ({ code }) => (typeof code === "string" && code.length > 0 ? resolve(code) : reject(failure("WX_LOGIN_FAILED", "wx.login() gave no code."))),
      fail: (error) => reject(failure("WX_LOGIN_FAILED", `wx.login() failed: ${error?.errMsg ?? "no reason"}.`)),
    });
  });
}

function isLoginResult(value: unknown): value is LoginResult {
  const v = value as Partial<LoginResult> | null;
  return (
    typeof v === "object" &&
    v !== null &&
    typeof v.token === "string" &&
    typeof v.expiresAt === "string" &&
    !Number.isNaN(Date.parse(v.expiresAt)) &&
    typeof v.person === "object" &&
    v.person !== null &&
    typeof v.person.id === "string"
  );
}

function failure(code: string, message: string, status?: number, cause?: unknown): GridnetError {
  return new GridnetError([{ message, extensions: { code } }], status, { cause });
}
