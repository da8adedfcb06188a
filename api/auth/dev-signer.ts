// The local stand-in for Cognito: its own RSA key pair, kept under .data/ so tokens survive a
// restart. Tokens carry the same claims Cognito's would, and the server verifies them through
// the same code path (verifier.ts) against this signer's JWKS.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { exportJWK, generateKeyPair, importJWK, SignJWT, type JSONWebKeySet, type JWK } from "jose";
import type { Claims } from "./actor";

export const DEV_ISSUER = "https://auth.gridnet.local/dev";

export interface DevSigner {
  readonly issuer: string;
  readonly jwks: JSONWebKeySet;
  sign(claims: Claims, options?: { expiresIn?: string | number; issuedAt?: number }): Promise<string>;
}

interface KeyFile {
  kid: string;
  privateJwk: JWK;
  publicJwk: JWK;
}

export async function createDevSigner(keyFile?: string): Promise<DevSigner> {
  const keys = keyFile && existsSync(keyFile) ? (JSON.parse(readFileSync(keyFile, "utf8")) as KeyFile) : await newKeys();
  if (keyFile && !existsSync(keyFile)) {
    mkdirSync(dirname(keyFile), { recursive: true });
    writeFileSync(keyFile, JSON.stringify(keys), { mode: 0o600 });
  }
  const privateKey = await importJWK(keys.privateJwk, "RS256");
  return {
    issuer: DEV_ISSUER,
    jwks: { keys: [{ ...keys.publicJwk, kid: keys.kid, alg: "RS256", use: "sig" }] },
    async sign(claims, options = {}) {
      const jwt = new SignJWT({
        "custom:role": claims.role,
        "custom:org_id": claims.orgId,
        "cognito:groups": [claims.role],
        token_use: "id",
        ...(claims.name ? { name: claims.name } : {}),
      })
        .setProtectedHeader({ alg: "RS256", kid: keys.kid })
        .setIssuer(DEV_ISSUER)
        .setSubject(claims.sub)
        .setAudience("gridnet-local");
      jwt.setIssuedAt(options.issuedAt);
      jwt.setExpirationTime(options.expiresIn ?? "12h");
      return jwt.sign(privateKey);
    },
  };
}

async function newKeys(): Promise<KeyFile> {
  const { privateKey, publicKey } = await generateKeyPair("RS256", { extractable: true });
  const kid = `dev-${Date.now().toString(36)}`;
  return { kid, privateJwk: await exportJWK(privateKey), publicJwk: await exportJWK(publicKey) };
}
