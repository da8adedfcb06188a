// gridnet's headless TypeScript client: typed operations (generated from schema/schema.graphql
// into generated/) sent over plain fetch. It runs wherever fetch does — Node 18+, browsers, and
// WeChat mini-programs through a small fetch adapter over wx.request. It imports nothing at
// runtime: the published package has no dependencies.
import type { DocumentTypeDecoration } from "@graphql-typed-document-node/core";
import { ReportIssueDocument, type ReportIssueInput, type ReportIssueMutation } from "./generated/graphql";
import { operationTypes } from "./operation-type";

export type Fetch = (
  url: string,
  init: { method: string; headers: Record<string, string>; body: string },
) => Promise<{
  ok: boolean;
  status: number;
  /** The raw body: the client parses it, so a non-JSON answer is told apart from a lost one. */
  text(): Promise<string>;
}>;

export interface GridnetClientOptions {
  /** e.g. http://localhost:4000/graphql or the deployed API URL. */
  url: string;
  /**
   * A bearer token, or a function that returns the current one; it is asked again for every
   * attempt (Cognito tokens expire hourly).
   */
  token?: string | (() => string | undefined | Promise<string | undefined>);
  /**
   * Asked once when gridnet refuses the token (UNAUTHENTICATED: expired, revoked, unknown): refresh
   * the session and return the fresh token, and the request is sent once more with it. Return
   * nothing (or the same token) to give up: the UNAUTHENTICATED error is then thrown. Later
   * requests still take their token from `token`, so let it return the fresh one too.
   */
  onUnauthenticated?: (refused: { token: string | undefined; error: GridnetError }) => string | undefined | Promise<string | undefined>;
  fetch?: Fetch;
  /**
   * Attempts for a request that got no answer, when the operation is safe to repeat (a query,
   * or a mutation carrying an idempotency key or an expected version). Default 3.
   */
  attempts?: number;
}

export interface GraphQLErrorShape {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string } & Record<string, unknown>;
}

/**
 * Every way a request can fail, typed by `code`: the server's extensions.code (FORBIDDEN,
 * CONFLICT, …), NETWORK_ERROR when no answer arrived (the underlying error is `cause`), or
 * BAD_RESPONSE when the answer was not a GraphQL result (`status` says what came back).
 */
export class GridnetError extends Error {
  readonly code: string;
  constructor(
    readonly errors: GraphQLErrorShape[],
    /** The HTTP status of the answer; undefined when none arrived. */
    readonly status?: number,
    options: { cause?: unknown } = {},
  ) {
    super(errors.map((e) => e.message).join("; "));
    this.name = "GridnetError";
    this.code = errors[0]?.extensions?.code ?? "INTERNAL_SERVER_ERROR";
    // Assigned rather than passed to super: older JS engines (some mini-program runtimes) ignore that option.
    if (options.cause !== undefined) this.cause = options.cause;
  }
}

/** A typed document: the generated `…Document` constants, or a `TypedDocumentString` of your own. */
export type Document<R, V> = DocumentTypeDecoration<R, V> & { toString(): string };

/**
 * The variables argument of `request`: required when the operation declares a required variable
 * (`OrgUnits($kind: OrgUnitKind!)`), optional when every variable is optional or there are none,
 * so a missing `kind` fails to compile rather than at the server.
 */
export type VariablesArgument<V> = Record<string, never> extends V ? [variables?: V] : [variables: V];

/** A page of a connection as gridnet returns it (edges of nodes, and where the next page starts). */
export interface Connection<N> {
  edges: { node: N }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/** Variables of a paged operation: the client sets `after` for each page. */
export type PagedVariables = { after?: string | null };

export class GridnetClient {
  private readonly fetch: Fetch;
  private readonly attempts: number;

  constructor(private readonly options: GridnetClientOptions) {
    const available = options.fetch ?? (globalThis.fetch as unknown as Fetch | undefined);
    if (!available) throw new Error("No fetch available: pass options.fetch (e.g. a wx.request adapter).");
    this.fetch = available;
    this.attempts = options.attempts ?? 3;
  }

  /** Runs one operation; resolves to its data or rejects with a GridnetError. */
  request<R, V>(document: Document<R, V>, ...[variables]: VariablesArgument<V>): Promise<R> {
    return this.execute(document, variables);
  }

  /**
   * Reports an issue safely on a bad network: one idempotency key for all attempts, so a
   * retry after a lost answer returns the same issue (`created: false`) instead of a second one.
   */
  reportIssue(input: Omit<ReportIssueInput, "idempotencyKey"> & { idempotencyKey?: string }): Promise<ReportIssueMutation["reportIssue"]> {
    const idempotencyKey = input.idempotencyKey ?? newKey();
    return this.request(ReportIssueDocument, { input: { ...input, idempotencyKey } }).then((r) => r.reportIssue);
  }

  /**
   * Every page of a connection, in order: `select` picks the connection from the data, and each
   * page is requested with `after` set to the previous page's end cursor. Stops after the page
   * that says there is no next one; a failed page rejects with its GridnetError.
   */
  async *pages<R, V extends PagedVariables, C extends Connection<unknown>>(document: Document<R, V>, variables: V, select: (data: R) => C): AsyncGenerator<C, void, undefined> {
    let after: string | null | undefined = variables.after;
    for (;;) {
      const page = select(await this.execute(document, { ...variables, after }));
      yield page;
      if (!page.pageInfo.hasNextPage || !page.pageInfo.endCursor) return;
      after = page.pageInfo.endCursor;
    }
  }

