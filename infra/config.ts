// Everything that differs between deployments, read from CDK context (`-c key=value` or
// cdk.json) in one place so the stack itself stays a plain function of its props.
import type { App } from "aws-cdk-lib";

export type Stage = "dev" | "prod";

/** A deployment setting is missing or wrong: infra/app.ts prints the message alone, no stack trace. */
export class ConfigError extends Error {
  override readonly name = "ConfigError";
}

/** An identity provider that is not Cognito: a government platform or gridnet's own token exchange. */
export interface ExternalIssuer {
  readonly issuer: string;
  readonly jwksUrl: string;
  /** Comma-separated audiences (client ids) the API accepts; absent: any. */
  readonly audience?: string;
}

/** A data-sharing partner: one client-credentials app client, read-only, scoped to one unit. */
export interface Partner {
  /** Lower-case letters, digits and dashes; becomes the app client name. */
  readonly name: string;
  /** The org unit the partner may read (its `custom:org_id` claim). */
  readonly orgId: string;
}

/** A custom domain for the API: API Gateway serves it with this certificate. */
export interface ApiDomain {
  readonly name: string;
  readonly certificateArn: string;
}

export interface GridnetConfig {
  readonly stage: Stage;
  /** Absent: Cognito user pool. Present: no user pool, tokens from this issuer (China regions). */
  readonly externalIssuer?: ExternalIssuer;
  readonly partners: readonly Partner[];
  /** Browser origins allowed by CORS. */
  readonly corsOrigins: readonly string[];
  /** OAuth redirect URLs of the web console (authorization code + PKCE). */
  readonly callbackUrls: readonly string[];
  /** Cognito hosted domain prefix (token endpoint for partners); must be unique in the region. */
  readonly domainPrefix?: string;
  /** Caps the GraphQL function; also protects the rest of the account from a runaway. */
  readonly reservedConcurrency?: number;
  /** Pre-warmed instances (billed while idle); 0 or absent: none. */
  readonly provisionedConcurrency?: number;
  /**
   * A custom domain in front of the HTTP API (required in practice in China, where it must be
   * ICP-filed): the hostname and an ACM certificate for it in the stack's own region.
   */
  readonly apiDomain?: ApiDomain;
  /** Where alarms send mail; absent: the alarm topic has no subscriber yet. */
  readonly alarmEmail?: string;
}

function text(app: App, key: string): string | undefined {
  const value: unknown = app.node.tryGetContext(key);
  if (value === undefined || value === null || value === "") return undefined;
  return String(value);
}

function num(app: App, key: string): number | undefined {
  const value = text(app, key);
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new ConfigError(`context ${key} must be a whole number, got ${value}`);
  return n;
}

function list(app: App, key: string, fallback: string[]): string[] {
  const value: unknown = app.node.tryGetContext(key);
  if (value === undefined || value === null || value === "") return fallback;
  if (Array.isArray(value)) return value.map(String);
  return String(value)
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
}

function partners(app: App, stage: Stage): Partner[] {
  const value: unknown = app.node.tryGetContext("partners");
  // dev gets one demo partner reading the whole district, so the client-credentials flow can be
  // tried right after deploy; prod gets none until a grant is written down.
  if (value === undefined || value === null || value === "") return stage === "dev" ? [{ name: "demo-partner", orgId: "500106" }] : [];
  const parsed: unknown = typeof value === "string" ? JSON.parse(value) : value;
  if (!Array.isArray(parsed)) throw new ConfigError('context partners must be a JSON list like [{"name":"open-data","orgId":"500106"}]');
  return parsed.map((p: { name?: unknown; orgId?: unknown }) => {
    const name = String(p.name ?? "");
    const orgId = String(p.orgId ?? "");
    if (!/^[a-z0-9-]{1,40}$/.test(name)) throw new ConfigError(`partner name "${name}" must be 1-40 lower-case letters, digits or dashes`);
    // The org id travels as an OAuth scope name, which allows no "/" or spaces.
    if (!/^[A-Za-z0-9._:-]{1,60}$/.test(orgId)) throw new ConfigError(`partner ${name}: orgId "${orgId}" must be 1-60 of A-Z a-z 0-9 . _ : -`);
    return { name, orgId };
  });
}

export function readConfig(app: App): GridnetConfig {
  const stage = text(app, "stage") ?? "dev";
  if (stage !== "dev" && stage !== "prod") throw new ConfigError(`context stage must be dev or prod, got ${stage}`);
  const issuer = text(app, "authIssuer");
  const jwksUrl = text(app, "authJwksUrl");
  if (Boolean(issuer) !== Boolean(jwksUrl)) throw new ConfigError("context authIssuer and authJwksUrl go together");
  const domainName = text(app, "apiDomain");
  const certificateArn = text(app, "apiCertificateArn");
  if (Boolean(domainName) !== Boolean(certificateArn)) throw new ConfigError("context apiDomain and apiCertificateArn go together");
  if (domainName && !/^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/.test(domainName)) {
    throw new ConfigError(`context apiDomain must be a lower-case host name like api.example.gov.cn, got ${domainName.slice(0, 80)}`);
  }
  if (certificateArn && !/^arn:aws(-cn)?:acm:[a-z0-9-]+:\d{12}:certificate\/[A-Za-z0-9-]+$/.test(certificateArn)) {
    throw new ConfigError(`context apiCertificateArn must be an ACM certificate ARN, got ${certificateArn.slice(0, 120)}`);
  }
  const devOrigins = stage === "dev" ? ["http://localhost:3000", "http://localhost:5173"] : [];
  return {
    stage,
    externalIssuer: issuer && jwksUrl ? { issuer, jwksUrl, audience: text(app, "authAudience") } : undefined,
    partners: partners(app, stage),
    corsOrigins: list(app, "corsOrigins", devOrigins),
    callbackUrls: list(app, "callbackUrls", stage === "dev" ? ["http://localhost:3000/callback"] : []),
    domainPrefix: text(app, "domainPrefix"),
    reservedConcurrency: num(app, "reservedConcurrency"),
    provisionedConcurrency: num(app, "provisionedConcurrency"),
    apiDomain: domainName && certificateArn ? { name: domainName, certificateArn } : undefined,
    alarmEmail: text(app, "alarmEmail"),
  };
}

/**
 * The stack's environment: `-c account=… -c region=…`, else environment-agnostic. One exception:
 * when no region is given and the CLI's own region (CDK_DEFAULT_REGION, which the CLI sets from
 * AWS_REGION or the profile) is a China region, the stack is pinned to it — an agnostic template
 * deployed there would skip every China check in infra/china.ts.
 */
export function readEnvironment(app: App, env: NodeJS.ProcessEnv = process.env): { account?: string; region?: string } | undefined {
  const account = text(app, "account");
  const cliRegion = env.CDK_DEFAULT_REGION;
  const region = text(app, "region") ?? (cliRegion?.startsWith("cn-") ? cliRegion : undefined);
  return account || region ? { account, region } : undefined;
}
