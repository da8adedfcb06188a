// The README's walk through councils and service places is docs/walks/councils.sh: this runs
// that very script (bash, curl, node) against a real server over HTTP, and checks that every
// GraphQL document the README shows is one the script sends — so neither can rot unseen.
import { startStandaloneServer } from "@apollo/server/standalone";
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Role } from "../../api/auth/actor";
import { createContext } from "../../api/context";
import { createApolloServer } from "../../api/server";
import { createHarness, type Harness } from "../helpers/harness";

const ROOT = join(__dirname, "../..");
const SCRIPT = join(ROOT, "docs/walks/councils.sh");

let h: Harness;
let url: string;
let stop: () => Promise<void>;

beforeAll(async () => {
  h = await createHarness({ demo: { gridsPerCommunity: 2, buildingsPerGrid: 0 } });
  const server = createApolloServer({ requestLog: false });
  ({ url } = await startStandaloneServer(server, { listen: { port: 0, host: "127.0.0.1" }, context: ({ req }) => createContext(h.db, h.auth, req.headers.authorization) }));
  stop = () => server.stop();
});
afterAll(async () => {
  await stop();
  await h.close();
});

function run(env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn("bash", [SCRIPT], { cwd: ROOT, env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

/** The GraphQL documents the script sends: the single-quoted second argument of every `gql` call. */
function scriptDocuments(): string[] {
  return [...readFileSync(SCRIPT, "utf8").matchAll(/^\s*(?:\w+=\$\()?gql "\$\w+" '([^']+)'/gm)].map((m) => m[1]);
}

it("the script's 光荣社区 is the demo's", () => {
  expect(readFileSync(SCRIPT, "utf8")).toContain(`GUANGRONG=\${GUANGRONG:-${h.unit("光荣社区").id}}`);
});

it("every GraphQL document of the walk appears in the README's walk section, and every one there is the script's", () => {
  const readme = readFileSync(join(ROOT, "README.md"), "utf8");
  const start = readme.indexOf("## Councils and service places: a walk");
  expect(start).toBeGreaterThan(0);
  const section = readme.slice(start, readme.indexOf("\n## ", start + 1));
  const documents = scriptDocuments();
  expect(documents.length).toBeGreaterThanOrEqual(10);
  for (const doc of documents) expect(section).toContain(doc);
  const shown = [...section.matchAll(/gql "\$\w+" '([^']+)'/g)].map((m) => m[1]);
  for (const doc of shown) expect(documents).toContain(doc);
});

it("runs end to end: a meeting scheduled, opened, voted by show of hands, its item filed as tracked issues, closed; the council's progress; places and timetable near a resident", async () => {
  const guangrong = h.unit("光荣社区").id;
  const admin = await h.token(Role.COMMUNITY_ADMIN, guangrong, "u-guangrong-admin");
  const resident = await h.token(Role.RESIDENT, h.unit("凤凰山社区").id, "u-resident");
  const { code, stdout, stderr } = await run({ API: url, TOKEN_GUANGRONG_ADMIN: admin, TOKEN_RESIDENT: resident, RUN: `test-${Date.now()}` });
  expect({ code, stderr }).toEqual({ code: 0, stderr: "" });

  const answers = stdout
    .trim()
    .split("\n")
    .map((line) => JSON.parse(line).data);
  const find = (field: string) => [...answers].reverse().find((a) => a && field in a)?.[field]; // the last answer of that field
  expect(find("scheduleMeeting").state).toBe("SCHEDULED");
  expect(find("openMeeting").state).toBe("IN_SESSION");
  expect(find("recordAttendance")).toEqual({ presentCount: 27, membersPresent: 7 });
  expect(find("recordShowOfHands").agenda[0].vote).toMatchObject({ for: 24, against: 2, abstain: 1, present: 27, quorumRequired: 4, outcome: "ADOPTED" });
  const issues = find("createResolutionIssues").issues;
  expect(issues.map((i: { channel: string }) => i.channel)).toEqual(["COUNCIL", "COUNCIL"]);
  expect(find("closeMeeting").state).toBe("CLOSED");

  const council = find("council");
  expect(council.name).toBe("光荣社区议事会");
  expect(council.progress.open).toBe(2);
  expect(council.tasks.edges.map((e: { node: { title: string } }) => e.node.title).sort()).toEqual(["整治公共下水道渗漏", "更换小区路灯"].sort());

  const near = find("placesNear").edges.map((e: { node: { distanceMetres: number; place: { name: string } } }) => e.node);
  expect(near[0]).toMatchObject({ distanceMetres: 0, place: { name: "凤凰山社区和顺茶馆" } });
  expect(near.map((n: { distanceMetres: number }) => n.distanceMetres)).toEqual([...near.map((n: { distanceMetres: number }) => n.distanceMetres)].sort((a, b) => a - b));
  const week = find("timetableNear");
  expect(week.days).toHaveLength(1);
  expect(week.days[0].weekday).toBe("WEDNESDAY");
  expect(week.days[0].sessions.length).toBeGreaterThan(0);
}, 60_000);
