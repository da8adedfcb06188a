// The explorer `npm start` serves, in a real browser: Chromium driven by playwright-core,
// with every request to anything but this machine aborted and counted. The page loads from the
// local server alone, a demo user is picked, a query runs with their token and its answer shows
// in the result pane, its Chinese drawn in real glyphs. The page's tokens are guarded (loopback
// names only, no CORS header).
//
// The browser comes from npm: @sparticuz/chromium (a devDependency) ships a headless Chromium,
// brotli-compressed, with the few libraries and the fonts it needs; it is unpacked once into
// $TMPDIR/gridnet-sparticuz-chromium-<version>/ and reused. Its fonts have no Chinese, so the
// Noto Sans Hans faces of @embedpdf/fonts-sc (also a devDependency) are given to the browser
// through a fontconfig file of the test's own. Nothing comes from apt. CHROMIUM_PATH=/path/to/chromium
// uses another Chromium instead (with the same fonts). Never skipped. Version 153 is the newest
// published (playwright-core 1.65 is built for Chromium 159); it declares Node 22 in `engines`,
// so npm warns EBADENGINE on Node 20, but its code needs nothing Node 20 lacks.
import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { request, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { createContext } from "../../api/context";
import { createGraphQLHttpServer } from "../../api/handlers/http-server";
import { demoTokens, type DemoToken } from "../../api/local/demo-tokens";
import { buildExplorer } from "../../api/local/explorer/build";
import { explorerRoutes } from "../../api/local/explorer/page";
import { createHarness, type Harness } from "../helpers/harness";

/** The test's own switches; they win over @sparticuz/chromium's recommended ones of the same name. */
const FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];
/** Recommended for Lambda, but they loosen the very policies the page relies on (same-origin, mixed content): left out. */
const UNWANTED = new Set(["--disable-web-security", "--allow-running-insecure-content"]);
/** Noto Sans Hans (simplified Chinese), OTF files fontconfig reads. */
const CJK_FONTS = join(dirname(require.resolve("@embedpdf/fonts-sc")), "..", "fonts");
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

interface Launch {
  executablePath: string;
  args: string[];
  /** Font folders besides the Chinese ones. */
  fontDirs: string[];
  env: Record<string, string>;
}

const switchName = (flag: string) => flag.split("=")[0];

/**
 * @sparticuz/chromium's browser, unpacked into a folder of its version (by a plain node: the
 * package is an ES module, which jest's CommonJS runtime cannot load). The unpacking goes to a
 * fresh folder renamed into place when complete, so an interrupted one is never reused.
 */
async function packagedChromium(): Promise<Launch> {
  const entry = require.resolve("@sparticuz/chromium");
  const bin = join(dirname(entry), "..", "bin");
  const { version } = JSON.parse(readFileSync(join(dirname(entry), "..", "package.json"), "utf8")) as { version: string };
  const home = join(tmpdir(), `gridnet-sparticuz-chromium-${version}`);
  const unpacked = existsSync(home);
  const into = unpacked ? home : mkdtempSync(`${home}.partial-`);
  const script = `
    import { join } from "node:path";
    const [entry, bin] = process.argv.slice(1);
    const { default: chromium, inflate } = await import(entry);
    await chromium.executablePath(); // chromium, its fonts and SwiftShader, each unless already there
    await inflate(join(bin, "al2023.tar.br")); // libnss3 and friends, for machines without them
    process.stdout.write(JSON.stringify(chromium.args));
  `;
  const node = promisify(execFile)(process.execPath, ["--input-type=module", "-e", script, pathToFileURL(entry).href, bin], { env: { ...process.env, TMPDIR: into } });
  const { stdout } = await node.catch((error) => {
    if (!unpacked) rmSync(into, { recursive: true, force: true });
    throw error;
  });
  if (!unpacked) {
    try {
      renameSync(into, home);
    } catch (error) {
      rmSync(into, { recursive: true, force: true }); // another run got there first
      if (!existsSync(home)) throw error;
    }
  }
  const recommended = (JSON.parse(stdout) as string[]).filter((flag) => !UNWANTED.has(switchName(flag)));
  const ours = new Set(FLAGS.map(switchName));
  return {
    executablePath: join(home, "chromium"),
    args: [...FLAGS, ...recommended.filter((flag) => !ours.has(switchName(flag)))],
    fontDirs: [join(home, "fonts")],
    env: { LD_LIBRARY_PATH: [join(home, "al2023", "lib"), process.env.LD_LIBRARY_PATH].filter(Boolean).join(":") },
  };
}

async function browserToLaunch(): Promise<Launch> {
  const path = process.env.CHROMIUM_PATH;
  if (!path) return packagedChromium();
  if (!existsSync(path)) throw new Error(`CHROMIUM_PATH names ${path}, which does not exist; unset it to use @sparticuz/chromium.`);
  return { executablePath: path, args: FLAGS, fontDirs: [], env: {} };
}

/** A fontconfig file naming only fonts from node_modules, so the page draws the same everywhere. */
function fontConfig(folder: string, dirs: string[]): string {
  const xml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;");
  const file = join(folder, "fonts.conf");
  const lines = [...dirs, CJK_FONTS].map((dir) => `  <dir>${xml(dir)}</dir>`);
  writeFileSync(
    file,
    `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n${lines.join("\n")}\n  <cachedir>${xml(join(folder, "fontconfig-cache"))}</cachedir>\n</fontconfig>\n`,
  );
  return file;
}

beforeAll(async () => {
  const launch = await browserToLaunch();
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
    executablePath: launch.executablePath,
    headless: true,
    args: launch.args,
    env: { ...process.env, ...launch.env, FONTCONFIG_FILE: fontConfig(profile, launch.fontDirs) },
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

/**
 * Whether `text`, drawn on a canvas in the result pane's font, shows real glyphs: some ink, and not
 * the same pixels as as many private-use characters, which no font has (a font with a visible
 * missing-glyph box draws that box for both). A page without a Chinese font fails here.
 */
function drawsGlyphs(page: Page, text: string): Promise<boolean> {
  return page.evaluate((text) => {
    const doc = (globalThis as any).document;
    const font = `32px ${doc.defaultView.getComputedStyle(doc.querySelector(".result-window")).fontFamily}`;
    const draw = (s: string): number[] => {
      const canvas = doc.createElement("canvas");
      canvas.width = 64 * s.length;
      canvas.height = 48;
      const g = canvas.getContext("2d");
      g.font = font;
      g.fillText(s, 0, 36);
      return (Array.from(g.getImageData(0, 0, canvas.width, canvas.height).data) as number[]).filter((_, i) => i % 4 === 3);
    };
    const real = draw(text);
    const missing = draw("\uE000".repeat(text.length));
    return real.some((alpha) => alpha > 0) && real.some((alpha, i) => alpha !== missing[i]);
  }, text);
}

it("loads from this machine only, runs a query as the picked demo user and shows the answer", async () => {
  const page = await openExplorer();
  const offered = await page.$$eval("#demo-user option", (options) => options.map((o: any) => o.value as string));
  expect(offered).toEqual(["", ...tokens.map((t) => t.id)]);

  await page.selectOption("#demo-user", "u-fenghuangshan-admin");
  const answer = await run(page, "{ me { id role scope { name } } }", "COMMUNITY_ADMIN");
  expect(answer).toContain("u-fenghuangshan-admin");
  expect(answer).toContain("凤凰山社区");
  expect(await drawsGlyphs(page, "凤凰山社区")).toBe(true);

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
