// Sign-in: only a well-formed, unexpired token signed by the trusted issuer's key, carrying a
// role and an existing scope unit, makes an actor. Everything else is UNAUTHENTICATED.
import { SignJWT, exportJWK, generateKeyPair } from "jose";
import { Role } from "../../api/auth/actor";
import { createDevSigner, DEV_ISSUER } from "../../api/auth/dev-signer";
import { authConfigFromJwks, claimsFrom } from "../../api/auth/verifier";
import { createContext } from "../../api/context";
import { createHarness, outcome, type Harness } from "../helpers/harness";

let h: Harness;
beforeAll(async () => {
  h = await createHarness({ demo: { gridsPerCommunity: 1, buildingsPerGrid: 0 } });
});
afterAll(() => h.close());

const ME = `{ me { id role scope { name } } }`;
const now = () => Math.floor(Date.now() / 1000);

async function selfSigned(claims: Record<string, unknown>, options: { issuer?: string; alg?: string } = {}) {
  const { privateKey } = await generateKeyPair("RS256");
  return new SignJWT(claims)
    .setProtectedHeader({ alg: options.alg ?? "RS256", kid: "someone-else" })
    .setIssuer(options.issuer ?? DEV_ISSUER)
    .setSubject("intruder")
    .setIssuedAt()
    .setExpirationTime("1h")
    .sign(privateKey);
}

it("answers health without a token, and with a broken one", async () => {
  expect((await h.gql(null, `{ health { ok version } }`)).data?.health.ok).toBe(true);
  expect((await h.gql("garbage", `{ health { ok } }`)).data?.health.ok).toBe(true);
});

it("makes an actor from a valid token", async () => {
  const token = await h.token(Role.STREET_ADMIN, h.unit("土主街道").id, "u-tuzhu-admin");
  const res = await h.gql(token, ME);
  expect(res.data?.me).toEqual({ id: "u-tuzhu-admin", role: "STREET_ADMIN", scope: { name: "土主街道" } });
});

it("takes the role from cognito:groups when custom:role is absent, as Cognito access tokens carry it", () => {
  const claims = claimsFrom({ sub: "r1", "cognito:groups": ["some-other-group", "RESIDENT"], "custom:org_id": "500106006001" });
  expect(claims).toEqual({ sub: "r1", role: Role.RESIDENT, orgId: "500106006001", name: undefined });
  expect(() => claimsFrom({ sub: "r1", "cognito:groups": ["admins"], "custom:org_id": "500106" })).toThrow(/no gridnet role/);
  expect(() => claimsFrom({ sub: "r1", "custom:role": "RESIDENT" })).toThrow(/scope unit/);
});

describe("refuses", () => {
  const cases: [string, () => Promise<string>, RegExp][] = [
    ["no token", async () => "", /Sign in/],
    ["a malformed token", async () => "not.a.jwt", /malformed/],
    ["an expired token", async () => h.signer.sign({ sub: "s", role: Role.RESIDENT, orgId: "500106" }, { expiresIn: now() - 3600, issuedAt: now() - 7200 }), /expired/],
    ["a token signed by another key", async () => selfSigned({ "custom:role": "DISTRICT_ADMIN", "custom:org_id": "500106" }), /signature/],
    ["a token from another issuer", async () => selfSigned({ "custom:role": "DISTRICT_ADMIN", "custom:org_id": "500106" }, { issuer: "https://evil.example" }), /./],
    ["a token without a role", async () => (await createDevSigner()).sign({ sub: "s", role: "NOBODY" as Role, orgId: "500106" }), /./],
    ["a token whose scope unit does not exist", async () => h.signer.sign({ sub: "s", role: Role.DISTRICT_ADMIN, orgId: "999999" }), /does not exist/],
    ["a token with the wrong role claim", async () => h.signer.sign({ sub: "s", role: "SUPERUSER" as Role, orgId: "500106" }), /no gridnet role/],
  ];
  it.each(cases)("%s with UNAUTHENTICATED", async (_name, make, message) => {
    const token = await make();
    const res = await h.gql(token || null, ME);
    expect(outcome(res)).toBe("UNAUTHENTICATED");
    expect(res.errors![0].message).toMatch(message);
    expect(res.data ?? null).toBeNull();
  });

  it("an Authorization header that is not a bearer token", async () => {
    const { createContext } = await import("../../api/context");
    const ctx = await createContext(h.db, h.auth, "Basic dXNlcjpwYXNz");
    expect(ctx.actor).toBeNull();
    expect(ctx.authError?.extensions.code).toBe("UNAUTHENTICATED");
  });
});

