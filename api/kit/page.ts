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
  const kept = page.items.flatMap(({ cursor }, n) => {
    const record = records[n];
    if (record instanceof Error) throw record;
    return record !== null && visible(record) ? [{ cursor, record }] : [];
  });
  // Presented together, so the loads they make batch into one request per entity.
  const views = await Promise.all(kept.map(async ({ cursor, record }) => ({ cursor, item: await present(record) })));
  return toConnection({ ...page, items: views }, (view) => view);
}
