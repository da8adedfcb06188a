// `npm start` as a person runs it: DynamoDB Local starts, the demo is seeded, the URL and
// tokens are printed, the printed community admin token lists its grids and is refused
// another street's — and Ctrl-C stops the server and the JVM together.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { freePort } from "../../api/local/dynamodb-local";

const root = join(__dirname, "..", "..");
let child: ChildProcess;
let output = "";
let data: string;

async function waitFor(pattern: RegExp, ms: number): Promise<RegExpMatchArray> {
  const deadline = Date.now() + ms;
  for (;;) {
    const match = output.match(pattern);
    if (match) return match;
    if (child.exitCode !== null) throw new Error(`npm start exited early:\n${output}`);
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${pattern}:\n${output}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

async function gql(url: string, token: string, query: string) {
  const res = await fetch(url, { method: "POST", headers: { "content-type": "application/json", authorization: `Bearer ${token}` }, body: JSON.stringify({ query }) });
  return (await res.json()) as { data?: any; errors?: { extensions: { code: string } }[] };
}

beforeAll(() => {
  data = mkdtempSync(join(tmpdir(), "gridnet-start-"));
});
afterAll(() => {
  if (child?.exitCode === null && child.pid) process.kill(-child.pid, "SIGKILL");
  rmSync(data, { recursive: true, force: true });
});

it("serves the seeded demo, prints tokens that work, and stops cleanly on Ctrl-C", async () => {
  const port = await freePort();
  // Its own process group, like a terminal's foreground job: Ctrl-C signals the whole group.
  child = spawn(join(root, "node_modules", ".bin", "tsx"), ["api/handlers/local.ts", "--data", data, "--port", String(port), "--issues", "10"], {
    cwd: root,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, GRIDNET_DYNAMODB_ENDPOINT: "", PORT: "" },
  });
  child.stdout!.on("data", (chunk) => (output += chunk));
  child.stderr!.on("data", (chunk) => (output += chunk));

  const [, url] = await waitFor(/gridnet is serving the Shapingba demo at (\S+)/, 240_000);
  expect(url).toBe(`http://127.0.0.1:${port}/graphql`);
  // The welcome ends with how to stop it; wait for all of it before reading the tokens.
  await waitFor(/stops the server and DynamoDB Local/, 15_000);
  const [, token] = await waitFor(/export TOKEN_FENGHUANGSHAN_ADMIN=(\S+)/, 0);
  for (const role of ["DISTRICT_ADMIN", "STREET_ADMIN", "COMMUNITY_ADMIN", "GRID_WORKER", "VOLUNTEER", "RESIDENT", "PARTNER"]) {
    expect(output).toContain(`# ${role}`);
  }

  // A browser opening the server gets the explorer, with the printed tokens to pick.
  expect(output).toContain(`Or open http://127.0.0.1:${port}/ in a browser`);
  const explorer = await fetch(url.replace(/graphql$/, ""), { headers: { accept: "text/html" } });
  expect(explorer.headers.get("content-type")).toContain("text/html");
  expect(await explorer.text()).toContain(token);

  const grids = await gql(url, token, "{ orgUnits(kind: GRID) { edges { node { name } } } }");
  expect(grids.data.orgUnits.edges.map((e: any) => e.node.name)).toEqual(["凤凰山社区第1网格", "凤凰山社区第2网格", "凤凰山社区第3网格", "凤凰山社区第4网格"]);
  const other = await gql(url, token, '{ orgUnits(kind: GRID, under: "500106017001") { edges { node { name } } } }');
  expect(other.errors?.[0].extensions.code).toBe("FORBIDDEN");
  const issues = await gql(url, token, "{ issues(first: 100) { edges { node { id } } } }");
  expect(issues.data.issues.edges.length).toBeGreaterThan(0);

  const endpoint = readFileSync(join(data, "endpoint"), "utf8").trim();
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  process.kill(-child.pid!, "SIGINT");
  expect(await exited).toBe(0);
  // The JVM went with it: its port no longer answers, and the endpoint note is gone.
  await expect(fetch(endpoint, { signal: AbortSignal.timeout(2000) })).rejects.toThrow();
  expect(existsSync(join(data, "endpoint"))).toBe(false);
}, 300_000);

it("without Java, stops at once with a message naming what to install", () => {
  // A PATH that holds node and nothing else: no java.
  const bin = join(data, "bin");
  mkdirSync(bin);
  symlinkSync(process.execPath, join(bin, "node"));
  const run = spawnSync(join(bin, "node"), [join(root, "node_modules", "tsx", "dist", "cli.mjs"), "api/handlers/local.ts", "--data", join(data, "nojava")], {
    cwd: root,
    env: { ...process.env, PATH: bin, GRIDNET_DYNAMODB_ENDPOINT: "" },
    encoding: "utf8",
    timeout: 60_000,
  });
  expect(run.status).toBe(1);
  expect(run.stderr).toMatch(/Java is required/);
  expect(run.stderr).toMatch(/openjdk-17-jre-headless/);
}, 70_000);
