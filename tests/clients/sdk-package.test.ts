// @gridnet/sdk as its users get it: built (npm run sdk:build), packed (npm pack), installed from
// the tarball into a scratch project with no network, and then imported by plain Node — as an
// ES module and with require — to run real queries against the real server this test starts.
// The same install compiles the typing fixture against the package's own declarations.
import { startStandaloneServer } from "@apollo/server/standalone";
import { spawn, spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { Role } from "../../api/auth/actor";
import { createContext } from "../../api/context";
import { createApolloServer } from "../../api/server";
import { createHarness, type Harness } from "../helpers/harness";

const root = join(__dirname, "..", "..");
const sdk = join(root, "clients", "sdk");
const npm = process.platform === "win32" ? "npm.cmd" : "npm";

let h: Harness;
let url: string;
let stop: () => Promise<void>;
let scratch: string;
let app: string;
let packed: { filename: string; size: number; files: { path: string }[] };

/**
 * The environment without npm's own variables: jest may run under `npm test`, whose
 * npm_config_* (the repository as local prefix among them) would point a nested npm at the
 * repository instead of the scratch project.
 */
function cleanEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.toLowerCase().startsWith("npm_")));
}

function run(command: string, args: string[], cwd: string): string {
  const result = spawnSync(command, args, { cwd, env: cleanEnv(), encoding: "utf8" });
  if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} failed (${result.status}):\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
}

