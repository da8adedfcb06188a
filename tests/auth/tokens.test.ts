// Sign-in: only a well-formed, unexpired token signed by the trusted issuer's key, carrying a
// role and an existing scope unit, makes an actor. Everything else is UNAUTHENTICATED.
import { SignJWT, generateKeyPair } from "jose";
import { Role } from "../../api/auth/actor";
import { createDevSigner, DEV_ISSUER } from "../../api/auth/dev-signer";
import { claimsFrom } from "../../api/auth/verifier";
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
