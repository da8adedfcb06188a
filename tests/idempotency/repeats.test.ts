// Every mutation of the schema, repeated as a mini-program on a bad network repeats it
// (docs/idempotency.md): once after the first answer, and ten times at once. A repeat is
// answered exactly like the first attempt and writes nothing; a request that only looks like a
// repeat is refused and writes nothing either. Against DynamoDB Local, through the real server.
import { createHarness, outcome, type GqlResult, type Harness } from "../helpers/harness";
import { createWorld, SCENARIOS, type World } from "./scenarios";

let h: Harness;
let w: World;

beforeAll(async () => {
  h = await createHarness();
  w = await createWorld(h);
});
afterAll(() => h.close());

const cases = Object.values(SCENARIOS).flat();

/** The answer, with its code, so a failure shows what came back. */
const answer = (r: GqlResult) => ({ code: outcome(r), data: r.data });

describe.each(cases.map((c) => [c.name, c] as const))("%s", (_name, scenario) => {
  it("a repeat gets the first answer and writes nothing; look-alikes are refused and write nothing", async () => {
    const c = await scenario.setup(w);
    const before = await c.writes();
    const first = await c.send();
    expect(outcome(first)).toBe("OK");
    expect(await c.writes()).toBe(before + 1);
    const again = await c.send();
    expect(answer(again)).toEqual(answer(first));
    for (const impostor of c.impostors) {
      expect([impostor.what, outcome(await impostor.send())]).toEqual([impostor.what, impostor.code]);
    }
    expect(await c.writes()).toBe(before + 1);
    // Still a repeat after the look-alikes were refused.
    expect(answer(await c.send())).toEqual(answer(first));
  });

  it("ten at once: one write, ten equal answers", async () => {
    const c = await scenario.setup(w);
    const before = await c.writes();
    const results = await Promise.all(Array.from({ length: 10 }, () => c.send()));
    expect(results.map(outcome)).toEqual(Array(10).fill("OK"));
    for (const r of results.slice(1)) expect(answer(r)).toEqual(answer(results[0]));
    expect(await c.writes()).toBe(before + 1);
  });
});
