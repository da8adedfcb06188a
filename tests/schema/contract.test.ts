// The committed contract (schema/schema.graphql) is what front ends and clients build from:
// it must be exactly what the code serves. Run `npm run schema` after changing the API.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { contractSdl } from "../../api/contract";

it("schema/schema.graphql matches the schema the code builds", () => {
  const committed = readFileSync(join(__dirname, "..", "..", "schema", "schema.graphql"), "utf8");
  expect(committed).toBe(contractSdl());
});
