// The one place the mini-program module reaches the SDK (clients/sdk): everything it uses
// from there comes through here, so moving that client changes this path only.
export { GridnetClient, GridnetError, type Document, type Fetch, type GridnetClientOptions, type VariablesArgument } from "../sdk/src";
export type { ReportIssueInput, ReportIssueMutation, Role } from "../sdk/src";
