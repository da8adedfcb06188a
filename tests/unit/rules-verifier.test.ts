// The token verifier without a server or a database: tokens signed here with jose against a
// local key set (and, for the Lambda's configuration, a key set served on a loopback port).
// Every refused token below is signed by a trusted key and differs from an accepted one in one
// claim or header only, so each case proves the one check that refuses it.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { SignJWT, createLocalJWKSet, exportJWK, generateKeyPair, jwtVerify, type JSONWebKeySet, type JWK, type JWTPayload } from "jose";
import { Role } from "../../api/auth/actor";
import { authConfigFromEnv, authConfigFromJwks, bearerToken, claimsFrom, verifyToken, type AuthConfig } from "../../api/auth/verifier";
import { DomainError } from "../../api/errors";

const ISSUER = "https://id.example.test/pool-1";
const CLAIMS = { sub: "u-1", "custom:role": "RESIDENT", "custom:org_id": "500106017001" };
const now = () => Math.floor(Date.now() / 1000);

type Key = { privateKey: Awaited<ReturnType<typeof generateKeyPair>>["privateKey"]; jwk: JWK };
let rsa: Key;
let ec: Key;
let rs512: Key;
let stranger: Key;
let jwks: JSONWebKeySet;
let config: AuthConfig;

async function key(alg: "RS256" | "RS512" | "ES256", kid: string): Promise<Key> {
  const { privateKey, publicKey } = await generateKeyPair(alg, { extractable: true });
  return { privateKey, jwk: { ...(await exportJWK(publicKey)), kid } };
}

beforeAll(async () => {
  rsa = await key("RS256", "rsa-1");
  ec = await key("ES256", "ec-1");
  rs512 = await key("RS512", "rsa-512");
  stranger = await key("RS256", "rsa-1");
  jwks = { keys: [rsa.jwk, ec.jwk, rs512.jwk] };
  config = authConfigFromJwks(ISSUER, jwks);
});

interface SignOptions {
  alg?: string;
  kid?: string;
  with?: Key;
  issuer?: string | null;
  exp?: number | null;
  nbf?: number;
}

/** A token as an issuer would sign it: trusted RSA key, ISSUER, one hour left — unless told otherwise. */
function sign(payload: JWTPayload, options: SignOptions = {}): Promise<string> {
  const signer = options.with ?? rsa;
  const jwt = new SignJWT(payload).setProtectedHeader({ alg: options.alg ?? "RS256", kid: options.kid ?? signer.jwk.kid }).setIssuedAt();
  if (options.issuer !== null) jwt.setIssuer(options.issuer ?? ISSUER);
  if (options.exp !== null) jwt.setExpirationTime(options.exp ?? now() + 3600);
  if (options.nbf !== undefined) jwt.setNotBefore(options.nbf);
  return jwt.sign(signer.privateKey);
}

/** The refusal `promise` ends in: UNAUTHENTICATED with its message. */
async function refusal(promise: Promise<unknown>): Promise<{ code: unknown; message: string }> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(DomainError);
    return { code: (error as DomainError).extensions.code, message: (error as DomainError).message };
  }
  throw new Error("the token was accepted");
}

