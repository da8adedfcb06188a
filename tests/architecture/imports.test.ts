// The shape of the house, from the imports themselves (madge, type-only imports included):
// no circle anywhere in api/ or infra/; the platform names no feature; a feature imports only
// features before it in the list (through their index); infra/ loads no resolver.
import { readdirSync } from "node:fs";
import { join } from "node:path";
import madge from "madge";
import { FEATURES } from "../../api/features";

const ROOT = join(__dirname, "..", "..");
/** Where the platform lives: what every feature stands on. */
const PLATFORM = ["api/feature.ts", "api/context.ts", "api/auth/", "api/store/", "api/common/", "api/notifications/", "api/people/", "api/handlers/", "api/privacy/", "api/kit/"];
/** A feature folder is a folder of api/ that holds a <name>.module.ts. */
const FEATURE_FOLDERS = readdirSync(join(ROOT, "api"), { withFileTypes: true })
  .filter((d) => d.isDirectory() && readdirSync(join(ROOT, "api", d.name)).some((f) => f.endsWith(".module.ts")))
  .map((d) => d.name);

let graph: Record<string, string[]>;
let circles: string[][];

beforeAll(async () => {
  const result = await madge(["api", "infra"], { baseDir: ROOT, fileExtensions: ["ts"], tsConfig: join(ROOT, "tsconfig.json") });
  graph = result.obj();
  circles = result.circular();
}, 60_000);

const folderOf = (file: string) => file.split("/")[1];
const isPlatform = (file: string) => PLATFORM.some((p) => file === p || file.startsWith(p));

it("finds every feature folder and the whole of api/", () => {
  expect(FEATURE_FOLDERS.sort()).toEqual(["councils", "issues", "mediation", "notices", "org", "places", "volunteers"]);
  expect(Object.keys(graph).filter(isPlatform).length).toBeGreaterThan(40);
});

it("has no import circle in api/ or infra/, type-only imports included", () => {
  expect(circles).toEqual([]);
});

it("keeps the platform free of features: no platform file imports a feature folder or the feature list", () => {
  const named = Object.entries(graph)
    .filter(([file]) => isPlatform(file))
    .flatMap(([file, deps]) => deps.filter((d) => FEATURE_FOLDERS.includes(folderOf(d)) || d === "api/features.ts").map((d) => `${file} → ${d}`));
  expect(named).toEqual([]);
});

it("lets a feature import only features before it in the list, and only through their index", () => {
  const order = FEATURES.map((f) => f.name);
  const wrong = Object.entries(graph)
    .filter(([file]) => FEATURE_FOLDERS.includes(folderOf(file)))
    .flatMap(([file, deps]) =>
      deps
        .filter((d) => FEATURE_FOLDERS.includes(folderOf(d)) && folderOf(d) !== folderOf(file))
        .filter((d) => d !== `api/${folderOf(d)}/index.ts` || order.indexOf(folderOf(d)) > order.indexOf(folderOf(file)))
        .map((d) => `${file} → ${d}`),
    );
  expect(wrong).toEqual([]);
});

it("lets infra/ load no resolver: the stack reads the features' data-only manifests", () => {
  const reached = new Set<string>();
  const visit = (file: string) => {
    if (reached.has(file)) return;
    reached.add(file);
    for (const dep of graph[file] ?? []) visit(dep);
  };
  for (const file of Object.keys(graph).filter((f) => f.startsWith("infra/"))) visit(file);
  expect([...reached].filter((f) => f.endsWith(".resolver.ts") || f.endsWith(".module.ts") || f === "api/features.ts")).toEqual([]);
});
