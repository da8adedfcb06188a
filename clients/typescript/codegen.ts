// `npm run clients`: typed documents for every operation in operations/, generated from the
// committed contract (schema/schema.graphql) — never from api/. Offline, no server needed.
import type { CodegenConfig } from "@graphql-codegen/cli";

// The drift test generates into a temporary folder and compares it with the committed files.
const out = process.env.GRIDNET_CODEGEN_OUT ?? "clients/typescript/generated/";

export const codegenConfig: CodegenConfig = {
  schema: "schema/schema.graphql",
  documents: ["clients/typescript/operations/*.graphql"],
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
