// `npm run schema`: writes the contract clients build from, schema/schema.graphql.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { REPO_ROOT } from "../local/dynamodb-local";
import { contractSdl } from "../contract";

const file = join(REPO_ROOT, "schema", "schema.graphql");
writeFileSync(file, contractSdl());
console.log(`Wrote ${file}`);
