// The per-request DataLoader of one entity by id: a batch read of the ids asked in one tick,
// answered in the order asked, with `absent(id)` (null unless said otherwise) for what is not there.
import DataLoader from "dataloader";

export function byId<R>(getMany: (ids: readonly string[]) => Promise<ReadonlyMap<string, R>>): DataLoader<string, R | null>;
export function byId<R>(getMany: (ids: readonly string[]) => Promise<ReadonlyMap<string, R>>, absent: (id: string) => R): DataLoader<string, R>;
export function byId<R>(getMany: (ids: readonly string[]) => Promise<ReadonlyMap<string, R>>, absent: (id: string) => R | null = () => null) {
  return new DataLoader<string, R | null>(async (ids) => {
    const found = await getMany(ids);
    return ids.map((id) => found.get(id) ?? absent(id));
  });
}
