// Limits on what one operation may ask for, so no client can make the API do unbounded work:
// page sizes are capped by every connection; these cap depth, aliases, document size, the
// operation's cost and the size of every input. The numbers and why: docs/limits.md.
import type { ApolloServerPlugin } from "@apollo/server";
import { maxAliasesRule } from "@escape.tech/graphql-armor-max-aliases";
import { maxDepthRule } from "@escape.tech/graphql-armor-max-depth";
import { GraphQLError, Kind, getVariableValues, type DocumentNode, type GraphQLSchema, type OperationDefinitionNode, type ValidationContext } from "graphql";
import { getComplexity, type ComplexityEstimator } from "graphql-query-complexity";
import { PAGE } from "../../schema/common/page";
import { checkInputs } from "./input-limits";

/** Deep enough for `issue { grid { ancestors { ... } } }`, shallow enough to stop abuse. */
export const MAX_DEPTH = 10;
/** A screen needs a few aliases; 15 × a 100-item page is still a bounded read. */
export const MAX_ALIASES = 15;
/** Tokens in one document; gridnet's largest client operation has a few hundred. */
export const MAX_TOKENS = 5000;
/** The largest request body a handler reads; larger ones are refused unread (HTTP 413). */
export const MAX_BODY_BYTES = 1024 * 1024;
/**
 * The most an operation may cost (see `fieldCost`). A page of 100 issues with every detail costs
 * about 7,000; 50 communities with 50 grids each about 15,000; 100 × 100 × 100 nested children
 * about 3,000,000.
 */
export const MAX_COST = 20_000;

// Reported as validation errors (GRAPHQL_VALIDATION_FAILED), not thrown: a thrown rule would
// surface as an internal error.
const report = { propagateOnRejection: false, onReject: [(ctx: ValidationContext | null, error: Error) => ctx?.reportError(error as never)] };

export const validationRules = [maxDepthRule({ n: MAX_DEPTH, ignoreIntrospection: true, ...report }), maxAliasesRule({ n: MAX_ALIASES, ...report })];

export const parseOptions = { maxTokens: MAX_TOKENS };

/**
 * Each field costs 1 plus what is selected under it; a connection (a field taking `first`)
 * resolves its selection once per item, so its page size multiplies what is under it — the
 * page's nodes and any nested connection, which is one more DynamoDB Query per parent. Plain
 * lists (ancestors, timeline, grid workers) are short by construction and counted once.
 */
export const fieldCost: ComplexityEstimator = ({ field, args, childComplexity }) => {
  if (!field.args.some((a) => a.name === "first")) return 1 + childComplexity;
  const first = typeof args.first === "number" ? args.first : PAGE.default;
  return 1 + Math.min(Math.max(first, 1), PAGE.max) * childComplexity;
};

/** The cost of an operation with its variables, or null when the variables do not coerce. */
export function operationCost(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode, variables: Record<string, unknown> = {}): number | null {
  // Variables that do not fit their types are refused by execution, before any resolver runs,
  // with graphql-js's own BAD_USER_INPUT; there is no cost to weigh.
  if (getVariableValues(schema, operation.variableDefinitions ?? [], variables).errors) return null;
  const several = document.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION).length > 1;
  return getComplexity({ schema, query: document, variables, operationName: several ? operation.name?.value : undefined, estimators: [fieldCost] });
}

/**
 * Checks each operation once it is parsed, validated and chosen, before it runs: its inputs
 * (input-limits.ts, BAD_USER_INPUT) and its cost (GRAPHQL_VALIDATION_FAILED with `cost` and
 * `maxCost`). Both need the variables, which validation rules never see.
 */
export function operationLimits(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          if (!operation) return; // Apollo has already refused a document without the named operation
          try {
            checkInputs(schema, document, operation, request.variables);
          } catch (error) {
            // Errors before execution would answer HTTP 500; bad input is the client's (400).
            if (error instanceof GraphQLError) Object.assign(error.extensions, { http: { status: 400 } });
            throw error;
          }
          const cost = operationCost(schema, document, operation, request.variables);
          if (cost !== null && cost > MAX_COST) {
            throw new GraphQLError(
              `This operation would cost ${cost} units; at most ${MAX_COST} are allowed. Ask for smaller pages (first) in nested lists, or fewer nested lists.`,
              { extensions: { code: "GRAPHQL_VALIDATION_FAILED", cost, maxCost: MAX_COST, http: { status: 400 } } },
            );
          }
        },
      };
    },
  };
}
