// gridnet's headless TypeScript client: typed operations (generated from schema/schema.graphql
// into generated/) sent over plain fetch. It runs wherever fetch does — Node 18+, browsers, and
// WeChat mini-programs through a small fetch adapter over wx.request.
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
  /** A bearer token, or a function that returns a fresh one (Cognito tokens expire hourly). */
  token?: string | (() => string | Promise<string>);
  fetch?: Fetch;
  /**
   * Attempts for a request that got no answer, when the operation is safe to repeat (a query,
   * or a mutation carrying an idempotency key). Default 3.
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

type Document<R, V> = DocumentTypeDecoration<R, V> & { toString(): string };

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
  async request<R, V>(document: Document<R, V>, variables?: V): Promise<R> {
    const query = document.toString();
    const attempts = safeToRepeat(query, variables) ? this.attempts : 1;
    const response = await this.post(JSON.stringify({ query, variables: variables ?? {} }), attempts);
    return read<R>(response);
  }

  /**
   * Reports an issue safely on a bad network: one idempotency key for all attempts, so a
   * retry after a lost answer returns the same issue (`created: false`) instead of a second one.
   */
  reportIssue(input: Omit<ReportIssueInput, "idempotencyKey"> & { idempotencyKey?: string }): Promise<ReportIssueMutation["reportIssue"]> {
    const idempotencyKey = input.idempotencyKey ?? newKey();
    return this.request(ReportIssueDocument, { input: { ...input, idempotencyKey } }).then((r) => r.reportIssue);
  }

  /** Every node of a connection, page by page (`select` picks the connection from the data). */
  async *paginate<R, V extends { after?: string | null }, N>(
    document: Document<R, V>,
    variables: V,
    select: (data: R) => { edges: { node: N }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } },
  ): AsyncGenerator<N> {
    let after: string | null | undefined = variables.after;
    for (;;) {
      const connection = select(await this.request(document, { ...variables, after }));
      for (const edge of connection.edges) yield edge.node;
      if (!connection.pageInfo.hasNextPage || !connection.pageInfo.endCursor) return;
      after = connection.pageInfo.endCursor;
    }
  }

  /**
   * Sends the request, again only while no answer at all arrives. Any answer — a 500 with
   * errors included — is final: the server may have acted on the request, and only the
   * caller can tell whether to try again.
   */
  private async post(body: string, attempts: number): Promise<Awaited<ReturnType<Fetch>>> {
    for (let attempt = 1; ; attempt += 1) {
      // Asked for each attempt, so a retry after a long outage carries a fresh token.
      const token = typeof this.options.token === "function" ? await this.options.token() : this.options.token;
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
 * carry an idempotency key (top-level or in `input`), which gridnet answers a second time with
 * the first result (reportIssue, postNotice). Everything else — a comment, an accept — would
 * happen twice, so it is sent once.
 */
function safeToRepeat(query: string, variables: unknown): boolean {
  const types = operationTypes(query);
  // Several operations without an operationName are refused by the server anyway.
  if (types.length !== 1) return false;
  if (types[0] === "query") return true;
  if (types[0] === "mutation") return hasKey(variables) || hasKey(field(variables, "input"));
  return false;
}

function hasKey(value: unknown): boolean {
  const key = field(value, "idempotencyKey");
  return typeof key === "string" && key.length > 0;
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