  /** Every node of a connection, page by page (`select` picks the connection from the data). */
  async *paginate<R, V extends PagedVariables, N>(document: Document<R, V>, variables: V, select: (data: R) => Connection<N>): AsyncGenerator<N, void, undefined> {
    for await (const page of this.pages(document, variables, select)) for (const edge of page.edges) yield edge.node;
  }

  private async execute<R, V>(document: Document<R, V>, variables: V | undefined): Promise<R> {
    const query = document.toString();
    const attempts = safeToRepeat(query, variables) ? this.attempts : 1;
    const body = JSON.stringify({ query, variables: variables ?? {} });
    // The token the last attempt carried: the one refused if the answer is UNAUTHENTICATED.
    let sent: string | undefined;
    try {
      return await read<R>(await this.post(body, attempts, async () => (sent = await this.currentToken())));
    } catch (error) {
      const fresh = await this.refreshed(error, sent);
      if (fresh === undefined) throw error;
      // Once: a token refused again right after a refresh is not going to be accepted.
      return read<R>(await this.post(body, attempts, async () => fresh));
    }
  }

  /**
   * The fresh token to send the request again with, after gridnet refused `token`; undefined
   * when it is not to be sent again. Sending it again is harmless for any operation: gridnet
   * admits no mutation without a signed-in caller, so when it answers UNAUTHENTICATED no
   * mutation field ran (clients/README.md, "Token refresh"; a test holds the server to it).
   */
  private async refreshed(error: unknown, token: string | undefined): Promise<string | undefined> {
    if (!this.options.onUnauthenticated || !(error instanceof GridnetError)) return undefined;
    if (!error.errors.some((e) => e.extensions?.code === "UNAUTHENTICATED")) return undefined;
    const fresh = await this.options.onUnauthenticated({ token, error });
    return fresh && fresh !== token ? fresh : undefined;
  }

  private async currentToken(): Promise<string | undefined> {
    return typeof this.options.token === "function" ? await this.options.token() : this.options.token;
  }

  /**
   * Sends the request, again only while no answer at all arrives. Any answer — a 500 with
   * errors included — is final: the server may have acted on the request, and only the
   * caller can tell whether to try again.
   */
  private async post(body: string, attempts: number, tokenFor: () => Promise<string | undefined>): Promise<Awaited<ReturnType<Fetch>>> {
    for (let attempt = 1; ; attempt += 1) {
      // Asked for each attempt, so a retry after a long outage carries a fresh token.
      const token = await tokenFor();
      try {
        return await this.fetch(this.options.url, {
          method: "POST",
          headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
          body,
        });
      } catch (cause) {
        if (attempt >= attempts) throw failure("NETWORK_ERROR", "No answer from gridnet: the request or its answer was lost on the network.", undefined, cause);
        await new Promise((resolve) => setTimeout(resolve, 100 * 2 ** attempt));
      }
    }
  }
}

/**
 * Whether sending the document twice does no harm: a query, or a mutation whose variables
 * carry (top-level or in `input`) either
 * - an `idempotencyKey`: gridnet answers a repeat with the first result (reportIssue,
 *   commentIssue, postNotice), or
 * - an `expectedVersion`: the write is conditional on that version and moves it on, so it
 *   cannot happen twice; when this same request of this actor already moved the object from
 *   that version, gridnet answers with the object as it is now (issue transitions, meeting and
 *   mediation commands, docs/idempotency.md "Versions"; a rename or move that already holds).
 * Everything else is sent once, because a lost answer does not mean nothing happened: without
 * a version an escalation would climb a second level, and a mutation the client knows nothing
 * about may not be harmless to repeat.
 */
function safeToRepeat(query: string, variables: unknown): boolean {
  const types = operationTypes(query);
  // Several operations without an operationName are refused by the server anyway.
  if (types.length !== 1) return false;
  if (types[0] === "query") return true;
  if (types[0] === "mutation") return marksRepeat(variables) || marksRepeat(field(variables, "input"));
  return false;
}

/** An idempotency key (a non-empty string) or an expected version (an integer) in `value`. */
function marksRepeat(value: unknown): boolean {
  const key = field(value, "idempotencyKey");
  if (typeof key === "string" && key.length > 0) return true;
  return Number.isInteger(field(value, "expectedVersion"));
}

function field(value: unknown, name: string): unknown {
  return typeof value === "object" && value !== null ? (value as Record<string, unknown>)[name] : undefined;
}

/** The data of an answer, or a GridnetError for what came back instead. */
async function read<R>(response: Awaited<ReturnType<Fetch>>): Promise<R> {
  let text: string;
  try {
    text = await response.text();
  } catch (cause) {
    // The server answered but its body was cut off: it may have acted, so this is not retried.
    throw failure("NETWORK_ERROR", `HTTP ${response.status}: the answer was cut off on the network.`, response.status, cause);
  }
  let body: { data?: R | null; errors?: GraphQLErrorShape[] } | null;
  try {
    body = JSON.parse(text);
  } catch {
    // A proxy's HTML error page, an empty body: say what came back, not what it said.
    throw failure("BAD_RESPONSE", `HTTP ${response.status}: the answer is not JSON.`, response.status);
  }
  if (Array.isArray(body?.errors) && body.errors.length > 0) throw new GridnetError(body.errors, response.status);
  if (!response.ok || body?.data == null) throw failure("BAD_RESPONSE", `HTTP ${response.status}: the answer carries neither data nor errors.`, response.status);
  return body.data;
}

function failure(code: string, message: string, status?: number, cause?: unknown): GridnetError {
  return new GridnetError([{ message, extensions: { code } }], status, { cause });
}

function newKey(): string {
  const random = globalThis.crypto?.randomUUID?.();
  return random ?? `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 12)}`;
}
