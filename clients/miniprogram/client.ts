// A GridnetClient for a mini-program: requests over wx.request, tokens from a WeChat sign-in
// session, idempotency keys from wx.getRandomValues.
import { type Document, GridnetClient, GridnetError, type ReportIssueInput, type ReportIssueMutation, type VariablesArgument } from "./sdk";
import { createSession, type SessionOptions, type WechatSession } from "./login";
import { uuidV4 } from "./uuid";
import type { Wx } from "./wx";
import { wxFetch } from "./wx-fetch";

export interface MiniProgramClientOptions extends Omit<SessionOptions, "fetch"> {
  /** Attempts for a request that got no answer, when it is safe to repeat (the client's rule). Default 3. */
  attempts?: number;
  /** wx.request's timeout per attempt. */
  timeoutMs?: number;
}

export class MiniProgramClient extends GridnetClient {
  constructor(
    private readonly wx: Wx,
    readonly session: WechatSession,
    options: { url: string; attempts?: number; timeoutMs?: number },
  ) {
    super({ url: options.url, token: () => session.token(), fetch: wxFetch(wx, { timeoutMs: options.timeoutMs }), attempts: options.attempts });
  }

  /**
   * Runs one operation. A kept token the server no longer takes (UNAUTHENTICATED: its keys
   * changed, the person's unit was removed) is dropped and the request sent once more after a
   * fresh sign-in — safe for any operation, since the server refuses those before acting.
   */
  override async request<R, V>(document: Document<R, V>, ...variables: VariablesArgument<V>): Promise<R> {
    const hadToken = this.session.current() !== null;
    try {
      return await super.request(document, ...variables);
    } catch (error) {
      if (!(hadToken && error instanceof GridnetError && error.code === "UNAUTHENTICATED")) throw error;
      this.session.signOut();
      return super.request(document, ...variables);
    }
  }

  /** A new idempotency key: an RFC 4122 v4 UUID. */
  newIdempotencyKey(): Promise<string> {
    return uuidV4(this.wx);
  }

  /** reportIssue with a key from wx.getRandomValues (WeChat has no crypto.randomUUID); keep it to resend the same report. */
  override async reportIssue(input: Omit<ReportIssueInput, "idempotencyKey"> & { idempotencyKey?: string }): Promise<ReportIssueMutation["reportIssue"]> {
    return super.reportIssue({ ...input, idempotencyKey: input.idempotencyKey ?? (await this.newIdempotencyKey()) });
  }
}

/** A client signed in through WeChat: `url` is the API's GraphQL URL. */
export function createMiniProgramClient(wx: Wx, options: MiniProgramClientOptions): MiniProgramClient {
  const session = createSession(wx, options);
  return new MiniProgramClient(wx, session, options);
}