// ---- a token must end, and must name its role exactly ----

/** An issuer of our own whose keys the server trusts, so claims can be shaped freely. */
async function trustedIssuer() {
  const { privateKey, publicKey } = await generateKeyPair("RS256", { extractable: true });
  const auth = authConfigFromJwks(DEV_ISSUER, { keys: [{ ...(await exportJWK(publicKey)), kid: "k1", alg: "RS256" }] });
  const sign = (claims: Record<string, unknown>, expires: boolean) => {
    const jwt = new SignJWT(claims).setProtectedHeader({ alg: "RS256", kid: "k1" }).setIssuer(DEV_ISSUER).setSubject("u-district-admin").setIssuedAt();
    return (expires ? jwt.setExpirationTime("1h") : jwt).sign(privateKey);
  };
  const run = async (token: string) => {
    const contextValue = await createContext(h.db, auth, `Bearer ${token}`);
    const response = await h.server.executeOperation({ query: ME }, { contextValue });
    if (response.body.kind !== "single") throw new Error("unexpected incremental response");
    return response.body.singleResult as { data?: any; errors?: { message: string; extensions?: { code?: string } }[] };
  };
  return { sign, run };
}

describe("refuses tokens that would be good forever or name no known role", () => {
  const admin = { "custom:role": "DISTRICT_ADMIN", "custom:org_id": "500106" };
  const cases: [string, Record<string, unknown>, boolean, RegExp][] = [
    ["a token without exp", admin, false, /no exp claim/],
    ['custom:role "resident" (wrong case) beside a valid group', { ...admin, "custom:role": "resident", "cognito:groups": ["DISTRICT_ADMIN"] }, true, /custom:role/],
    ['custom:role "" beside a valid group', { ...admin, "custom:role": "", "cognito:groups": ["DISTRICT_ADMIN"] }, true, /custom:role/],
    ["custom:role that is not a string", { ...admin, "custom:role": ["DISTRICT_ADMIN"], "cognito:groups": ["DISTRICT_ADMIN"] }, true, /custom:role/],
  ];
  it.each(cases)("%s: UNAUTHENTICATED", async (_name, claims, expires, message) => {
    const issuer = await trustedIssuer();
    const res = await issuer.run(await issuer.sign(claims, expires));
    expect(res.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    expect(res.errors![0].message).toMatch(message);
    expect(res.data ?? null).toBeNull();
  });

  it("the same issuer's token with exp and a valid custom:role is accepted (the cases above fail for their claim alone)", async () => {
    const issuer = await trustedIssuer();
    const res = await issuer.run(await issuer.sign(admin, true));
    expect(res.data?.me).toMatchObject({ id: "u-district-admin", role: "DISTRICT_ADMIN" });
  });

  it("claimsFrom: a custom:role that is present decides, a group never stands in for it", () => {
    expect(() => claimsFrom({ sub: "r1", "custom:role": "resident", "cognito:groups": ["RESIDENT"], "custom:org_id": "500106006001" })).toThrow(/custom:role/);
    expect(claimsFrom({ sub: "r1", "custom:role": "RESIDENT", "cognito:groups": ["DISTRICT_ADMIN"], "custom:org_id": "500106006001" }).role).toBe(Role.RESIDENT);
  });
});
