// cdk-nag AwsSolutions over every variant of the stack: zero unacknowledged findings, and every
// acknowledgement carries a written reason (cdk-nag 3: a CDK validation plugin whose report,
// suppressions included, is written to <outdir>/validation-report.json).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { synth } from "./synth";

interface Report {
  pluginReports: {
    pluginName: string;
    conclusion: string;
    violations: { ruleName: string; violatingConstructs: { constructPath: string }[] }[];
    suppressedViolations?: { ruleName: string; reason?: string; acknowledgedAt?: string }[];
  }[];
}

const variants: [string, Record<string, unknown>, { account: string; region: string }?][] = [
  ["dev", {}],
  ["prod", { stage: "prod", corsOrigins: "https://console.example.gov.cn" }],
  [
    "China (external issuer, aws-cn)",
    { stage: "prod", authIssuer: "https://id.example.gov.cn", authJwksUrl: "https://id.example.gov.cn/jwks" },
    { account: "123456789012", region: "cn-north-1" },
  ],
  [
    "China with a custom domain",
    {
      stage: "prod",
      authIssuer: "https://id.example.gov.cn",
      authJwksUrl: "https://id.example.gov.cn/jwks",
      apiDomain: "gridnet.example.gov.cn",
      apiCertificateArn: "arn:aws-cn:acm:cn-northwest-1:123456789012:certificate/0f2c6a4e-1b2c-4d5e-8f90-123456789abc",
    },
    { account: "123456789012", region: "cn-northwest-1" },
  ],
  // Every variant carries the features' functions (api/features.ts); this one adds the alias.
  ["dev with provisioned concurrency", { provisionedConcurrency: 1 }],
];

describe.each(variants)("cdk-nag AwsSolutions: %s", (_name, context, env) => {
  const { app, outdir } = synth(context, env, true);
  let report: Report;

  beforeAll(() => {
    let failure: unknown;
    try {
      app.synth();
    } catch (error) {
      failure = error; // the report below says why
    }
    report = JSON.parse(readFileSync(join(outdir, "validation-report.json"), "utf8")) as Report;
    if (failure && report.pluginReports.every((p) => p.violations.length === 0)) throw failure;
  });

  test("the pack ran and found nothing unacknowledged", () => {
    const nag = report.pluginReports.find((p) => p.pluginName === "AwsSolutions");
    expect(nag).toBeDefined();
    const open = report.pluginReports.flatMap((p) => p.violations.map((v) => `${v.ruleName} at ${v.violatingConstructs.map((c) => c.constructPath).join(", ")}`));
    expect(open).toEqual([]);
    expect(nag!.conclusion).toBe("success");
  });

  test("every acknowledgement has a written reason", () => {
    const suppressed = report.pluginReports.flatMap((p) => p.suppressedViolations ?? []);
    expect(suppressed.length).toBeGreaterThan(0);
    for (const s of suppressed)
      expect({ rule: s.ruleName, at: s.acknowledgedAt, reasonLength: (s.reason ?? "").length > 80 }).toEqual({ rule: s.ruleName, at: s.acknowledgedAt, reasonLength: true });
  });
});
