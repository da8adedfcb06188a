// The one place the mini-program module reaches the TypeScript client: everything it uses
// from there comes through here, so moving that client changes this path only.
export { GridnetClient, GridnetError, type Fetch, type GridnetClientOptions } from "../typescript";
export type { ReportIssueInput, ReportIssueMutation, Role } from "../typescript";
