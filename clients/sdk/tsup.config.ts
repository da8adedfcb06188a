// `npm run sdk:build` (or `npm pack` in this folder): src/ → dist/ as ES modules (index.js),
// CommonJS (index.cjs) and declarations for both (index.d.ts, index.d.cts), the files
// package.json's `exports` map names. Paths are relative to this folder, where it runs.
import { defineConfig } from "tsup";

export default defineConfig({
  entry: { index: "src/index.ts" },
  format: ["esm", "cjs"],
  // The declarations inline the one type the generated code imports from a package
  // (@graphql-typed-document-node/core), so the package needs no dependency for its types.
  dts: { resolve: true },
  tsconfig: "tsconfig.json",
  // ES2018 (async generators, object spread) runs in current browsers, Node 18+ and the
  // WeChat mini-program runtimes; newer syntax (`?.`, `??`, class fields) is lowered.
  target: "es2018",
  platform: "neutral",
  outDir: "dist",
  clean: true,
  treeshake: true,
});
