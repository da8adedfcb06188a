// @gridnet/sdk: the client and every generated operation document, as named exports.
export {
  GridnetClient,
  GridnetError,
  type Connection,
  type Document,
  type Fetch,
  type GraphQLErrorShape,
  type GridnetClientOptions,
  type PagedVariables,
  type VariablesArgument,
} from "./client";
export * from "./generated/graphql";