describe("verifyToken", () => {
  it("accepts a trusted RS256 token and maps its claims", async () => {
    await expect(verifyToken(await sign({ ...CLAIMS, name: "李德文" }), config)).resolves.toEqual({ sub: "u-1", role: Role.RESIDENT, orgId: "500106017001", name: "李德文" });
  });

  it("accepts ES256, the other algorithm issuers use", async () => {
    await expect(verifyToken(await sign(CLAIMS, { alg: "ES256", with: ec }), config)).resolves.toMatchObject({ sub: "u-1" });
  });

  it("refuses any other algorithm, even with a trusted key", async () => {
    const token = await sign(CLAIMS, { alg: "RS512", with: rs512 });
    // The key and the token are good: jose itself accepts them when RS512 is allowed.
    await expect(jwtVerify(token, createLocalJWKSet(jwks), { issuer: ISSUER, algorithms: ["RS512"] })).resolves.toBeDefined();
    expect(await refusal(verifyToken(token, config))).toEqual({ code: "UNAUTHENTICATED", message: "The token is malformed." });
  });

  it("refuses what is not a token at all", async () => {
    expect(await refusal(verifyToken("not.a.jwt", config))).toEqual({ code: "UNAUTHENTICATED", message: "The token is malformed." });
  });

  it("refuses a token signed by another key under a trusted kid, and one whose kid is unknown", async () => {
    expect(await refusal(verifyToken(await sign(CLAIMS, { with: stranger }), config))).toEqual({ code: "UNAUTHENTICATED", message: "The token's signature is not valid." });
    expect((await refusal(verifyToken(await sign(CLAIMS, { kid: "rsa-9" }), config))).message).toBe("The token's signature is not valid.");
  });

  it("refuses an expired token beyond 30 seconds of clock skew, and accepts one within it", async () => {
    expect(await refusal(verifyToken(await sign(CLAIMS, { exp: now() - 40 }), config))).toEqual({ code: "UNAUTHENTICATED", message: "The token has expired. Sign in again." });
    await expect(verifyToken(await sign(CLAIMS, { exp: now() - 20 }), config)).resolves.toMatchObject({ sub: "u-1" });
  });

  it("refuses a token not valid yet beyond the same skew", async () => {
    expect((await refusal(verifyToken(await sign(CLAIMS, { nbf: now() + 40 }), config))).message).toBe("The token's nbf claim is not accepted.");
    await expect(verifyToken(await sign(CLAIMS, { nbf: now() + 20 }), config)).resolves.toMatchObject({ sub: "u-1" });
  });

  it("refuses a token that never expires", async () => {
    expect((await refusal(verifyToken(await sign(CLAIMS, { exp: null }), config))).message).toBe("The token has no exp claim.");
  });

  it("refuses a token from another issuer, and one that names none", async () => {
    expect((await refusal(verifyToken(await sign(CLAIMS, { issuer: "https://id.example.test/pool-2" }), config))).message).toBe("The token's iss claim is not accepted.");
    expect((await refusal(verifyToken(await sign(CLAIMS, { issuer: null }), config))).message).toBe("The token has no iss claim.");
  });

  it("maps the claims only after the signature holds: a signed token without a role is still refused", async () => {
    expect((await refusal(verifyToken(await sign({ sub: "u-1", "custom:org_id": "500106" }), config))).message).toBe("The token carries no gridnet role.");
  });

  describe("with accepted client ids", () => {
    const clients = () => authConfigFromJwks(ISSUER, jwks, ["web", "mini"]);

    it("accepts an ID token for one of them (aud, a string or a list) and an access token (client_id)", async () => {
      await expect(verifyToken(await sign({ ...CLAIMS, aud: "mini" }), clients())).resolves.toMatchObject({ sub: "u-1" });
      await expect(verifyToken(await sign({ ...CLAIMS, aud: ["other", "web"] }), clients())).resolves.toMatchObject({ sub: "u-1" });
      await expect(verifyToken(await sign({ ...CLAIMS, client_id: "web" }), clients())).resolves.toMatchObject({ sub: "u-1" });
      await expect(verifyToken(await sign({ ...CLAIMS, aud: "other", client_id: "mini" }), clients())).resolves.toMatchObject({ sub: "u-1" });
    });

    it("refuses a token for another client, or for none", async () => {
      for (const claims of [{ aud: "other" }, { client_id: "other" }, { aud: ["other"], client_id: "another" }, {}]) {
        expect([claims, await refusal(verifyToken(await sign({ ...CLAIMS, ...claims }), clients()))]).toEqual([
          claims,
          { code: "UNAUTHENTICATED", message: "The token was issued for another client." },
        ]);
      }
    });

    it("accepts any client, or none, when no client ids are configured", async () => {
      await expect(verifyToken(await sign(CLAIMS), config)).resolves.toMatchObject({ sub: "u-1" });
      await expect(verifyToken(await sign({ ...CLAIMS, aud: "anything" }), config)).resolves.toMatchObject({ sub: "u-1" });
    });
  });
});

