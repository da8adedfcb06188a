// The Cognito token trigger puts gridnet's claims into access tokens: PARTNER and the granted
// unit for machine clients (from the scope the stack grants), the user's attributes for people.
import { handler, orgScopeName, type TokenGenerationEvent } from "../../infra/triggers/token-claims";

function event(triggerSource: string, request: TokenGenerationEvent["request"]): TokenGenerationEvent {
  return { triggerSource, request, response: { claimsAndScopeOverrideDetails: null } };
}

const accessClaims = (e: TokenGenerationEvent) => e.response.claimsAndScopeOverrideDetails?.accessTokenGeneration?.claimsToAddOrOverride;

test("a partner's machine token gets role PARTNER and the one unit its scope grants", async () => {
  const out = await handler(event("TokenGeneration_ClientCredentials", { scopes: ["gridnet/read", "gridnet/feed", `gridnet/${orgScopeName("500106")}`] }));
  expect(accessClaims(out)).toEqual({ "custom:role": "PARTNER", "custom:org_id": "500106" });
});

test("org ids that are not valid scope names survive the round trip", async () => {
  const orgId = "/500106/001 东";
  expect(orgScopeName(orgId)).toMatch(/^[\x21\x23-\x2E\x30-\x5B\x5D-\x7E]+$/);
  const out = await handler(event("TokenGeneration_ClientCredentials", { scopes: [`gridnet/${orgScopeName(orgId)}`] }));
  expect(accessClaims(out)?.["custom:org_id"]).toBe(orgId);
});

test("a machine client without exactly one unit gets no token", async () => {
  await expect(handler(event("TokenGeneration_ClientCredentials", { scopes: ["gridnet/read"] }))).rejects.toThrow(/exactly one/);
  await expect(handler(event("TokenGeneration_ClientCredentials", { scopes: [`gridnet/${orgScopeName("a")}`, `gridnet/${orgScopeName("b")}`] }))).rejects.toThrow(/exactly one/);
});

test("a person's access token carries their role and unit attributes, nothing else", async () => {
  const out = await handler(
    event("TokenGeneration_Authentication", { userAttributes: { sub: "u1", email: "a@b.cn", "custom:role": "GRID_WORKER", "custom:org_id": "50010600100301" } }),
  );
  expect(accessClaims(out)).toEqual({ "custom:role": "GRID_WORKER", "custom:org_id": "50010600100301" });
});

test("a person without the attributes gets no invented claims", async () => {
  const out = await handler(event("TokenGeneration_RefreshTokens", { userAttributes: { sub: "u1" } }));
  expect(accessClaims(out)).toEqual({});
});
