// Stands in, in the Lambda bundle only, for `sha.js`, the pure-JavaScript hashes that
// @apollo/utils.createhash falls back to when `module.require` is missing — which it always is
// inside an esbuild bundle, so Apollo would hash every query in JavaScript. sha.js's API is
// node:crypto's createHash(algorithm) (update, digest), so the native one serves it.
"use strict";
const { createHash } = require("node:crypto");
module.exports = function shaJs(algorithm) {
  return createHash(String(algorithm).toLowerCase());
};
