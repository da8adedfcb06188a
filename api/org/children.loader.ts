// The pages of children asked for in one request, read through a DataLoader. A page of units
// with their `children` asks for one page per parent; DynamoDB reads a page with one Query on
// the parent's partition, so there is nothing to merge into one request — but the loader
// collects every parent's ask made in the same tick and issues their Queries together, and
// asks for the same page twice (aliases, repeated fragments) read it once.
import DataLoader from "dataloader";
import type { Db } from "../store/dynamo";
import type { Page } from "../store/ops";
import { listChildren } from "./org.store";
import type { OrgUnitRecord } from "./org.codec";

export interface ChildrenAsk {
  parentId: string;
  first: number;
  after?: string | null;
}

export type ChildrenLoader = DataLoader<ChildrenAsk, Page<OrgUnitRecord>, string>;

export function createChildrenLoader(db: Db): ChildrenLoader {
  return new DataLoader<ChildrenAsk, Page<OrgUnitRecord>, string>(
    (asks) => Promise.all(asks.map((a) => listChildren(db, a.parentId, a.first, a.after))),
    // A page is named by its parent, size and starting cursor.
    { cacheKeyFn: (a) => JSON.stringify([a.parentId, a.first, a.after ?? null]) },
  );
}