describe("claimsFrom", () => {
  const scope = { sub: "u-1", "custom:org_id": "500106" };

  it("takes custom:role, and the name only when it is a string", () => {
    expect(claimsFrom({ ...scope, "custom:role": "STREET_ADMIN", name: "王芳" })).toEqual({ sub: "u-1", role: Role.STREET_ADMIN, orgId: "500106", name: "王芳" });
    expect(claimsFrom({ ...scope, "custom:role": "STREET_ADMIN", name: 42 })).toEqual({ sub: "u-1", role: Role.STREET_ADMIN, orgId: "500106", name: undefined });
  });

  it("prefers custom:role to the groups, and takes the first gridnet role among the groups only without it", () => {
    expect(claimsFrom({ ...scope, "custom:role": "VOLUNTEER", "cognito:groups": ["DISTRICT_ADMIN"] }).role).toBe(Role.VOLUNTEER);
    expect(claimsFrom({ ...scope, "cognito:groups": ["admins", "GRID_WORKER", "DISTRICT_ADMIN"] }).role).toBe(Role.GRID_WORKER);
  });

  it("refuses a custom:role that is no gridnet role, whatever the groups say", () => {
    for (const claimed of ["SUPERUSER", "", null, 3]) {
      expect(() => claimsFrom({ ...scope, "custom:role": claimed, "cognito:groups": ["DISTRICT_ADMIN"] })).toThrow("The token's custom:role is no gridnet role.");
    }
  });

  it("reads cognito:groups only as a list", () => {
    expect(() => claimsFrom({ ...scope, "cognito:groups": "DISTRICT_ADMIN" })).toThrow("The token carries no gridnet role.");
    expect(() => claimsFrom({ ...scope, "cognito:groups": [] })).toThrow("The token carries no gridnet role.");
    expect(() => claimsFrom(scope)).toThrow("The token carries no gridnet role.");
  });

  it("refuses a token without a subject", () => {
    expect(() => claimsFrom({ "custom:role": "RESIDENT", "custom:org_id": "500106" })).toThrow("The token has no subject.");
    expect(() => claimsFrom({ sub: "", "custom:role": "RESIDENT", "custom:org_id": "500106" })).toThrow("The token has no subject.");
  });

  it("refuses a scope that is not a non-empty string", () => {
    for (const orgId of [undefined, "", 500106, ["500106"]]) {
      expect(() => claimsFrom({ sub: "u-1", "custom:role": "RESIDENT", "custom:org_id": orgId })).toThrow("The token carries no scope unit (custom:org_id).");
    }
  });

  it("refuses with UNAUTHENTICATED", () => {
    try {
      claimsFrom({});
      throw new Error("accepted");
    } catch (error) {
      expect(error).toBeInstanceOf(DomainError);
      expect((error as DomainError).extensions.code).toBe("UNAUTHENTICATED");
    }
  });
});

describe("bearerToken", () => {
  it("is null without a header", () => {
    expect(bearerToken(undefined)).toBeNull();
    expect(bearerToken(null)).toBeNull();
    expect(bearerToken("")).toBeNull();
  });

  it("takes the token after Bearer, in any case, with any spacing around it", () => {
    expect(bearerToken("Bearer abc.def.ghi")).toBe("abc.def.ghi");
    expect(bearerToken("bearer abc")).toBe("abc");
    expect(bearerToken("BEARER \t abc  ")).toBe("abc");
    expect(bearerToken("Bearer a")).toBe("a");
  });

  it.each([["abc"], ["Basic dXNlcjpwYXNz"], ["Bearer"], ["Bearer "], ["Bearerabc"], ["xBearer abc"], [" Bearer abc"], ["Bearer abc def"], ["Bearer abc def "]])(
    "refuses %j",
    (header) => {
      expect(() => bearerToken(header)).toThrow("The Authorization header must be `Bearer <token>`.");
    },
  );
});

