// `npm run docs:idempotency`: rewrites the "Every mutation" table of docs/idempotency.md from the
// features' declarations (each `<feature>.idempotency.ts`, in list order). The declarations are
// the source; tests/idempotency/table.test.ts fails when the table is not what this writes.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { FEATURES } from "../features";

export const IDEMPOTENCY_DOC = join(__dirname, "..", "..", "docs", "idempotency.md");
const HEADER = "| mutation | shape | a repeat is answered with |\n| --- | --- | --- |\n";

/** The table's rows, as the declarations say. */
export function repeatsTable(): string {
  const rows = FEATURES.flatMap((f) => Object.entries(f.repeats ?? {}).map(([mutation, rule]) => `| \`${mutation}\` | ${rule.shape} | ${rule.answer} |\n`));
  return HEADER + rows.join("");
}

/** The document with its table replaced by `table`. */
export function withTable(doc: string, table: string): string {
  const start = doc.indexOf(HEADER);
  if (start < 0) throw new Error("docs/idempotency.md has no mutation table");
  let end = start + HEADER.length;
  while (doc.startsWith("| `", end)) end = doc.indexOf("\n", end) + 1;
  return doc.slice(0, start) + table + doc.slice(end);
}

if (require.main === module) {
  const doc = readFileSync(IDEMPOTENCY_DOC, "utf8");
  writeFileSync(IDEMPOTENCY_DOC, withTable(doc, repeatsTable()));
  console.log(`Wrote the table of ${IDEMPOTENCY_DOC} from ${FEATURES.length} features.`);
}
