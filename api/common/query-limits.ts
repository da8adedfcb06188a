// Limits on what one operation may ask for, so no client can make the API do unbounded work:
// page sizes are capped by every connection; these cap depth, aliases and document size.
import { maxAliasesRule } from "@escape.tech/graphql-armor-max-aliases";
import { maxDepthRule } from "@escape.tech/graphql-armor-max-depth";
import type { ValidationContext } from "graphql";

/** Deep enough for `issue { grid { ancestors { ... } } }`, shallow enough to stop abuse. */
export const MAX_DEPTH = 10;
/** A screen needs a few aliases; 15 × a 100-item page is still a bounded read. */
export const MAX_ALIASES = 15;
/** Tokens in one document; gridnet's largest client operation has a few hundred. */
export const MAX_TOKENS = 5000;

// Reported as validation errors (GRAPHQL_VALIDATION_FAILED), not thrown: a thrown rule would
// surface as an internal error.
const report = { propagateOnRejection: false, onReject: [(ctx: ValidationContext | null, error: Error) => ctx?.reportError(error as never)] };

export const validationRules = [
  maxDepthRule({ n: MAX_DEPTH, ignoreIntrospection: true, ...report }),
  maxAliasesRule({ n: MAX_ALIASES, ...report }),
];

export const parseOptions = { maxTokens: MAX_TOKENS };
