// The one set of esbuild options for gridnet's Lambda bundle. The CDK stack (NodejsFunction),
// the bundle test (tests/handlers/bundle.test.ts) and the cold-start bench all read it, so
// the bundle we test and measure is the bundle we deploy.
import { resolve } from "node:path";
import type { BuildOptions } from "esbuild";
import { OutputFormat, type BundlingOptions } from "aws-cdk-lib/aws-lambda-nodejs";

export const REPO_ROOT = resolve(__dirname, "..");
export const GRAPHQL_ENTRY = resolve(REPO_ROOT, "api", "handlers", "lambda.ts");
export const SWEEP_ENTRY = resolve(REPO_ROOT, "api", "handlers", "sweep.ts");
export const NOTIFY_ENTRY = resolve(REPO_ROOT, "api", "handlers", "notify.ts");
const NOT_BUNDLED = resolve(__dirname, "stubs", "not-bundled.js");

export interface BundleSettings {
  /** Must match the Lambda runtime (nodejs22.x). */
  readonly target: string;
  readonly minify: boolean;
  /** Minifying renames classes; type-graphql and shield find types by class name (STACK-NOTES 3). */
  readonly keepNames: boolean;
  /** Off: `--enable-source-maps` slows every cold start, and keepNames already gives readable traces. */
  readonly sourceMap: boolean;
  /** Modules left to the runtime. Empty: we ship our pinned SDK (see bench/cold-start.ts for why). */
  readonly external: readonly string[];
  /** Which package.json field wins for packages without an `exports` map. */
  readonly mainFields: readonly string[];
  /** Swap a module for another file at bundle time (absolute paths). */
  readonly alias: Readonly<Record<string, string>>;
}

export const lambdaBundle: BundleSettings = {
  target: "node22",
  minify: true,
  keepNames: true,
  sourceMap: false,
  // @aws-sdk/* stays bundled: externalising it cuts ~0.27 MB but not cold-start time (STACK-NOTES:
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
  },
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
    absWorkingDir: REPO_ROOT,
    logLevel: "warning",
  };
}

/** The same options in NodejsFunction's vocabulary: what `cdk synth` builds with. */
export function nodejsBundling(settings: BundleSettings = lambdaBundle): BundlingOptions {
  const alias = Object.entries(settings.alias).map(([from, to]) => `${from}=${to}`);
  return {
    target: settings.target,
    format: OutputFormat.CJS,
    minify: settings.minify,
    keepNames: settings.keepNames,
    sourceMap: settings.sourceMap,
    externalModules: [...settings.external],
    mainFields: [...settings.mainFields],
    esbuildArgs: alias.length ? { "--alias": alias } : undefined,
    // The local esbuild from node_modules; never Docker (not on CI machines, and slow).
    forceDockerBundling: false,
    logLevel: undefined,
  };
}
