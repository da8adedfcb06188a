// Tests run through @swc/jest with decorator metadata OFF, exactly like the esbuild bundle
// (esbuild emits none): a missing explicit type function fails here, not only in Lambda.
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/tests"],
  testMatch: ["**/*.test.ts"],
  globalSetup: "<rootDir>/tests/setup/global-setup.ts",
  globalTeardown: "<rootDir>/tests/setup/global-teardown.ts",
  setupFiles: ["reflect-metadata"],
  // jose 6 ships only ES modules; Node 20's jest needs them compiled to CommonJS.
  transformIgnorePatterns: ["/node_modules/(?!jose/)"],
  transform: {
    "^.+\\.(ts|js)$": [
      "@swc/jest",
      {
        jsc: {
          parser: { syntax: "typescript", decorators: true },
          transform: { legacyDecorator: true, decoratorMetadata: false, useDefineForClassFields: false },
          target: "es2022",
        },
        module: { type: "commonjs" },
      },
    ],
  },
  testTimeout: 30000,
  maxWorkers: 2,
};
