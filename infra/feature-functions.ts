// The Lambda functions other than the API, read from each feature's data-only manifest
// (api/<feature>/<feature>.functions.ts): the stack never loads the feature list, so synthesis
// loads no resolver, and a new feature's functions need no edit here.
import { readdirSync } from "node:fs";
import { join } from "node:path";
import type { FunctionSpec } from "../api/feature";

export interface FeatureFunctions {
  /** The folder the manifest is in. */
  name: string;
  functions: readonly FunctionSpec[];
}

const API = join(__dirname, "..", "api");

/** Every manifest's functions, folder by folder in name order. */
export function featureFunctions(root = API): FeatureFunctions[] {
  const found: FeatureFunctions[] = [];
  for (const folder of readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort()) {
    for (const file of readdirSync(join(root, folder))
      .filter((f) => f.endsWith(".functions.ts"))
      .sort()) {
      const manifest = require(join(root, folder, file)) as Record<string, unknown>;
      const functions = Object.values(manifest).filter(Array.isArray).flat() as FunctionSpec[];
      found.push({ name: folder, functions });
    }
  }
  return found;
}
