// The explorer `npm start` serves, in a real browser: Debian's Chromium driven by
// playwright-core, with every request to anything but this machine aborted and counted. The
// page loads from the local server alone, a demo user is picked, a query runs with their token
// and its answer shows in the result pane. The page's tokens are guarded (loopback names only,
// no CORS header).
//
// Chromium is required, never skipped: .ci/run installs Debian's package when it is missing;
// elsewhere set CHROMIUM_PATH or install it (`apt-get install chromium`).
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { request, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { createContext } from "../../api/context";
import { createGraphQLHttpServer } from "../../api/handlers/http-server";
import { demoTokens, type DemoToken } from "../../api/local/demo-tokens";
import { buildExplorer } from "../../api/local/explorer/build";
import { explorerRoutes } from "../../api/local/explorer/page";
import { createHarness, type Harness } from "../helpers/harness";

const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
const LOCAL_HOSTS = new Set(["127.0.0.1", "localhost", "[::1]"]);

let h: Harness;
let http: Server;
let origin: string;
let tokens: DemoToken[];
let profile: string;
let browser: BrowserContext;
/** Every request the browser tried to send off this machine (all aborted). */
const offMachine: string[] = [];
const pageErrors: string[] = [];

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium is not at ${CHROMIUM}: install it (apt-get install chromium) or set CHROMIUM_PATH.`);
  h = await createHarness();
  tokens = await demoTokens(h.signer);
  const build = await buildExplorer(() => {});
  http = createGraphQLHttpServer({
    apollo: h.server,
    context: (req) => createContext(h.db, h.auth, req.headers.authorization),
    explorer: explorerRoutes(build, tokens),
  });
  await new Promise<void>((r) => http.listen(0, "127.0.0.1", () => r()));
  origin = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
  profile = mkdtempSync(join(tmpdir(), "gridnet-chromium-"));
  browser = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
  await browser.route("**/*", (route) => {
    const url = new URL(route.request().url());
    if (LOCAL_HOSTS.has(url.hostname)) return route.continue();
    offMachine.push(url.href);
    return route.abort("blockedbyclient");
  });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  if (profile) rmSync(profile, { recursive: true, force: true });
  if (http) await new Promise((r) => http.close(r));
  await h?.close();
});

async function openExplorer(): Promise<Page> {
  const page = await browser.newPage();
  page.on("pageerror", (error) => pageErrors.push(error.message));
  page.on("console", (message) => {
    if (message.type() === "error") pageErrors.push(message.text());
  });
  await page.goto(`${origin}/`);
  await page.waitForSelector(".graphiql-query-editor .CodeMirror", { timeout: 30_000 });
  return page;
}

/** Writes `query` into GraphiQL's query editor, runs it, and returns the result pane's text once it holds `expected`. */
async function run(page: Page, query: string, expected: string): Promise<string> {
  await page.locator(".graphiql-query-editor .CodeMirror").evaluate((editor: any, q) => editor.CodeMirror.setValue(q), query);
  await page.click(".graphiql-execute-button");
  await page.locator(".result-window", { hasText: expected }).waitFor({ timeout: 20_000 });
  return (await page.textContent(".result-window")) ?? "";
}

it("loads from this machine only, runs a query as the picked demo user and shows the answer", async () => {
  const page = await openExplorer();
  const offered = await page.$$eval("#demo-user option", (options) => options.map((o: any) => o.value as string));
  expect(offered).toEqual(["", ...tokens.map((t) => t.id)]);

  await page.selectOption("#demo-user", "u-fenghuangshan-admin");
  const answer = await run(page, "{ me { id role scope { name } } }", "COMMUNITY_ADMIN");
  expect(answer).toContain("u-fenghuangshan-admin");
  expect(answer).toContain("凤凰山社区");

  // Another user's token gives another answer; no token at all is refused.
  await page.selectOption("#demo-user", "u-district-admin");
  expect(await run(page, "{ me { id role } }", "DISTRICT_ADMIN")).toContain("u-district-admin");
  await page.selectOption("#demo-user", "");
  expect(await run(page, "{ me { id } }", "UNAUTHENTICATED")).not.toContain("u-district-admin");

  await page.close();
  expect(offMachine).toEqual([]);
  expect(pageErrors).toEqual([]);
}, 90_000);

it("keeps the picked user across a reload", async () => {
  const page = await openExplorer();
  await page.selectOption("#demo-user", "u-grid-worker");
  await page.reload();
  await page.waitForSelector(".graphiql-query-editor .CodeMirror");
  expect(await page.inputValue("#demo-user")).toBe("u-grid-worker");
  expect(await run(page, "{ me { role } }", "GRID_WORKER")).toContain("GRID_WORKER");
  await page.close();
  expect(offMachine).toEqual([]);
}, 60_000);

/** A raw GET, so the Host header can name something else than the address connected to. */
function get(path: string, headers: Record<string, string>): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(`${origin}${path}`, { headers }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (chunk) => (body += chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on("error", reject);
    req.end();
  });
}

it("offers tokens only to a page addressed to a loopback name, never to another origin", async () => {
  const local = await get("/", { accept: "text/html", host: "127.0.0.1" });
  expect(local.status).toBe(200);
  expect(local.body).toContain(tokens[0].token);
  expect(local.headers["access-control-allow-origin"]).toBeUndefined();
  expect(local.headers["content-security-policy"]).toContain("connect-src 'self'");

  // A page elsewhere whose own domain now resolves to 127.0.0.1 (DNS rebinding).
  const rebound = await get("/", { accept: "text/html", host: "attacker.example:4000" });
  expect(rebound.status).toBe(200);
  for (const t of tokens) expect(rebound.body).not.toContain(t.token);

  // The API itself still answers GET queries at the same addresses.
  const query = await get("/graphql?query=%7B%20me%20%7B%20role%20%7D%20%7D", { authorization: `Bearer ${tokens[0].token}` });
  expect(JSON.parse(query.body)).toEqual({ data: { me: { role: tokens[0].role } } });
});
