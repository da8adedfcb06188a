// The README's table of error codes is the list a client programs against: it must hold every
// code the code base can answer with, and nothing it cannot. The codes are found by reading
// api/ the way a reviewer would grep it: DomainError codes, `code: "…"` extensions, transport
// error bodies, and the codes graphql-js and Apollo raise that errors.ts lets through.
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";

const ROOT = join(__dirname, "..", "..");

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.ts$/.test(name) ? [path] : [];
  });
}

const PATTERNS = [
  /DomainError\(\s*"([A-Z_]+)"/g, // new DomainError("CODE", …)
  /\bcode: "([A-Z_]+)"/g, // extensions: { code: "CODE" }
  /errorBody\([^;]*?"([A-Z_]+)"\)/g, // transport answers: errorBody(message, "CODE")
  /\bcode = "([A-Z_]+)"/g, // a default code: readonly code = "CODE"
];

/** Every code raised in api/, with where, except the seeds (whose `code:` are category codes). */
function raisedCodes(): Map<string, string> {
  const found = new Map<string, string>();
  for (const file of sources(join(ROOT, "api"))) {
    const where = relative(ROOT, file);
    if (/seed/.test(where)) continue;
    const text = readFileSync(file, "utf8");
    for (const pattern of PATTERNS) for (const m of text.matchAll(pattern)) if (!found.has(m[1])) found.set(m[1], where);
    // The ErrorCode union and the client codes errors.ts passes through are codes too.
    for (const block of text.match(/export type ErrorCode = [^;]+;|const CLIENT_CODES = new Set\(\[[^\]]+\]/g) ?? []) {
      for (const m of block.matchAll(/"([A-Z_]+)"/g)) if (!found.has(m[1])) found.set(m[1], where);
    }
  }
  return found;
}

/** The codes in the README's "Error codes" table. */
function documentedCodes(): string[] {
  const readme = readFileSync(join(ROOT, "README.md"), "utf8");
  const section = readme.split("### Error codes")[1]?.split(/\n#{2,3} /)[0] ?? "";
  return [...section.matchAll(/^\| `([A-Z_]+)` \|/gm)].map((m) => m[1]);
}

it("lists in the README every error code the code base raises", () => {
  const documented = new Set(documentedCodes());
  const missing = [...raisedCodes()].filter(([code]) => !documented.has(code)).map(([code, where]) => `${code} (${where})`);
  expect(missing).toEqual([]);
});

it("lists no code the code base cannot raise", () => {
  const raised = raisedCodes();
  expect(documentedCodes().filter((code) => !raised.has(code))).toEqual([]);
});

it("finds the codes it checks (the grep is not vacuous)", () => {
  const raised = raisedCodes();
  for (const code of ["UNAUTHENTICATED", "CONFLICT", "INVALID_TRANSITION", "BAD_REQUEST", "GRAPHQL_VALIDATION_FAILED", "INTERNAL_SERVER_ERROR"])
    expect(raised.has(code)).toBe(true);
  expect(documentedCodes().length).toBeGreaterThanOrEqual(raised.size);
});
