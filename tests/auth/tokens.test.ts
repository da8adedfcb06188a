// Sign-in: only a well-formed, unexpired token signed by the trusted issuer's key, carrying a
// role and an existing scope unit, makes an actor. Everything else is UNAUTHENTICATED, and each
// refusal below names the one check that caught it: every token there is signed by a key the
// server trusts (unless the case is about the key), so only its named flaw can refuse it.
import { SignJWT, exportJWK, generateKeyPair, importJWK } from "jose";
import { Role } from "../../api/auth/actor";
import { DEV_ISSUER } from "../../api/auth/dev-signer";
import { authConfigFromJwks, claimsFrom } from "../../api/auth/verifier";
import { createContext } from "../../api/context";
import { createHarness, outcome, type GqlResult, type Harness } from "../helpers/harness";

let h: Harness;
beforeAll(async () => {
  h = await createHarness({ demo: { gridsPerCommunity: 1, buildingsPerGrid: 0 } });
});
afterAll(() => h.close());

const ME = `{ me { id role scope { name } } }`;
const now = () => Math.floor(Date.now() / 1000);
const base64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");

/** A token signed by a key the server does not trust, under the trusted key's kid: the signature itself is what fails. */
async function signedByAnotherKey(claims: Record<string, unknown>) {
  const { privateKey } = await generateKeyPair("RS256");
  return new SignJWT(claims)
    .setProtectedHeader({ alg: "RS256", kid: h.signer.jwks.keys[0].kid })
    .setIssuer(DEV_ISSUER)
    .setSubject("intruder")
    .setIssuedAt()
    .setExpirationTime("1h")
    .sign(privateKey);
}

