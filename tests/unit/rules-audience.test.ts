// Audiences, the tags a presentation puts on the copy it answers so the masking layer knows
// whether the reader is entitled to the object's personal data; without a server.
import { ENTITLED, audience, audienceOf, maskedAudience, readAs, tagged } from "../../api/privacy/audience";

describe("ENTITLED", () => {
  it("reads as written and has no names to redact", async () => {
    expect(ENTITLED.entitled).toBe(true);
    await expect(ENTITLED.names()).resolves.toEqual([]);
  });

  it("cannot be turned into a masked audience by whoever holds it", () => {
    expect(Object.isFrozen(ENTITLED)).toBe(true);
  });
});

describe("maskedAudience", () => {
  it("is not entitled, and has no names to redact unless told", async () => {
    const reader = maskedAudience();
    expect(reader.entitled).toBe(false);
    await expect(reader.names()).resolves.toEqual([]);
  });

  it("asks for the names only when a field needs them, and only once", async () => {
    const names = jest.fn(() => ["张伟", "李德文"]);
    const reader = maskedAudience(names);
    expect(names).not.toHaveBeenCalled();
    await expect(reader.names()).resolves.toEqual(["张伟", "李德文"]);
    await expect(reader.names()).resolves.toEqual(["张伟", "李德文"]);
    expect(names).toHaveBeenCalledTimes(1);
  });

  it("takes names computed asynchronously, and asks once even when asked twice at the same time", async () => {
    const names = jest.fn(async () => ["王芳"]);
    const reader = maskedAudience(names);
    await expect(Promise.all([reader.names(), reader.names()])).resolves.toEqual([["王芳"], ["王芳"]]);
    expect(names).toHaveBeenCalledTimes(1);
  });

  it("gives each audience its own names", async () => {
    const a = maskedAudience(() => ["甲乙"]);
    const b = maskedAudience(() => ["丙丁"]);
    await expect(a.names()).resolves.toEqual(["甲乙"]);
    await expect(b.names()).resolves.toEqual(["丙丁"]);
  });
});

describe("audience", () => {
  it("is ENTITLED for an entitled reader, whatever names it is given", async () => {
    expect(audience(true)).toBe(ENTITLED);
    expect(audience(true, () => ["张伟"])).toBe(ENTITLED);
  });

  it("is masked with the names given for any other reader", async () => {
    const reader = audience(false, () => ["张伟"]);
    expect(reader.entitled).toBe(false);
    await expect(reader.names()).resolves.toEqual(["张伟"]);
    await expect(audience(false).names()).resolves.toEqual([]);
  });
});

describe("tagged, audienceOf and readAs", () => {
  it("tags a copy and leaves the record itself untouched", () => {
    const record = { id: "is_1", title: "楼道灯坏了" };
    const copy = tagged(record, ENTITLED);
    expect(copy).not.toBe(record);
    expect(copy).toMatchObject(record);
    expect(audienceOf(copy)).toBe(ENTITLED);
    expect(audienceOf(record)).toBeUndefined();
    expect(Object.keys(copy)).toEqual(["id", "title"]);
  });

  it("finds no audience on what is not a tagged object", () => {
    for (const value of [null, undefined, "text", 3, true, {}, []]) expect(audienceOf(value)).toBeUndefined();
  });

  it("re-tags a copy: the newest tag wins", () => {
    const masked = maskedAudience();
    expect(audienceOf(tagged(tagged({ id: "x" }, ENTITLED), masked))).toBe(masked);
  });

  it("reads a wrapper as the object it wraps is read", () => {
    const masked = maskedAudience();
    expect(audienceOf(readAs({ node: 1 }, tagged({ id: "x" }, ENTITLED)))).toBe(ENTITLED);
    expect(audienceOf(readAs({ node: 1 }, tagged({ id: "x" }, masked)))).toBe(masked);
  });

  it("masks a wrapper around an object nobody tagged", async () => {
    for (const wrapped of [{ id: "x" }, null, undefined]) {
      const reader = audienceOf(readAs({ node: 1 }, wrapped));
      expect(reader?.entitled).toBe(false);
      await expect(reader?.names()).resolves.toEqual([]);
    }
  });
});
