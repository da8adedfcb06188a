export { GridnetClient, GridnetError, type GridnetClientOptions, type Fetch } from "./client";
export * from "./generated/graphql";
