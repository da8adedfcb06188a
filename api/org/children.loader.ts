// The pages of children asked for in one request, read through a DataLoader. A page of units
// with their `children` asks for one page per parent; DynamoDB reads a page with one Query on
// the parent's partition, so there is nothing to merge into one request — but the loader
// collects every parent's ask made in the same tick and issues their Queries together, and
// asks for the same page twice (aliases, repeated fragments) read it once.
//
// The loader lives beside the request's other loaders without widening their type: one per
// context object, dropped with it.
import DataLoader from "dataloader";
import type { GridnetContext } from "../context";
import type { Page } from "../store/ops";
import { listChildren, type OrgUnitRecord } from "./org.store";

export interface ChildrenAsk {
  parentId: string;
  first: number;
  after?: string | null;
}

type ChildrenLoader = DataLoader<ChildrenAsk, Page<OrgUnitRecord>, string>;

const perRequest = new WeakMap<GridnetContext["loaders"], ChildrenLoader>();

export function createChildrenLoader(db: GridnetContext["db"]): ChildrenLoader {
  return new DataLoader<ChildrenAsk, Page<OrgUnitRecord>, string>(
    (asks) => Promise.all(asks.map((a) => listChildren(db, a.parentId, a.first, a.after))),
    // A page is named by its parent, size and starting cursor.
    { cacheKeyFn: (a) => JSON.stringify([a.parentId, a.first, a.after ?? null]) },
  );
}

/** One page of a unit's children (the same result as `listChildren`), through the request's loader. */
export function loadChildren(ctx: GridnetContext, parentId: string, first: number, after?: string | null): Promise<Page<OrgUnitRecord>> {
  let loader = perRequest.get(ctx.loaders);
  if (!loader) {
    loader = createChildrenLoader(ctx.db);
    perRequest.set(ctx.loaders, loader);
  }
  return loader.load({ parentId, first, after });
}
