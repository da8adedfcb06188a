// gridnet's headless TypeScript client: typed operations (generated from schema/schema.graphql
// into generated/) sent over plain fetch. It runs wherever fetch does — Node 18+, browsers, and
// WeChat mini-programs through a small fetch adapter over wx.request.
import type { DocumentTypeDecoration } from "@graphql-typed-document-node/core";
import { ReportIssueDocument, type ReportIssueInput, type ReportIssueMutation } from "./generated/graphql";

export type Fetch = (
  url: string,
  init: { method: string; headers: Record<string, string>; body: string },
) => Promise<{
  ok: boolean;
  status: number;
  json(): Promise<unknown>;
}>;

export interface GridnetClientOptions {
  /** e.g. http://localhost:4000/graphql or the deployed API URL. */
  url: string;
  /** A bearer token, or a function that returns a fresh one (Cognito tokens expire hourly). */
  token?: string | (() => string | Promise<string>);
  fetch?: Fetch;
  /** Attempts for a request lost on the network (queries and reports only). Default 3. */
  attempts?: number;
}

export interface GraphQLErrorShape {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string } & Record<string, unknown>;
}

/** A GraphQL error from gridnet; `code` is its extensions.code (FORBIDDEN, CONFLICT, …). */
export class GridnetError extends Error {
  readonly code: string;
  constructor(
    readonly errors: GraphQLErrorShape[],
    readonly status?: number,
  ) {
    super(errors.map((e) => e.message).join("; "));
    this.name = "GridnetError";
    this.code = errors[0]?.extensions?.code ?? "INTERNAL_SERVER_ERROR";
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
  async request<R, V>(document: Document<R, V>, variables?: V, options: { retry?: boolean } = {}): Promise<R> {
    const query = document.toString();
    // Queries are safe to repeat; mutations only when the caller says so (reportIssue does).
    const retry = options.retry ?? !/^mutation\b/m.test(query);
    const attempts = retry ? this.attempts : 1;
    let lastError: unknown;
    for (let attempt = 1; attempt <= attempts; attempt += 1) {
      try {
        return await this.send<R>(query, variables);
      } catch (error) {
        lastError = error;
        // Only a lost request is retried; an answer from gridnet (even an error) is final.
        if (error instanceof GridnetError && error.status !== undefined && error.status < 500) throw error;
        if (attempt < attempts) await new Promise((r) => setTimeout(r, 100 * 2 ** attempt));
      }
    }
    throw lastError;
  }

  /**
   * Reports an issue safely on a bad network: one idempotency key for all attempts, so a
   * retry after a lost answer returns the same issue (`created: false`) instead of a second one.
   */
  reportIssue(input: Omit<ReportIssueInput, "idempotencyKey"> & { idempotencyKey?: string }): Promise<ReportIssueMutation["reportIssue"]> {
    const idempotencyKey = input.idempotencyKey ?? newKey();
    return this.request(ReportIssueDocument, { input: { ...input, idempotencyKey } }, { retry: true }).then((r) => r.reportIssue);
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

  private async send<R>(query: string, variables: unknown): Promise<R> {
    const token = typeof this.options.token === "function" ? await this.options.token() : this.options.token;
    const response = await this.fetch(this.options.url, {
      method: "POST",
      headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables: variables ?? {} }),
    });
    const body = (await response.json().catch(() => null)) as { data?: R | null; errors?: GraphQLErrorShape[] } | null;
    if (body?.errors?.length) throw new GridnetError(body.errors, response.status);
    if (!response.ok || !body?.data)
      throw new GridnetError([{ message: `HTTP ${response.status}`, extensions: { code: "NETWORK" } }], response.status >= 500 ? undefined : response.status);
    return body.data;
  }
}

function newKey(): string {
  const random = globalThis.crypto?.randomUUID?.();
  return random ?? `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 12)}`;
}
