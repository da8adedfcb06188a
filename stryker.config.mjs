// Mutation testing of the rules that decide who may do what and what others may read
// (`npm run test:mutation`; not part of `npm test`: it takes minutes). docs/mutation-testing.md
// says what is mutated, the score, how long a run takes and which survivors are equivalent.
import { mkdirSync, writeFileSync } from "node:fs";

const TEMP_DIR = ".stryker-tmp";

// The typescript checker compiles every mutant again, in the project directory (not in the
// sandbox), with the project its tsconfig names. tsconfig.json's is everything — infra/ with
// aws-cdk-lib, clients/ with React and the SDK, every suite — and TypeScript's solution builder
// re-reads all of it on each check: ~10 s a mutant on the 2-core machine. The code and the
// tests that run here take ~2 s. So the checker gets tsconfig.json's options over api/,
// schema/ and tests/unit/ only, written into Stryker's own (git-ignored) temp folder.
const CHECKER_TSCONFIG = `${TEMP_DIR}/tsconfig.checker.json`;
mkdirSync(TEMP_DIR, { recursive: true });
writeFileSync(
  CHECKER_TSCONFIG,
  `${JSON.stringify({ extends: "../tsconfig.json", include: ["../api", "../schema", "../tests/unit"], exclude: ["../node_modules", "../api/local/explorer/browser"] }, null, 2)}\n`,
);

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  packageManager: "npm",
  testRunner: "jest",
  // Only the fast unit tests (tests/unit/), without the DynamoDB Local global setup.
  jest: { projectType: "custom", configFile: "jest.mutation.config.js", enableFindRelatedTests: false },
  checkers: ["typescript"],
  tsconfigFile: CHECKER_TSCONFIG,
  typescriptChecker: { prioritizePerformanceOverAccuracy: true },
  coverageAnalysis: "perTest",
  concurrency: 2,
  mutate: [
    // Tokens, the policy gate and the scope rule.
    "api/auth/verifier.ts",
    "api/auth/policy.ts",
    "api/auth/shield.ts",
    "api/auth/actor.ts",
    "api/auth/guards.ts",
    // The command runner every aggregate runs on: the policy row's roles and relation, its
    // from-states (each feature's state machine is rows of its table), the version read.
    "api/kit/command.ts",
    // The policy tables.
    "api/*/*.policy.ts",
    // The issue loop's state machine and its deadlines.
    "api/issues/issue.machine.ts",
    "api/issues/sla.ts",
    // The masking layer.
    "api/people/masking.ts",
    "api/privacy/privacy.layer.ts",
    "api/privacy/audience.ts",
    "api/privacy/references.ts",
    // The visibility rules and presentations; every list keeps what its single read would show.
    "api/kit/page.ts",
    "api/issues/issue.view.ts",
    "api/councils/council.view.ts",
    "api/mediation/mediation.view.ts",
    "api/places/place.view.ts",
    "api/volunteers/volunteer.view.ts",
  ],
  // The sandbox the tests run in holds only what the unit tests need: the code, the contract
  // and tests/unit (with the one helper a unit test imports).
  ignorePatterns: [
    "/infra",
    "/clients",
    "/bench",
    "/docs",
    "/cdk.out",
    "/coverage",
    "/dist",
    "/reports",
    "/.dynamodb-local",
    "/.data",
    "/.explorer",
    "/tests/*",
    "!/tests/unit",
    "!/tests/helpers",
    "/tests/helpers/*",
    "!/tests/helpers/fixtures.ts",
  ],
  reporters: ["clear-text", "progress", "html", "json"],
  htmlReporter: { fileName: "reports/mutation/mutation.html" },
  jsonReporter: { fileName: "reports/mutation/mutation.json" },
  clearTextReporter: { allowColor: false, reportScoreTable: true, reportMutants: true },
  thresholds: { high: 90, low: 85, break: null },
  tempDirName: TEMP_DIR,
  cleanTempDir: "always",
  timeoutMS: 10000,
};