/** Asserts the refusal: UNAUTHENTICATED, no data, and the reason given. */
function expectRefused(res: GqlResult, message: RegExp) {
  expect(outcome(res)).toBe("UNAUTHENTICATED");
  expect(res.errors![0].message).toMatch(message);
  expect(res.data ?? null).toBeNull();
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

describe("refuses, through the harness's own signer and server", () => {
  const cases: [string, () => Promise<string>, RegExp][] = [
    ["no token", async () => "", /Sign in/],
    ["a malformed token", async () => "not.a.jwt", /malformed/],
    ["an expired token", async () => h.signer.sign({ sub: "s", role: Role.RESIDENT, orgId: "500106" }, { expiresIn: now() - 3600, issuedAt: now() - 7200 }), /expired/],
    ["a token signed by an untrusted key", async () => signedByAnotherKey({ "custom:role": "DISTRICT_ADMIN", "custom:org_id": "500106" }), /signature is not valid/],
    [
      "a trusted token whose payload was altered",
      async () => {
        const [header, , signature] = (await h.token(Role.RESIDENT, "500106", "s")).split(".");
        return [header, base64url({ sub: "s", "custom:role": "DISTRICT_ADMIN", "custom:org_id": "500106", iss: DEV_ISSUER, exp: now() + 3600 }), signature].join(".");
      },
      /signature is not valid/,
    ],
    ["a token without a role", async () => h.signer.sign({ sub: "s", role: undefined as unknown as Role, orgId: "500106" }), /carries no gridnet role/],
    ["a token whose scope unit does not exist", async () => h.signer.sign({ sub: "s", role: Role.DISTRICT_ADMIN, orgId: "999999" }), /does not exist/],
    [
      'a token with an unknown role (custom:role "SUPERUSER")',
      async () => h.signer.sign({ sub: "s", role: "SUPERUSER" as Role, orgId: "500106" }),
      /custom:role is no gridnet role/,
    ],
  ];
  it.each(cases)("%s with UNAUTHENTICATED", async (_name, make, message) => {
    const token = await make();
    expectRefused(await h.gql(token || null, ME), message);
  });

  it("an Authorization header that is not a bearer token", async () => {
    const ctx = await createContext(h.db, h.auth, "Basic dXNlcjpwYXNz");
    expect(ctx.actor).toBeNull();
    expect(ctx.authError?.extensions.code).toBe("UNAUTHENTICATED");
    expect(ctx.authError?.message).toMatch(/must be `Bearer <token>`/);
  });
});

// ---- tokens the server's key trusts, each wrong in exactly one way ----

const ADMIN = { "custom:role": "DISTRICT_ADMIN", "custom:org_id": "500106" };

interface Shape {
  /** The claims beside sub and the registered ones; ADMIN unless given. */
  claims?: Record<string, unknown>;
  /** The iss claim; DEV_ISSUER unless given, null: none. */
  iss?: string | null;
  /** The exp claim, seconds since the epoch; an hour from now unless given, null: none. */
  exp?: number | null;
  nbf?: number;
  /** The kid header; the trusted key's ("k1") unless given, null: none. */
  kid?: string | null;
  /** RS256 unless given; "none" makes an unsecured JWT (empty signature). */
  alg?: string;
}

/**
 * An issuer of our own whose key the server trusts, so claims and headers can be shaped freely.
 * Its JWKS entry names no `alg` (not every issuer's does), so it is the verifier's algorithm
 * allow-list, not the key set, that must refuse a token signed with another algorithm.
 */
async function trustedIssuer() {
  const { privateKey, publicKey } = await generateKeyPair("RS256", { extractable: true });
  const privateJwk = await exportJWK(privateKey);
  const jwks = { keys: [{ ...(await exportJWK(publicKey)), kid: "k1" }] };
  const sign = async (shape: Shape = {}) => {
    const alg = shape.alg ?? "RS256";
    const header = { alg, ...(shape.kid === null ? {} : { kid: shape.kid ?? "k1" }) };
    const payload: Record<string, unknown> = { ...(shape.claims ?? ADMIN), sub: "u-district-admin", iat: now() };
    if (shape.iss !== null) payload.iss = shape.iss ?? DEV_ISSUER;
    if (shape.exp !== null) payload.exp = shape.exp ?? now() + 3600;
    if (shape.nbf !== undefined) payload.nbf = shape.nbf;
    if (alg === "none") return `${base64url(header)}.${base64url(payload)}.`;
    return new SignJWT(payload).setProtectedHeader(header).sign(await importJWK(privateJwk, alg));
  };
  /** Runs ME through the real server as the bearer of `token`, against a server trusting this issuer (and, if given, only these client ids). */
  const run = async (token: string, audience: string[] = []) => {
    const contextValue = await createContext(h.db, authConfigFromJwks(DEV_ISSUER, jwks, audience), `Bearer ${token}`);
    const response = await h.server.executeOperation({ query: ME }, { contextValue });
    if (response.body.kind !== "single") throw new Error("unexpected incremental response");
    return response.body.singleResult as GqlResult<any>;
  };
  return { jwks, sign, run };
}

type Issuer = Awaited<ReturnType<typeof trustedIssuer>>;
const WEB = ["gridnet-web"];

describe("refuses a token signed by the trusted key for exactly the flaw it has", () => {
  let issuer: Issuer;
  beforeAll(async () => {
    issuer = await trustedIssuer();
  });

  const cases: { name: string; sign: (i: Issuer) => Promise<string>; audience?: string[]; message: RegExp }[] = [
    { name: "from another issuer (iss)", sign: (i) => i.sign({ iss: "https://evil.example" }), message: /The token's iss claim is not accepted/ },
    { name: "with no iss", sign: (i) => i.sign({ iss: null }), message: /The token has no iss claim/ },
    { name: "for another client (aud)", sign: (i) => i.sign({ claims: { ...ADMIN, aud: "gridnet-admin" } }), audience: WEB, message: /issued for another client/ },
    {
      name: "for another client (client_id of an access token)",
      sign: (i) => i.sign({ claims: { ...ADMIN, client_id: "gridnet-admin" } }),
      audience: WEB,
      message: /issued for another client/,
    },
    { name: "naming no client at all when the server expects one", sign: (i) => i.sign(), audience: WEB, message: /issued for another client/ },
    { name: "with no role claim at all", sign: (i) => i.sign({ claims: { "custom:org_id": "500106" } }), message: /The token carries no gridnet role/ },
    {
      name: 'with an unknown role (custom:role "SUPERUSER")',
      sign: (i) => i.sign({ claims: { ...ADMIN, "custom:role": "SUPERUSER" } }),
      message: /custom:role is no gridnet role/,
    },
    { name: "unsecured (alg none, empty signature)", sign: (i) => i.sign({ alg: "none", kid: null }), message: /The token is malformed/ },
    { name: "signed with an algorithm outside the allow-list (RS512)", sign: (i) => i.sign({ alg: "RS512" }), message: /The token is malformed/ },
    { name: "expired (beyond the 30 s tolerance)", sign: (i) => i.sign({ exp: now() - 60 }), message: /The token has expired/ },
    { name: "not yet valid (nbf beyond the 30 s tolerance)", sign: (i) => i.sign({ nbf: now() + 120 }), message: /The token's nbf claim is not accepted/ },
    { name: "without exp (good forever)", sign: (i) => i.sign({ exp: null }), message: /The token has no exp claim/ },
    // createLocalJWKSet matches a kid exactly: an unknown one finds no key (JWKSNoMatchingKey), though the only key signed it.
    { name: "with a kid that is not in the JWKS", sign: (i) => i.sign({ kid: "unknown" }), message: /The token's signature is not valid/ },
  ];
  it.each(cases)("$name: UNAUTHENTICATED", async ({ sign, audience, message }) => {
    expectRefused(await issuer.run(await sign(issuer), audience), message);
  });

  // The controls: the same issuer, the same shapes with the flaw taken away, are accepted, so the cases above fail for their flaw alone.
  const accepted: { name: string; sign: (i: Issuer) => Promise<string>; audience?: string[] }[] = [
    { name: "a plain token", sign: (i) => i.sign() },
    { name: "aud naming the expected client", sign: (i) => i.sign({ claims: { ...ADMIN, aud: "gridnet-web" } }), audience: WEB },
    { name: "aud naming it among others", sign: (i) => i.sign({ claims: { ...ADMIN, aud: ["gridnet-admin", "gridnet-web"] } }), audience: WEB },
    { name: "client_id naming the expected client", sign: (i) => i.sign({ claims: { ...ADMIN, client_id: "gridnet-web" } }), audience: WEB },
    { name: "the role from cognito:groups when custom:role is absent", sign: (i) => i.sign({ claims: { "cognito:groups": ["DISTRICT_ADMIN"], "custom:org_id": "500106" } }) },
    { name: "no kid (the JWKS's only key is used)", sign: (i) => i.sign({ kid: null }) },
    { name: "exp 10 s past (within the 30 s clock tolerance)", sign: (i) => i.sign({ exp: now() - 10 }) },
    { name: "nbf 10 s ahead (within the 30 s clock tolerance)", sign: (i) => i.sign({ nbf: now() + 10 }) },
  ];
  it.each(accepted)("accepts $name", async ({ sign, audience }) => {
    const res = await issuer.run(await sign(issuer), audience);
    expect(res.errors).toBeUndefined();
    expect(res.data?.me).toMatchObject({ id: "u-district-admin", role: "DISTRICT_ADMIN" });
  });

  it("leaves the reason on the context, where every rule that needs an actor finds it", async () => {
    const auth = authConfigFromJwks(DEV_ISSUER, issuer.jwks, WEB);
    const refused = await createContext(h.db, auth, `Bearer ${await issuer.sign({ claims: { ...ADMIN, aud: "gridnet-admin" } })}`);
    expect(refused.actor).toBeNull();
    expect(refused.authError?.extensions.code).toBe("UNAUTHENTICATED");
    expect(refused.authError?.message).toMatch(/issued for another client/);
    const admitted = await createContext(h.db, auth, `Bearer ${await issuer.sign({ claims: { ...ADMIN, aud: "gridnet-web" } })}`);
    expect(admitted.authError).toBeNull();
    expect(admitted.actor).toMatchObject({ sub: "u-district-admin", role: Role.DISTRICT_ADMIN, orgId: "500106" });
  });
});

// ---- a token must name its role exactly ----

describe("refuses a custom:role that names no known role, whatever the groups say", () => {
  const cases: [string, Record<string, unknown>][] = [
    ['custom:role "resident" (wrong case) beside a valid group', { ...ADMIN, "custom:role": "resident", "cognito:groups": ["DISTRICT_ADMIN"] }],
    ['custom:role "" beside a valid group', { ...ADMIN, "custom:role": "", "cognito:groups": ["DISTRICT_ADMIN"] }],
    ["custom:role that is not a string", { ...ADMIN, "custom:role": ["DISTRICT_ADMIN"], "cognito:groups": ["DISTRICT_ADMIN"] }],
  ];
  it.each(cases)("%s: UNAUTHENTICATED", async (_name, claims) => {
    const issuer = await trustedIssuer();
    expectRefused(await issuer.run(await issuer.sign({ claims })), /custom:role is no gridnet role/);
  });

  it("claimsFrom: a custom:role that is present decides, a group never stands in for it", () => {
    expect(() => claimsFrom({ sub: "r1", "custom:role": "resident", "cognito:groups": ["RESIDENT"], "custom:org_id": "500106006001" })).toThrow(/custom:role/);
    expect(claimsFrom({ sub: "r1", "custom:role": "RESIDENT", "cognito:groups": ["DISTRICT_ADMIN"], "custom:org_id": "500106006001" }).role).toBe(Role.RESIDENT);
  });
});
