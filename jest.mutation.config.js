// The jest run StrykerJS uses (`npm run test:mutation`, stryker.config.mjs): the fast unit tests
// only — tests/unit/, which need no DynamoDB — so no global setup starts DynamoDB Local. The
// transform is jest.config.js's own (swc, decorator metadata off), so a mutant runs exactly as
// the code does under `npm test`.
const base = require("./jest.config.js");

const { globalSetup: _setup, globalTeardown: _teardown, roots: _roots, ...shared } = base;

/** @type {import('jest').Config} */
module.exports = {
  ...shared,
  roots: ["<rootDir>/tests/unit"],
  testMatch: ["**/*.test.ts"],
};
