// The one server factory: the type-graphql schema, wrapped by graphql-shield, served by
// Apollo. The Lambda handler and `npm start` both build their server here.
import "reflect-metadata";
import { ApolloServer } from "@apollo/server";
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
  ApolloServerPluginUsageReportingDisabled,
} from "@apollo/server/plugin/disabled";
import type { GraphQLSchema } from "graphql";
import { applyMiddleware } from "graphql-middleware";
import { buildSchemaSync, type NonEmptyArray } from "type-graphql";
import { cacheControl } from "./common/cache-control";
import { operationLimits, parseOptions, validationRules } from "./common/query-limits";
import { requestLog } from "./common/request-log";
import type { GridnetContext } from "./context";
import { createFormatError } from "./errors";
import { permissionsFor } from "./auth/shield";
import type { Policy } from "./auth/policy";
import { referenceSources } from "./context";
import { FEATURES } from "./features";
import { restoreInheritedExtensions } from "./privacy/inherited";
import { applyPrivacy } from "./privacy/privacy.layer";
import { applyReferenceChecks } from "./privacy/references";

/** Every feature's resolvers, in the list's order. */
const [firstResolver, ...moreResolvers] = FEATURES.flatMap((f) => f.resolvers);
export const RESOLVERS: NonEmptyArray<Function> = [firstResolver, ...moreResolvers];

/** Every feature's policy table together: root field → who may call it. */
export const POLICY: Policy = Object.assign({}, ...FEATURES.map((f) => f.policy));

/** The shield gate over a schema, from POLICY (a root field without an entry is refused). */
export function permissions(schema: GraphQLSchema) {
  const names = (type: { getFields(): object } | null | undefined) => Object.keys(type?.getFields() ?? {});
  return permissionsFor(POLICY, { query: names(schema.getQueryType()), mutation: names(schema.getMutationType()) });
}

/** The schema as clients see it (emitted to schema/schema.graphql). */
export function buildContractSchema(options: { skipCheck?: boolean } = {}): GraphQLSchema {
  // validate: false — inputs are validated by the domain rules, which also serve non-GraphQL
  // callers; it also keeps class-validator out of the cold start.
  const schema = buildSchemaSync({ resolvers: [...RESOLVERS], validate: false, skipCheck: options.skipCheck ?? false });
  describeRootTypes(schema);
  // Masking and reference checks belong to the schema itself, so every server built from it —
  // with shield or without — masks every personal field and checks every reference.
  return applyReferenceChecks(applyPrivacy(restoreInheritedExtensions(schema)), referenceSources);
}

/**
 * type-graphql builds Query and Mutation itself and takes no description for them; every
 * element of the contract has one (docs/contract.md), so they are set on the built types.
 */
function describeRootTypes(schema: GraphQLSchema): void {
  const query = schema.getQueryType();
  const mutation = schema.getMutationType();
  if (query) query.description = "Every read. Send a bearer token (all but `health` need one); lookups by id answer null for what you may not see.";
  if (mutation) {
    mutation.description = "Every write. Each takes one `input` and returns what it created or changed (or a payload holding it); see docs/contract.md.";
  }
}

/**
 * Headers whose presence proves a request is not a cross-site "simple" request: a browser
 * sends none of them to another origin without a CORS preflight the origin must approve.
 * Apollo's two, plus `authorization` — gridnet's only credential, so a request that carries
 * one has been preflighted or comes from no browser at all (docs/browsers.md).
 */
export const CSRF_PROOF_HEADERS = ["x-apollo-operation-name", "apollo-require-preflight", "authorization"];

export interface ServerOptions {
  /** Where the one JSON line per request goes; false for none (default: stdout). A test harness passes false. */
  requestLog?: false | ((line: string) => void);
  /**
   * Introspection and "Did you mean …" suggestions in errors (default: `schemaDetailsFromEnv()`).
   * Off in production: the contract is published as schema/schema.graphql, so a deployed API
   * need not describe itself to whoever asks.
   */
  schemaDetails?: boolean;
}

/**
 * GRIDNET_INTROSPECTION=on|off decides when set; otherwise on, except with NODE_ENV=production
 * (which the CDK stack sets on the Lambda).
 */
export function schemaDetailsFromEnv(env: NodeJS.ProcessEnv = process.env): boolean {
  const flag = env.GRIDNET_INTROSPECTION?.trim().toLowerCase();
  if (flag === "on" || flag === "true" || flag === "1") return true;
  if (flag === "off" || flag === "false" || flag === "0") return false;
  if (flag) throw new Error(`GRIDNET_INTROSPECTION must be on or off, not ${JSON.stringify(flag)}.`);
  return env.NODE_ENV !== "production";
}

export function createApolloServer(options: ServerOptions = {}): ApolloServer<GridnetContext> {
  // The schema check (an introspection pass, ~17 ms of every cold start) runs where the
  // contract is emitted and tested; Apollo validates the schema again at start anyway.
  const contract = buildContractSchema({ skipCheck: true });
  return apolloServerOn(applyMiddleware(contract, permissions(contract)), options);
}

/**
 * Apollo with everything gridnet serves with — limits, cache rules, error formatting, the
 * request log — around a given schema. The server is `createApolloServer`; this exists so the
 * request benchmark can measure shield alone, on a schema that lacks only the shield gate.
 */
export function apolloServerOn(schema: GraphQLSchema, options: ServerOptions = {}): ApolloServer<GridnetContext> {
  const schemaDetails = options.schemaDetails ?? schemaDetailsFromEnv();
  return new ApolloServer<GridnetContext>({
    schema,
    formatError: createFormatError({ hideSchemaDetails: !schemaDetails }),
    includeStacktraceInErrorResponses: false,
    introspection: schemaDetails,
    hideSchemaDetailsFromClientErrors: !schemaDetails,
    validationRules,
    parseOptions,
    // GET queries without a JSON content type (urql's default) pass when they carry a token.
    csrfPrevention: { requestHeaders: CSRF_PROOF_HEADERS },
    // gridnet reports nothing to Apollo's cloud (a district's data stays in its region), and
    // disabling these keeps Apollo from loading their code at start.
    plugins: [
      ApolloServerPluginUsageReportingDisabled(),
      ApolloServerPluginInlineTraceDisabled(),
      // One rule for Cache-Control (api/common/cache-control.ts) instead of Apollo's schema hints.
      ApolloServerPluginCacheControlDisabled(),
      cacheControl(),
      operationLimits(),
      // `npm start` serves its own offline explorer (api/local/explorer/); Apollo's loads from a CDN.
      ApolloServerPluginLandingPageDisabled(),
      ...requestLogFor(options.requestLog),
    ],
  });
}

function requestLogFor(option: ServerOptions["requestLog"]) {
  if (option === false) return [];
  return [option ? requestLog(option) : requestLog()];
}
