// Every list of records (api/kit/page.ts: visiblePage) keeps exactly what the single read would
// show: each id of the page is loaded, a record that is gone or that the reader may not see is
// left out, the rest is presented, in the page's order, with its own cursor.
import DataLoader from "dataloader";
import { visiblePage } from "../../api/kit/page";
import type { Page } from "../../api/store/ops";

interface Rec {
  id: string;
  unit: string;
}
const RECORDS: Record<string, Rec | Error> = {
  a: { id: "a", unit: "mine" },
  b: { id: "b", unit: "theirs" },
  c: { id: "c", unit: "mine" },
  broken: new Error("the read failed"),
};

let batches: string[][] = [];
const loader = () =>
  new DataLoader<string, Rec | null>(async (ids) => {
    batches.push([...ids]);
    return ids.map((id) => RECORDS[id] ?? null);
  });

const page = (ids: string[], fields: Partial<Page<{ ref: string }>> = {}): Page<{ ref: string }> => ({
  items: ids.map((id) => ({ cursor: `cur-${id}`, item: { ref: id } })),
  hasNextPage: true,
  hasPreviousPage: false,
  endCursor: `cur-${ids[ids.length - 1]}`,
  ...fields,
});

const mine = (r: Rec) => r.unit === "mine";

beforeEach(() => {
  batches = [];
});

describe("visiblePage", () => {
  it("keeps the records the reader may see, presented, in order, each with its own cursor, loaded in one batch", async () => {
    const presented: string[] = [];
    const connection = await visiblePage(
      page(["c", "b", "gone", "a"]),
      (e) => e.ref,
      loader(),
      mine,
      async (r) => {
        presented.push(r.id);
        return { id: r.id, shown: true };
      },
    );
    expect(connection).toEqual({
      edges: [
        { cursor: "cur-c", node: { id: "c", shown: true } },
        { cursor: "cur-a", node: { id: "a", shown: true } },
      ],
      pageInfo: { hasNextPage: true, hasPreviousPage: false, startCursor: "cur-c", endCursor: "cur-a" },
    });
    expect(presented.sort()).toEqual(["a", "c"]);
    expect(batches).toEqual([["c", "b", "gone", "a"]]);
  });

  it("keeps the page's paging as read, even when nothing on it may be seen", async () => {
    const connection = await visiblePage(
      page(["b"], { hasNextPage: false, hasPreviousPage: true, endCursor: "cur-b" }),
      (e) => e.ref,
      loader(),
      mine,
      (r) => r.id,
    );
    expect(connection).toEqual({ edges: [], pageInfo: { hasNextPage: false, hasPreviousPage: true, startCursor: null, endCursor: "cur-b" } });
  });

  it("fails when a record could not be read, rather than leaving it out quietly", async () => {
    await expect(
      visiblePage(
        page(["a", "broken"]),
        (e) => e.ref,
        loader(),
        () => true,
        (r) => r.id,
      ),
    ).rejects.toThrow("the read failed");
  });

  it("presents nothing the rule refused", async () => {
    const presented: string[] = [];
    await visiblePage(
      page(["a", "b", "c"]),
      (e) => e.ref,
      loader(),
      (r) => r.id !== "a",
      (r) => presented.push(r.id),
    );
    expect(presented).toEqual(["b", "c"]);
  });
});