describe("authConfigFromEnv", () => {
  let server: Server;
  let base: string;
  let served: JSONWebKeySet;
  const requests: string[] = [];

  beforeAll(async () => {
    served = jwks;
    server = createServer((req, res) => {
      requests.push(req.url ?? "");
      if (req.url !== "/.well-known/jwks.json" && req.url !== "/keys/current") {
        res.writeHead(404).end();
        return;
      }
      res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(served));
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
  beforeEach(() => {
    requests.length = 0;
    served = jwks;
  });
  afterEach(() => jest.restoreAllMocks());

  it("needs the issuer", () => {
    expect(() => authConfigFromEnv({})).toThrow("GRIDNET_AUTH_ISSUER is not set: the token issuer gridnet trusts.");
    expect(() => authConfigFromEnv({ GRIDNET_AUTH_ISSUER: "" })).toThrow("GRIDNET_AUTH_ISSUER is not set");
  });

  it("fetches the keys from the issuer's /.well-known/jwks.json, with or without a trailing slash", async () => {
    for (const issuer of [`${base}/`, base]) {
      const env = authConfigFromEnv({ GRIDNET_AUTH_ISSUER: issuer });
      expect(env.issuer).toBe(issuer);
      await expect(verifyToken(await sign(CLAIMS, { issuer }), env)).resolves.toMatchObject({ sub: "u-1" });
    }
    expect(requests).toEqual(["/.well-known/jwks.json", "/.well-known/jwks.json"]);
  });

  it("fetches them from GRIDNET_AUTH_JWKS_URL when it is set", async () => {
    const env = authConfigFromEnv({ GRIDNET_AUTH_ISSUER: ISSUER, GRIDNET_AUTH_JWKS_URL: `${base}/keys/current` });
    await expect(verifyToken(await sign(CLAIMS), env)).resolves.toMatchObject({ sub: "u-1" });
    expect(requests).toEqual(["/keys/current"]);
  });

  it("reads the accepted client ids as a comma-separated list, blanks dropped, and none when unset", () => {
    expect(authConfigFromEnv({ GRIDNET_AUTH_ISSUER: ISSUER, GRIDNET_AUTH_AUDIENCE: " web , mini,, " }).audience).toEqual(["web", "mini"]);
    expect(authConfigFromEnv({ GRIDNET_AUTH_ISSUER: ISSUER, GRIDNET_AUTH_AUDIENCE: "" }).audience).toEqual([]);
    expect(authConfigFromEnv({ GRIDNET_AUTH_ISSUER: ISSUER }).audience).toEqual([]);
  });

  it("keeps the key set for an hour and asks again for an unknown kid at most once a minute", async () => {
    const issuer = base;
    const env = authConfigFromEnv({ GRIDNET_AUTH_ISSUER: issuer });
    const start = Date.now();
    const at = (ms: number) => jest.spyOn(Date, "now").mockReturnValue(start + ms);
    at(0);
    await verifyToken(await sign(CLAIMS, { issuer }), env);
    expect(requests).toHaveLength(1);

    // The issuer rotates to a new key; 45 s later a token under it is not recognised yet …
    const next = await key("RS256", "rsa-2");
    served = { keys: [next.jwk] };
    at(45_000);
    expect((await refusal(verifyToken(await sign(CLAIMS, { issuer, with: next }), env))).message).toBe("The token's signature is not valid.");
    expect(requests).toHaveLength(1);
    // … and the old key still is, 50 minutes on, from the cache.
    at(50 * 60_000);
    await expect(verifyToken(await sign(CLAIMS, { issuer }), env)).resolves.toMatchObject({ sub: "u-1" });
    expect(requests).toHaveLength(1);
    // After the hour the set is fetched again: the new key holds, the old one is gone.
    at(61 * 60_000);
    await expect(verifyToken(await sign(CLAIMS, { issuer, with: next }), env)).resolves.toMatchObject({ sub: "u-1" });
    expect(requests).toHaveLength(2);
    expect((await refusal(verifyToken(await sign(CLAIMS, { issuer }), env))).message).toBe("The token's signature is not valid.");
  });

  it("asks again for an unknown kid once the minute has passed", async () => {
    const issuer = base;
    const env = authConfigFromEnv({ GRIDNET_AUTH_ISSUER: issuer });
    const start = Date.now();
    jest.spyOn(Date, "now").mockReturnValue(start);
    await verifyToken(await sign(CLAIMS, { issuer }), env);
    const next = await key("RS256", "rsa-3");
    served = { keys: [rsa.jwk, next.jwk] };
    jest.spyOn(Date, "now").mockReturnValue(start + 61_000);
    await expect(verifyToken(await sign(CLAIMS, { issuer, with: next }), env)).resolves.toMatchObject({ sub: "u-1" });
    expect(requests).toHaveLength(2);
  });
});
