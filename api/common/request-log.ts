// One JSON line per GraphQL request: what was asked, by which role, how long it took and
// which error codes it answered with — what an operator searches CloudWatch for. No tokens,
// no variables, no personal data.
import type { ApolloServerPlugin } from "@apollo/server";
import type { GridnetContext } from "../context";

export function requestLog(write: (line: string) => void = (line) => console.log(line)): ApolloServerPlugin<GridnetContext> {
  return {
    async requestDidStart({ contextValue }) {
      const started = performance.now();
      return {
        async willSendResponse({ operationName, operation, errors, response }) {
          const codes = [...new Set((errors ?? []).map((e) => String(e.extensions?.code ?? "INTERNAL_SERVER_ERROR")))];
          write(
            JSON.stringify({
              level: codes.includes("INTERNAL_SERVER_ERROR") ? "error" : "info",
              msg: "graphql",
              operation: operationName ?? null,
              type: operation?.operation ?? null,
              role: contextValue.actor?.role ?? null,
              status: response.http.status ?? 200,
              ms: Math.round(performance.now() - started),
              errors: codes,
            }),
          );
        },
      };
    },
  };
}
