// Who may call gridnet. Either a Cognito user pool (AWS global regions) or an external OIDC
// issuer (China regions, where Cognito user pools are not offered — docs/deploy.md). The API
// verifies both with the same code path: an issuer, a JWKS URL and optional audiences.
import { Aws, Duration, Fn, RemovalPolicy, Validations } from "aws-cdk-lib";
import * as cognito from "aws-cdk-lib/aws-cognito";
import type * as logs from "aws-cdk-lib/aws-logs";
import { Construct } from "constructs";
import { resolve } from "node:path";
import type { ExternalIssuer, Partner } from "../config";
import { orgScopeName, RESOURCE_SERVER } from "../triggers/token-claims";
import { GridnetFunction } from "./function";

/** gridnet's roles, highest first; group precedence follows this order. */
export const ROLES = ["DISTRICT_ADMIN", "STREET_ADMIN", "COMMUNITY_ADMIN", "GRID_WORKER", "VOLUNTEER", "RESIDENT", "PARTNER"] as const;

export interface AuthSettings {
  readonly issuer: string;
  readonly jwksUrl: string;
  /** Comma-separated client ids; undefined: the API checks no audience. */
  readonly audience?: string;
}

export interface IdentityProps {
  readonly stage: string;
  readonly retain: boolean;
  readonly external?: ExternalIssuer;
  readonly partners: readonly Partner[];
  readonly callbackUrls: readonly string[];
  readonly domainPrefix?: string;
  readonly logRetention: logs.RetentionDays;
}

export class Identity extends Construct {
  readonly auth: AuthSettings;
  readonly userPool?: cognito.UserPool;
  readonly webClient?: cognito.UserPoolClient;
  readonly partnerClients: cognito.UserPoolClient[] = [];
  readonly domain?: cognito.UserPoolDomain;
  readonly tokenTrigger?: GridnetFunction;

