// Builds the explorer page's static files (GraphiQL, React and ./browser/) with esbuild into
// a git-ignored folder, once per version of its inputs: `npm start` calls this before it
// listens, and reuses the last build while neither the page's sources nor package-lock.json
// (which pins GraphiQL, React and esbuild) have changed.
//
// Each build lands in a folder named after the hash of those inputs, written under a
// temporary name and renamed into place, so two `npm start`s building at once (on different
// data folders) never see half a build.
import { sha256 } from "../../kit/digest";
import { existsSync, readFileSync, readdirSync, renameSync, rmSync } from "node:fs";
import { join } from "node:path";
import { REPO_ROOT } from "../dynamodb-local";

const SOURCES = join(__dirname, "browser");
export const EXPLORER_CACHE = join(REPO_ROOT, ".explorer");

/** The built files: `app.js` and `app.css`. */
export interface ExplorerBuild {
  dir: string;
}

function inputsHash(): string {
  const sources = readdirSync(SOURCES)
    .sort()
    .flatMap((name) => [name, readFileSync(join(SOURCES, name))]);
  return sha256(...sources, readFileSync(join(REPO_ROOT, "package-lock.json")))
    .toString("hex")
    .slice(0, 16);
}

export async function buildExplorer(log: (line: string) => void): Promise<ExplorerBuild> {
  const hash = inputsHash();
  const dir = join(EXPLORER_CACHE, hash);
  if (existsSync(join(dir, "app.js"))) return { dir };
  log("Building the GraphQL explorer (GraphiQL, bundled locally; only when it changed)…");
  const started = Date.now();
  const temporary = `${dir}.tmp-${process.pid}`;
  // Loaded here, not at the top: a start that finds the build in place never loads esbuild.
  const { build } = await import("esbuild");
  await build({
    entryPoints: { app: join(SOURCES, "app.ts") },
    outdir: temporary,
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    define: { "process.env.NODE_ENV": '"production"' },
    // GraphiQL's stylesheet names fonts (Roboto, Fira Code) without loading them: the browser
    // falls back to its own. Nothing else is referenced, so nothing is fetched from elsewhere.
    loader: { ".woff": "file", ".woff2": "file", ".ttf": "file", ".svg": "dataurl", ".png": "dataurl" },
    legalComments: "linked",
    logLevel: "silent",
  });
  try {
    renameSync(temporary, dir);
  } catch (error) {
    // Another start finished the same build first: use theirs.
    rmSync(temporary, { recursive: true, force: true });
    if (!existsSync(join(dir, "app.js"))) throw error;
  }
  // Builds of older inputs are of no further use (a build in progress elsewhere is left alone).
  for (const name of readdirSync(EXPLORER_CACHE)) {
    if (name !== hash && !name.includes(".tmp-")) rmSync(join(EXPLORER_CACHE, name), { recursive: true, force: true });
  }
  log(`  built in ${((Date.now() - started) / 1000).toFixed(1)} s (in ${dir}).`);
  return { dir };
}
