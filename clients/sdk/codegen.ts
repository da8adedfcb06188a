// `npm run clients`: typed documents for every operation in operations/, generated from the
// committed contract (schema/schema.graphql at the repository root) — never from api/ — into
// src/generated/, which the SDK's build bundles. Offline, no server needed. Paths are relative
// to the repository root, where `npm run clients` runs.
import type { CodegenConfig } from "@graphql-codegen/cli";

// The drift test generates into a temporary folder and compares it with the committed files.
const out = process.env.GRIDNET_CODEGEN_OUT ?? "clients/sdk/src/generated/";

export const codegenConfig: CodegenConfig = {
  schema: "schema/schema.graphql",
  documents: ["clients/sdk/operations/*.graphql"],
  ignoreNoDocuments: false,
  generates: {
    [out]: {
      preset: "client",
      presetConfig: { fragmentMasking: false },
      config: {
        // Plain strings, not graphql-js ASTs: the client then needs no graphql runtime, which
        // keeps a WeChat mini-program bundle small.
        documentMode: "string",
        useTypeImports: true,
        enumsAsTypes: true,
        avoidOptionals: { field: true, inputValue: false },
        // DateTime travels as an RFC 3339 string (docs/contract.md); typed as one, not unknown.
        scalars: { DateTime: "string" },
      },
    },
  },
};

export default codegenConfig;
