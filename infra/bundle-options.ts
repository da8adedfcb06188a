// The one set of esbuild options for gridnet's Lambda bundle. The CDK stack (NodejsFunction),
// the bundle test (tests/handlers/bundle.test.ts) and the cold-start bench all read it, so
// the bundle we test and measure is the bundle we deploy.
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import type { BuildOptions } from "esbuild";
import { OutputFormat, type BundlingOptions } from "aws-cdk-lib/aws-lambda-nodejs";

export const REPO_ROOT = resolve(__dirname, "..");
export const GRAPHQL_ENTRY = resolve(REPO_ROOT, "api", "handlers", "lambda.ts");
const STUBS = resolve(__dirname, "stubs");
const NOT_BUNDLED = join(STUBS, "not-bundled.js");

/** The folder of package `name` as Node resolves it from `from` (a package folder), whatever its `exports`. */
function packageDir(name: string, from: string = REPO_ROOT): string {
  for (let dir = dirname(require.resolve(name, { paths: [from] })); dir !== dirname(dir); dir = dirname(dir)) {
    const manifest = join(dir, "package.json");
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, "utf8")) as { name?: string }).name === name) return dir;
  }
  throw new Error(`infra/bundle-options.ts: cannot find the folder of ${name} (from ${from}).`);
}

/** A file or folder inside a package; fails the build loudly when a package changes its layout. */
function inPackage(dir: string, ...path: string[]): string {
  const target = join(dir, ...path);
  if (!existsSync(target)) throw new Error(`infra/bundle-options.ts: ${target} is gone; the package changed its layout, update the alias.`);
  return target;
}

const APOLLO_SERVER = packageDir("@apollo/server");

export interface BundleSettings {
  /** Must match the Lambda runtime (nodejs22.x). */
  readonly target: string;
  readonly minify: boolean;
  /** Minifying renames classes; type-graphql and shield find types by class name. */
  readonly keepNames: boolean;
  /** Off: `--enable-source-maps` slows every cold start, and keepNames already gives readable traces. */
  readonly sourceMap: boolean;
  /** Modules left to the runtime. Empty: we ship our pinned SDK (see bench/cold-start.ts for why). */
  readonly external: readonly string[];
  /** Which package.json field wins for packages without an `exports` map. */
  readonly mainFields: readonly string[];
  /** Swap a module for another file at bundle time (absolute paths). */
  readonly alias: Readonly<Record<string, string>>;
  /** esbuild's `supported`: syntax to lower even though the target has it. */
  readonly supported: Readonly<Record<string, boolean>>;
}