/** Runs a script with node in the scratch project, without blocking this process's server. */
function node(file: string, env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [file], { cwd: app, env: { ...cleanEnv(), ...env }, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout!.on("data", (chunk) => (stdout += chunk));
    child.stderr!.on("data", (chunk) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

beforeAll(async () => {
  h = await createHarness({ demo: { gridsPerCommunity: 3, buildingsPerGrid: 0 } });
  const server = createApolloServer({ requestLog: false });
  ({ url } = await startStandaloneServer(server, { listen: { port: 0, host: "127.0.0.1" }, context: ({ req }) => createContext(h.db, h.auth, req.headers.authorization) }));
  stop = () => server.stop();

  scratch = mkdtempSync(join(tmpdir(), "gridnet-sdk-"));
  run(npm, ["run", "sdk:build"], root);
  [packed] = JSON.parse(run(npm, ["pack", "--ignore-scripts", "--json", "--pack-destination", scratch], sdk));
  app = join(scratch, "app");
  mkdirSync(app);
  writeFileSync(join(app, "package.json"), JSON.stringify({ name: "sdk-consumer", version: "1.0.0", private: true }));
  // No registry: the package has no dependencies, so the tarball is all npm needs.
  run(npm, ["install", "--offline", "--no-audit", "--no-fund", join(scratch, packed.filename)], app);
}, 180_000);

afterAll(async () => {
  await stop?.();
  await h?.close();
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

it("packs only the built files, with no dependencies and no imports, and says how big it is", () => {
  expect(packed.files.map((f) => f.path).sort()).toEqual(["dist/index.cjs", "dist/index.d.cts", "dist/index.d.ts", "dist/index.js", "package.json"]);
  const installed = join(app, "node_modules", "@gridnet", "sdk");
  const manifest = JSON.parse(readFileSync(join(installed, "package.json"), "utf8"));
  expect(manifest).toMatchObject({ name: "@gridnet/sdk", version: "0.2.0", sideEffects: false });
  expect(manifest.dependencies).toBeUndefined();
  expect(manifest.peerDependencies).toBeUndefined();
  // Nothing from api/, schema/ or any package is loaded at runtime, nor named by the types.
  for (const file of readdirSync(join(installed, "dist"))) {
    const text = readFileSync(join(installed, "dist", file), "utf8");
    expect([file, text.match(/^\s*import\s.*from\s|\brequire\(["']|^\s*export\s.*\sfrom\s["']/gm)]).toEqual([file, null]);
  }
  const size = (file: string) => statSync(join(installed, "dist", file)).size;
  const gzip = (file: string) => gzipSync(readFileSync(join(installed, "dist", file))).length;
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  console.log(
    `@gridnet/sdk: dist/index.js ${kb(size("index.js"))} (gzip ${kb(gzip("index.js"))}), dist/index.cjs ${kb(size("index.cjs"))} (gzip ${kb(gzip("index.cjs"))}), ` +
      `declarations ${kb(size("index.d.ts"))}, tarball ${kb(packed.size)}`,
  );
});

it("runs a real query from an ES module and from CommonJS, with named exports", async () => {
  const token = await h.token(Role.STREET_ADMIN, h.unit("磁器口街道").id, "u-ciqikou-admin");
  const grids = h.demo.units
    .filter((u) => u.kind === "GRID" && u.path.startsWith(h.unit("磁器口街道").path))
    .map((u) => u.name)
    .sort();
  // Both scripts page through every grid of the street and check the error class on a refusal.
  const body = (header: string) => `${header}
const client = new GridnetClient({ url: process.env.GRIDNET_URL, token: () => process.env.GRIDNET_TOKEN });
const me = await client.request(MeDocument);
const grids = [];
for await (const grid of client.paginate(OrgUnitsDocument, { kind: "GRID", first: 4 }, (d) => d.orgUnits)) grids.push(grid.name);
const refused = await new GridnetClient({ url: process.env.GRIDNET_URL }).request(MeDocument).catch((e) => e);
process.stdout.write(JSON.stringify({ scope: me.me.scope.name, grids: grids.sort(), refused: [refused instanceof GridnetError, refused.code] }));`;
  writeFileSync(join(app, "query.mjs"), body(`import { GridnetClient, GridnetError, MeDocument, OrgUnitsDocument } from "@gridnet/sdk";`));
  writeFileSync(
    join(app, "query.cjs"),
    `const { GridnetClient, GridnetError, MeDocument, OrgUnitsDocument } = require("@gridnet/sdk");\n(async () => {${body("")}\n})().catch((e) => { console.error(e); process.exit(1); });`,
  );
  const env = { GRIDNET_URL: url, GRIDNET_TOKEN: token };
  const [esm, cjs] = await Promise.all([node("query.mjs", env), node("query.cjs", env)]);
  for (const result of [esm, cjs]) {
    expect([result.code, result.stderr]).toEqual([0, ""]);
    expect(JSON.parse(result.stdout)).toEqual({ scope: "磁器口街道", grids, refused: [true, "UNAUTHENTICATED"] });
  }
  expect(grids.length).toBeGreaterThan(4);
});

it("compiles the typing fixture against the installed declarations, as ES module and as CommonJS", () => {
  copyFileSync(join(__dirname, "fixtures", "sdk-typing.ts"), join(app, "typing.mts"));
  copyFileSync(join(__dirname, "fixtures", "sdk-typing.ts"), join(app, "typing.cts"));
  // A canary: an expected error that does not happen, which tsc must report — so a clean
  // fixture means tsc really checked it, not that it skipped the files.
  writeFileSync(join(app, "canary.mts"), "// @ts-expect-error\nexport const fine = 1;\n");
  // Only the ES library: the declarations must need neither the DOM's types nor Node's.
  const compilerOptions = { module: "nodenext", moduleResolution: "nodenext", target: "es2022", lib: ["es2022"], types: [], strict: true, noEmit: true, skipLibCheck: false };
  writeFileSync(join(app, "tsconfig.json"), JSON.stringify({ compilerOptions, files: ["typing.mts", "typing.cts", "canary.mts"] }));
  const tsc = spawnSync(process.execPath, [join(root, "node_modules", "typescript", "bin", "tsc"), "-p", "tsconfig.json"], { cwd: app, encoding: "utf8" });
  expect(tsc.stdout.trim().split("\n")).toEqual([expect.stringMatching(/^canary\.mts\(1,1\): error TS2578: Unused '@ts-expect-error' directive/)]);
});
