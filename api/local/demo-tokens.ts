// A fresh token for each demo user, from the dev signer: `npm start` prints them and its
// explorer page offers them in a picker.
import type { DevSigner } from "../auth/dev-signer";
import { DEMO_USERS, shapingbaDemo } from "../seed/shapingba";

export interface DemoToken {
  id: string;
  role: string;
  name: string;
  /** Who they are in the demo, with their unit's id. */
  what: string;
  token: string;
}

export async function demoTokens(signer: DevSigner): Promise<DemoToken[]> {
  const { people } = shapingbaDemo();
  const tokens: DemoToken[] = [];
  for (const user of DEMO_USERS) {
    const orgId = people.find((p) => p.id === user.id)?.orgId;
    if (!orgId) continue;
    const token = await signer.sign({ sub: user.id, role: user.role, orgId, name: user.name });
    tokens.push({ id: user.id, role: user.role, name: user.name, what: `${user.what} (org ${orgId})`, token });
  }
  return tokens;
}