export const lambdaBundle: BundleSettings = {
  target: "node22",
  minify: true,
  keepNames: true,
  sourceMap: false,
  // @aws-sdk/* stays bundled: externalising it cuts ~0.27 MB but not cold-start time (measured
  // ~298 vs ~300 ms; the runtime's SDK is then loaded unbundled from disk), and Lambda would run
  // whatever SDK version the runtime carries instead of the one the tests ran against.
  external: [],
  // ESM builds first: one copy of graphql (.mjs) for every importer, and tree-shaking of the
  // SDK's dist-es. Measured: 1.69 MB -> 1.36 MB and ~25 % faster module load than "main,module".
  mainFields: ["module", "main"],
  alias: {
    // type-graphql loads class-validator (with validator and libphonenumber-js, ~530 KB
    // minified) only when argument validation is on; api/server.ts builds the schema with
    // `validate: false` and validates in the domain rules instead.
    "class-validator": NOT_BUNDLED,
    // Apollo's usage-reporting protobuf (~220 KB) serves Apollo Studio reporting and federation
    // inline traces. gridnet sends nothing to Apollo (a district's data stays in its region) and is
    // not a subgraph, so the code that uses it never runs; Apollo still requires it at start.
    "@apollo/usage-reporting-protobuf": NOT_BUNDLED,
    // One copy of Apollo, not two. Our TypeScript imports @apollo/server's ESM build, but
    // @as-integrations/aws-lambda (CommonJS) requires its CJS build, and each drags its own
    // @graphql-tools v10 and lru-cache along: two Apollos in one bundle (~230 KB minified). The
    // folder alias also serves subpaths (@apollo/server/plugin/disabled -> dist/esm/plugin/disabled).
    // Measured (bench/cold-start.ts, Node 20): 1.36 -> 1.12 MB, module load ~20 ms shorter.
    "@apollo/server": inPackage(APOLLO_SERVER, "dist", "esm"),
    // The same split for lru-cache: Apollo's ESM imports its ESM build, @apollo/utils.keyvaluecache
    // (CommonJS) requires the CJS one (~19 KB twice).
    "lru-cache": inPackage(packageDir("lru-cache", APOLLO_SERVER), "dist", "esm", "node", "index.min.js"),
    // Apollo imports @graphql-tools/schema v10 (with utils and merge, ~70 KB) only for
    // makeExecutableSchema, which runs when Apollo is given typeDefs; gridnet gives it a built
    // schema. graphql-middleware needs v8 of the same package and really uses it; serving both
    // from v8 keeps one copy. Should gridnet ever pass typeDefs, v8's makeExecutableSchema works.
    "@graphql-tools/schema": inPackage(packageDir("@graphql-tools/schema", packageDir("graphql-middleware")), "esm", "index.js"),
    // @apollo/utils.createhash uses node:crypto only when `module.require` exists, which it never
    // does inside an esbuild bundle, so Apollo hashed every query (and its schema at start) with
    // sha.js in pure JavaScript. The stub hands sha.js's callers node:crypto's createHash.
    "sha.js": join(STUBS, "sha-node-crypto.js"),
    // type-graphql uses semver for one check (graphql's version against "^16.12.0") when it builds
    // the schema; the stub does that check without semver's 30 KB and ~40 regular expressions.
    semver: join(STUBS, "semver-caret.js"),
    // graphql-shield's inputRule validates with yup (with lodash, ~80 KB); gridnet has no inputRule.
    yup: NOT_BUNDLED,
    // type-graphql's subscriptions (Repeater, pipe, filter); gridnet has no subscriptions.
    "@graphql-yoga/subscription": NOT_BUNDLED,
  },
  // The AWS SDK loads node:http(s) with `await import()`. Left as is, a CommonJS bundle then
  // starts Node's ESM loader on the first DynamoDB call (~1-2 ms); lowered, it is a require().
  supported: { "dynamic-import": false },
};

/** esbuild's own API options: what the test and the bench build with. */
export function esbuildOptions(entry: string, outfile: string, settings: BundleSettings = lambdaBundle): BuildOptions {
  return {
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: "node",
    format: "cjs",
    target: settings.target,
    minify: settings.minify,
    keepNames: settings.keepNames,
    sourcemap: settings.sourceMap,
    external: [...settings.external],
    mainFields: [...settings.mainFields],
    alias: { ...settings.alias },
    supported: { ...settings.supported },
    absWorkingDir: REPO_ROOT,
    logLevel: "warning",
  };
}

/** The same options in NodejsFunction's vocabulary: what `cdk synth` builds with. */
export function nodejsBundling(settings: BundleSettings = lambdaBundle): BundlingOptions {
  const alias = Object.entries(settings.alias).map(([from, to]) => `${from}=${to}`);
  const supported = Object.fromEntries(Object.entries(settings.supported).map(([feature, on]) => [`--supported:${feature}`, String(on)]));
  return {
    target: settings.target,
    format: OutputFormat.CJS,
    minify: settings.minify,
    keepNames: settings.keepNames,
    sourceMap: settings.sourceMap,
    externalModules: [...settings.external],
    mainFields: [...settings.mainFields],
    esbuildArgs: { ...(alias.length ? { "--alias": alias } : {}), ...supported },
    // The local esbuild from node_modules; never Docker (not on CI machines, and slow).
    forceDockerBundling: false,
    logLevel: undefined,
  };
}
