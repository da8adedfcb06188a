// Cognito pre-token-generation trigger (event version V3): puts gridnet's claims into the
// tokens Cognito issues, so the API reads one shape whatever the flow.
//
// - Partners (client-credentials, machine to machine): there is no user and so no user
//   attributes. The role is always PARTNER; the org unit comes from the one `gridnet/org:<id>`
//   scope the stack allows that app client. Scopes are granted by the stack, never chosen by
//   the partner, so the claim is as trustworthy as the app client itself. No scope, no token.
// - People (SRP, hosted login, refresh): ID tokens already carry `custom:role` and
//   `custom:org_id`; this copies them into the access token too, so front ends can send either.
//
// No I/O, no SDK: it runs on every token Cognito issues and must stay fast and small.

export const RESOURCE_SERVER = "gridnet";
export const ORG_SCOPE_PREFIX = "org:";
const ROLE_CLAIM = "custom:role";
const ORG_CLAIM = "custom:org_id";

/** The scope name (without the resource server prefix) that grants one org unit. */
export function orgScopeName(orgId: string): string {
  // Scope names allow no "/" or spaces; percent-encoding keeps any org id reversible.
  return ORG_SCOPE_PREFIX + encodeURIComponent(orgId);
}

type Claims = Record<string, string>;

export interface TokenGenerationEvent {
  triggerSource: string;
  request: { userAttributes?: Record<string, string>; scopes?: string[] };
  response: {
    claimsAndScopeOverrideDetails?: {
      idTokenGeneration?: { claimsToAddOrOverride?: Claims };
      accessTokenGeneration?: { claimsToAddOrOverride?: Claims };
    } | null;
  };
}

function partnerClaims(scopes: string[]): Claims {
  const prefix = `${RESOURCE_SERVER}/${ORG_SCOPE_PREFIX}`;
  const orgs = scopes.filter((s) => s.startsWith(prefix)).map((s) => decodeURIComponent(s.slice(prefix.length)));
  if (orgs.length !== 1) {
    // Fail closed: a partner without exactly one granted unit gets no token at all.
    throw new Error(`partner client must be granted exactly one ${prefix}<id> scope, found ${orgs.length}`);
  }
  return { [ROLE_CLAIM]: "PARTNER", [ORG_CLAIM]: orgs[0] };
}

function personClaims(attributes: Record<string, string>): Claims {
  const claims: Claims = {};
  for (const name of [ROLE_CLAIM, ORG_CLAIM]) if (attributes[name]) claims[name] = attributes[name];
  return claims;
}

export async function handler<E extends TokenGenerationEvent>(event: E): Promise<E> {
  const m2m = event.triggerSource === "TokenGeneration_ClientCredentials";
  const claims = m2m ? partnerClaims(event.request.scopes ?? []) : personClaims(event.request.userAttributes ?? {});
  const details = event.response.claimsAndScopeOverrideDetails ?? {};
  event.response.claimsAndScopeOverrideDetails = {
    ...details,
    accessTokenGeneration: {
      ...details.accessTokenGeneration,
      claimsToAddOrOverride: { ...details.accessTokenGeneration?.claimsToAddOrOverride, ...claims },
    },
  };
  return event;
}
