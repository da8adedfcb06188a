// `npm run token -- --role STREET_ADMIN --org 500106017`: a dev token signed by the same key
// `npm start` trusts (.data/dev-signer.json).
import { join } from "node:path";
import { parseArgs } from "node:util";
import { isRole, ROLES } from "../auth/actor";
import { createDevSigner } from "../auth/dev-signer";
import { REPO_ROOT } from "../local/dynamodb-local";

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      role: { type: "string" },
      org: { type: "string" },
      sub: { type: "string" },
      name: { type: "string" },
      expires: { type: "string", default: "12h" },
    },
  });
  if (!isRole(values.role) || !values.org) {
    console.error(`usage: npm run token -- --role <${ROLES.join("|")}> --org <org unit id> [--sub id] [--name text] [--expires 12h]`);
    process.exit(2);
  }
  const signer = await createDevSigner(join(REPO_ROOT, ".data", "dev-signer.json"));
  const sub = values.sub ?? `dev-${values.role.toLowerCase()}-${values.org}`;
  console.log(await signer.sign({ sub, role: values.role, orgId: values.org, name: values.name }, { expiresIn: values.expires }));
}

void main();