  constructor(scope: Construct, id: string, props: IdentityProps) {
    super(scope, id);
    if (props.external) {
      this.auth = { ...props.external };
      return;
    }

    this.userPool = new cognito.UserPool(this, "Users", {
      // Essentials: needed for access-token customisation and the V3 (client-credentials) trigger.
      featurePlan: cognito.FeaturePlan.ESSENTIALS,
      // People are registered by their units (or by a token exchange for residents), never by
      // themselves: a self-registered account would have no verified role or unit.
      selfSignUpEnabled: false,
      signInAliases: { username: true, email: true },
      signInCaseSensitive: false,
      customAttributes: {
        // Mutable so an administrator can move a worker to another grid; no app client may write them.
        role: new cognito.StringAttribute({ minLen: 1, maxLen: 32, mutable: true }),
        org_id: new cognito.StringAttribute({ minLen: 1, maxLen: 128, mutable: true }),
      },
      passwordPolicy: {
        minLength: 12,
        requireLowercase: true,
        requireUppercase: true,
        requireDigits: true,
        requireSymbols: true,
        tempPasswordValidity: Duration.days(3),
      },
      mfa: cognito.Mfa.OPTIONAL,
      // TOTP only: SMS MFA needs an SNS role and is billed per message.
      mfaSecondFactor: { otp: true, sms: false },
      accountRecovery: cognito.AccountRecovery.EMAIL_ONLY,
      deletionProtection: props.retain,
      removalPolicy: props.retain ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
    });
    const pool = this.userPool;
    Validations.of(pool).acknowledge(
      {
        id: "AwsSolutions::AwsSolutions-COG2",
        reason:
          "MFA is OPTIONAL (TOTP) rather than REQUIRED: most accounts are residents and volunteers signing in from " +
          "WeChat mini-programs, where an authenticator app is not realistic and SMS MFA is billed per message. " +
          "Officer accounts enrol TOTP as an onboarding rule; per-role enforcement needs the Plus plan (see COG8).",
      },
      {
        id: "AwsSolutions::AwsSolutions-COG8",
        reason:
          "Essentials plan, not Plus: Plus (threat protection, adaptive MFA) costs ~$0.02 per monthly active user " +
          "with no free tier, which for a district with 300,000 volunteers is a budget decision for the district. " +
          "Essentials gives the access-token customisation and client-credentials trigger gridnet needs.",
      },
    );

    ROLES.forEach((role, precedence) => pool.addGroup(role, { groupName: role, precedence, description: `gridnet role ${role}` }));

    this.tokenTrigger = new GridnetFunction(this, "TokenClaims", {
      entry: resolve(__dirname, "..", "triggers", "token-claims.ts"),
      description: "gridnet: role and unit claims in Cognito access tokens (people and partners)",
      environment: {},
      // Pure computation on a small event; Cognito gives a trigger 5 s in all.
      memorySize: 256,
      timeout: Duration.seconds(3),
      logRetention: props.logRetention,
      retainLogs: props.retain,
    });
    pool.addTrigger(cognito.UserPoolOperation.PRE_TOKEN_GENERATION_CONFIG, this.tokenTrigger.fn, cognito.LambdaVersion.V3_0);

    const read = new cognito.ResourceServerScope({ scopeName: "read", scopeDescription: "Read aggregates and masked records" });
    const feed = new cognito.ResourceServerScope({ scopeName: "feed", scopeDescription: "Read the change feed" });
    const orgIds = [...new Set(props.partners.map((p) => p.orgId))];
    const orgScopes = new Map(orgIds.map((orgId) => [orgId, new cognito.ResourceServerScope({ scopeName: orgScopeName(orgId), scopeDescription: `Granted unit ${orgId}` })]));
    const server = pool.addResourceServer("Api", { identifier: RESOURCE_SERVER, scopes: [read, feed, ...orgScopes.values()] });

    const readable = new cognito.ClientAttributes()
      .withStandardAttributes({ email: true, emailVerified: true, fullname: true, phoneNumber: true, phoneNumberVerified: true, preferredUsername: true })
      .withCustomAttributes("role", "org_id");
    // The custom attributes are deliberately missing here: a user who could write
    // custom:role could make themselves DISTRICT_ADMIN.
    const writable = new cognito.ClientAttributes().withStandardAttributes({ fullname: true, phoneNumber: true, preferredUsername: true, email: true });

    const web = props.callbackUrls.length > 0;
    this.webClient = pool.addClient("Web", {
      userPoolClientName: "web-and-mini-program",
      // Public clients (browser, WeChat mini-program) cannot keep a secret.
      generateSecret: false,
      authFlows: { userSrp: true },
      ...(web
        ? {
            oAuth: {
              flows: { authorizationCodeGrant: true },
              scopes: [cognito.OAuthScope.OPENID, cognito.OAuthScope.EMAIL, cognito.OAuthScope.PROFILE],
              callbackUrls: [...props.callbackUrls],
            },
          }
        : { disableOAuth: true }),
      readAttributes: readable,
      writeAttributes: writable,
      preventUserExistenceErrors: true,
      enableTokenRevocation: true,
      accessTokenValidity: Duration.hours(1),
      idTokenValidity: Duration.hours(1),
      refreshTokenValidity: Duration.days(30),
    });

    for (const partner of props.partners) {
      const org = orgScopes.get(partner.orgId);
      if (!org) throw new Error(`no scope for partner ${partner.name}`);
      const client = pool.addClient(`Partner-${partner.name}`, {
        userPoolClientName: `partner-${partner.name}`,
        generateSecret: true,
        oAuth: {
          flows: { clientCredentials: true },
          scopes: [read, feed, org].map((scope) => cognito.OAuthScope.resourceServer(server, scope)),
        },
        // A token per hour per partner keeps M2M token requests (billed) low.
        accessTokenValidity: Duration.hours(1),
        preventUserExistenceErrors: true,
        enableTokenRevocation: true,
      });
      // No user sign-in through a partner's client (Cognito's default would allow SRP and custom
      // auth); it only mints machine tokens. Refresh must stay listed, Cognito requires it.
      (client.node.defaultChild as cognito.CfnUserPoolClient).explicitAuthFlows = ["ALLOW_REFRESH_TOKEN_AUTH"];
      this.partnerClients.push(client);
    }

    // The hosted domain serves /oauth2/token for partners and the login pages for the web client.
    this.domain = pool.addDomain("Domain", {
      cognitoDomain: { domainPrefix: props.domainPrefix ?? `gridnet-${props.stage}-${Aws.ACCOUNT_ID}` },
    });

    const issuer = pool.userPoolProviderUrl;
    const clients = [this.webClient, ...this.partnerClients].map((c) => c.userPoolClientId);
    this.auth = { issuer, jwksUrl: `${issuer}/.well-known/jwks.json`, audience: Fn.join(",", clients) };
  }
}
