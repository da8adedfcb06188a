// Stands in, in the Lambda bundle only, for a module gridnet never runs in production (see
// infra/bundle-options.ts for which and why). Loading it is harmless; using it fails loudly,
// so a code change that starts to need the real module is caught by the bundle test.
"use strict";
module.exports = new Proxy(
  {},
  {
    get(_target, property) {
      if (property === "__esModule" || property === "then" || typeof property === "symbol") return undefined;
      throw new Error(
        `gridnet's Lambda bundle replaced this module with infra/stubs/not-bundled.js, but code used "${String(property)}" from it. ` +
          "Remove the alias in infra/bundle-options.ts if the module is needed now.",
      );
    },
  },
);
