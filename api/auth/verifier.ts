// One code path verifies every token, wherever it comes from: Amazon Cognito, a government
// identity platform (Cognito is not offered in AWS's China regions) or the local dev signer.
// All of them are OIDC issuers with a JWKS; only the key source differs.
import { createLocalJWKSet, createRemoteJWKSet, errors, jwtVerify, type JSONWebKeySet, type JWTPayload, type JWTVerifyGetKey } from "jose";
import { unauthenticated, type DomainError } from "../errors";
import { isRole, type Claims } from "./actor";

export interface AuthConfig {
  issuer: string;
  /** Accepted client ids (`aud` of ID tokens, `client_id` of access tokens); empty: any. */
  audience: readonly string[];
  keys: JWTVerifyGetKey;
}

export function authConfigFromJwks(issuer: string, jwks: JSONWebKeySet, audience: readonly string[] = []): AuthConfig {
  return { issuer, audience, keys: createLocalJWKSet(jwks) };
}

/** Lambda: GRIDNET_AUTH_ISSUER, GRIDNET_AUTH_JWKS_URL (default: the issuer's /.well-known/jwks.json), GRIDNET_AUTH_AUDIENCE. */
export function authConfigFromEnv(env: NodeJS.ProcessEnv = process.env): AuthConfig {
  const issuer = env.GRIDNET_AUTH_ISSUER;
  if (!issuer) throw new Error("GRIDNET_AUTH_ISSUER is not set: the token issuer gridnet trusts.");
  const jwksUrl = env.GRIDNET_AUTH_JWKS_URL || `${issuer.replace(/\/$/, "")}/.well-known/jwks.json`;
  const audience = (env.GRIDNET_AUTH_AUDIENCE ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  // jose caches the key set and refetches on an unknown `kid`, so key rotation needs no redeploy.
  return { issuer, audience, keys: createRemoteJWKSet(new URL(jwksUrl), { cooldownDuration: 60_000, cacheMaxAge: 3_600_000 }) };
}

const ALGORITHMS = ["RS256", "ES256"];

/** Verifies a bearer token and maps its claims; every failure is UNAUTHENTICATED with a reason. */
export async function verifyToken(token: string, config: AuthConfig): Promise<Claims> {
  let payload: JWTPayload;
  try {
    // A token without `exp` would be good forever: every token must say when it ends.
    ({ payload } = await jwtVerify(token, config.keys, { issuer: config.issuer, algorithms: ALGORITHMS, clockTolerance: 30, requiredClaims: ["exp"] }));
  } catch (error) {
    throw reasonFor(error);
  }
  if (config.audience.length > 0) {
    const aud = ([] as unknown[]).concat(payload.aud ?? [], payload.client_id ?? []);
    if (!aud.some((a) => typeof a === "string" && config.audience.includes(a))) {
      throw unauthenticated("The token was issued for another client.");
    }
  }
  return claimsFrom(payload);
}

/**
 * Cognito-shaped claims: role in `custom:role` or, only when that claim is absent (Cognito's
 * access tokens), in `cognito:groups`; scope in `custom:org_id`. A `custom:role` that is there
 * but names no gridnet role is refused, never replaced by a group: the issuer said which role
 * it meant, and it is not one gridnet knows.
 */
export function claimsFrom(payload: JWTPayload): Claims {
  const groups = Array.isArray(payload["cognito:groups"]) ? (payload["cognito:groups"] as unknown[]) : [];
  const claimed = payload["custom:role"];
  if (claimed !== undefined && !isRole(claimed)) throw unauthenticated("The token's custom:role is no gridnet role.");
  const role = claimed !== undefined ? claimed : groups.find(isRole);
  const orgId = payload["custom:org_id"];
  if (!payload.sub) throw unauthenticated("The token has no subject.");
  if (!role) throw unauthenticated("The token carries no gridnet role.");
  if (typeof orgId !== "string" || orgId.length === 0) throw unauthenticated("The token carries no scope unit (custom:org_id).");
  const name = typeof payload.name === "string" ? payload.name : undefined;
  return { sub: payload.sub, role, orgId, name };
}

function reasonFor(error: unknown): DomainError {
  if (error instanceof errors.JWTExpired) return unauthenticated("The token has expired. Sign in again.");
  if (error instanceof errors.JWSSignatureVerificationFailed || error instanceof errors.JWKSNoMatchingKey) {
    return unauthenticated("The token's signature is not valid.");
  }
  if (error instanceof errors.JWTClaimValidationFailed && error.reason === "missing") return unauthenticated(`The token has no ${error.claim} claim.`);
  if (error instanceof errors.JWTClaimValidationFailed) return unauthenticated(`The token's ${error.claim} claim is not accepted.`);
  return unauthenticated("The token is malformed.");
}

/** Extracts the token from an Authorization header; absent header → null. */
export function bearerToken(header: string | undefined | null): string | null {
  if (!header) return null;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  if (!match) throw unauthenticated("The Authorization header must be `Bearer <token>`.");
  return match[1];
}
