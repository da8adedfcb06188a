// Stands in, in the Lambda bundle only, for `semver` (~30 KB minified, and ~40 regular
// expressions compiled at load: about a millisecond of every cold start). Its one user in the
// bundle is type-graphql, which checks, when it builds the schema, that graphql's version
// satisfies its peer range ("^16.12.0"). This keeps that check for caret ranges on x.y.z
// versions, and fails loudly on anything else, like infra/stubs/not-bundled.js.
"use strict";
function fail(what) {
  throw new Error(
    `gridnet's Lambda bundle replaced "semver" with infra/stubs/semver-caret.js, which ${what}. Remove the alias in infra/bundle-options.ts if the real module is needed now.`,
  );
}
function parts(version) {
  const match = /^(\d+)\.(\d+)\.(\d+)(-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/.exec(String(version));
  if (!match) fail(`cannot read the version "${version}"`);
  return { major: Number(match[1]), minor: Number(match[2]), patch: Number(match[3]), prerelease: Boolean(match[4]) };
}
function satisfies(version, range) {
  const caret = /^\^(\d+\.\d+\.\d+)$/.exec(String(range));
  if (!caret) fail(`supports only caret ranges (^x.y.z), not "${range}"`);
  const v = parts(version);
  const r = parts(caret[1]);
  if (v.prerelease) return false;
  const atLeast = (a, b) => a.major > b.major || (a.major === b.major && (a.minor > b.minor || (a.minor === b.minor && a.patch >= b.patch)));
  if (r.major > 0) return v.major === r.major && atLeast(v, r);
  if (r.minor > 0) return v.major === 0 && v.minor === r.minor && v.patch >= r.patch;
  return v.major === 0 && v.minor === 0 && v.patch === r.patch;
}
const api = { satisfies };
module.exports = new Proxy(api, {
  get(target, property) {
    if (property in target || property === "__esModule" || property === "then" || typeof property === "symbol") return target[property];
    return fail(`does not provide "${String(property)}"`);
  },
});
