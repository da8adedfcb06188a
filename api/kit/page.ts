// A list read from an index: a page of ids → each loaded through its per-request loader → kept
// only when it passes the single read's rule → presented → a connection. Every list of records
// goes through here, so an object reached through a list is judged exactly as its single read.
import type DataLoader from "dataloader";
import type { ConnectionShape } from "../../schema/common/connection.type";
import { toConnection } from "../common/paging";
import type { Page } from "../store/ops";

export async function visiblePage<E, R, V>(
  page: Page<E>,
  idOf: (entry: E) => string,
  loader: DataLoader<string, R | null>,
  visible: (record: R) => boolean,
  present: (record: R) => V | Promise<V>,
): Promise<ConnectionShape<V>> {
  const records = await loader.loadMany(page.items.map((i) => idOf(i.item)));
  const kept: { cursor: string; item: V }[] = [];
  for (const [n, record] of records.entries()) {
    if (record instanceof Error) throw record;
    if (record !== null && visible(record)) kept.push({ cursor: page.items[n].cursor, item: await present(record) });
  }
  return toConnection({ ...page, items: kept }, (view) => view);
}
