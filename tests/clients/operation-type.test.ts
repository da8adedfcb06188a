// The client tells a mutation from a query by reading the document, because that decides
// whether a lost request may be sent again. graphql's own parser is the judge here: the
// client's small reader must agree with it on every generated document and on documents
// written to trip a line-based check.
import { readdirSync, readFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { Kind, type OperationDefinitionNode, parse } from "graphql";
import { type Fetch, GridnetClient } from "../../clients/sdk/src";
import * as generated from "../../clients/sdk/src/generated/graphql";
import { operationTypes } from "../../clients/sdk/src/operation-type";

function parsedTypes(document: string): string[] {
  return parse(document)
    .definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)
    .map((d) => d.operation);
}

const documents = Object.entries(generated)
  .filter(([name]) => name.endsWith("Document"))
  .map(([name, document]) => [name, String(document)] as const);

it("classifies every generated document as graphql's parser does, mutations as mutations", () => {
  // Every operation written in operations/ is there, so none escapes the check below.
  const operationsDir = join(__dirname, "..", "..", "clients", "sdk", "operations");
  const written = readdirSync(operationsDir).flatMap((file) => parsedTypes(readFileSync(join(operationsDir, file), "utf8")));
  expect(documents.flatMap(([, text]) => parsedTypes(text)).sort()).toEqual(written.sort());
  expect(written).toContain("mutation");
  expect(written).toContain("query");
  for (const [name, text] of documents) expect([name, operationTypes(text)]).toEqual([name, parsedTypes(text)]);
});

it.each([
  ["an indented mutation", "\n    mutation M($i: ID!) { a(id: $i) }"],
  ["fragments before the mutation", "fragment F on Issue { id }\nfragment G on Issue { ...F }\n  mutation M { a { ...G } }"],
  ["a comment naming a mutation", "# mutation M { a }\nquery Q { a }"],
  ["a query named mutation", "query mutation { a }"],
  ["a fragment named mutation", "fragment mutation on Mutation { a }\nquery Q { ...mutation }"],
  ["a shorthand query", "\uFEFF , { a { b } }"],
  ["braces and words in strings", 'mutation M { a(s: "} query {", t: """ a \\""" } mutation """) { b } }'],
  ["an object default value and a list type", 'query Q($f: F = { s: ["}"], n: -1.5e3 }, $l: [[Int!]] = [[1]]) @d(x: { y: 2 }) { a(f: $f) }'],
  ["a description before the operation", '"""\nReports { a } mutation\n"""\nmutation M { a }'],
  ["two operations", "query A { a }\nmutation B { b }\nsubscription C { c }"],
])("reads %s as graphql's parser does", (_, text) => {
  expect(operationTypes(text)).toEqual(parsedTypes(text));
});

it("sends every generated mutation once and every query until its attempts run out when the network is down", async () => {
  // A port nothing listens on: every request is refused before it reaches anyone.
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  let sent = 0;
  const counted: Fetch = (target, init) => {
    sent += 1;
    return fetch(target, init);
  };
  const client = new GridnetClient({ url: `http://127.0.0.1:${port}/`, fetch: counted, attempts: 2 });
  const seen: [string, number][] = [];
  for (const [name, text] of documents) {
    sent = 0;
    // The variables do not matter: the request never gets anywhere.
    await expect(client.request(new generated.TypedDocumentString(text), { input: {} })).rejects.toMatchObject({ code: "NETWORK_ERROR" });
    seen.push([name, sent]);
  }
  expect(seen).toEqual(documents.map(([name, text]) => [name, parsedTypes(text)[0] === "query" ? 2 : 1]));
  // With an idempotency key the report is safe to repeat.
  sent = 0;
  await expect(client.request(generated.ReportIssueDocument, { input: { idempotencyKey: "k-1" } as generated.ReportIssueInput })).rejects.toMatchObject({
    code: "NETWORK_ERROR",
  });
  expect(sent).toBe(2);
});
