// From a store page to a Relay connection, and the page-size rule every list shares.
import type { ConnectionShape } from "../../schema/common/connection.type";
import { PAGE } from "../../schema/common/page";
import { badInput } from "../errors";
import type { Page } from "../store/ops";

export function pageSize(first: number | null | undefined): number {
  if (first === null || first === undefined) return PAGE.default;
  if (!Number.isInteger(first) || first < 1 || first > PAGE.max) {
    throw badInput(`first must be between 1 and ${PAGE.max}.`, "first");
  }
  return first;
}

export function toConnection<R, N>(page: Page<R>, present: (record: R) => N): ConnectionShape<N> {
  const edges = page.items.map(({ cursor, item }) => ({ cursor, node: present(item) }));
  return {
    edges,
    // Forward-only paging (docs/contract.md): a page read from a cursor has items before it.
    pageInfo: { hasNextPage: page.hasNextPage, hasPreviousPage: page.hasPreviousPage, startCursor: edges[0]?.cursor ?? null, endCursor: page.endCursor },
  };
}
