// Records decoded field by field on the way out of the table, without a database: a good item
// comes back as exactly its record (keys and other attributes dropped), and an item with any
// field of the wrong type is refused as CorruptRecord naming that field's path.
import { CorruptRecord, arrayOf, bool, decode, int, nullable, num, object, oneOf, str, withDefault } from "../../api/store/codec";
import { decodeUnit, type OrgUnitRecord } from "../../api/org/org.codec";
import { decodePerson, type PersonRecord } from "../../api/people/person.codec";
import { decodeEvent, decodeIssue, type EventRecord, type IssueRecord } from "../../api/issues/issue.codec";
import { decodeNotification, type NotificationRecord } from "../../api/notifications/notification.codec";
// The kinds and subject types the features declare, as the API process has them loaded (the
// stream Lambda, loading no feature, checks a stored value by its shape only).
import "../../api/issues/issue.notices";
import "../../api/councils/meeting.notices";

/** The error `fn` throws, or a failure if it throws none. */
function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error("expected a throw");
}

function expectCorrupt(fn: () => unknown, path: string, what: string): void {
  const error = thrown(fn);
  expect(error).toBeInstanceOf(CorruptRecord);
  expect({ path: (error as CorruptRecord).path, message: (error as CorruptRecord).message.split(" is not ")[0] }).toEqual({ path, message: `${what}: ${path || "item"}` });
}

/** A value of another type than `good`: a string for an object, an object for anything else. */
const wrongFor = (good: unknown): unknown => (good && typeof good === "object" && !Array.isArray(good) ? "not an object" : { wrong: true });

/** Every top-level field of `record`, set in turn to a wrong type, is refused by its path. */
function eachFieldRefused(record: object, decoder: (item: unknown) => unknown, what: string): void {
  for (const [field, good] of Object.entries(record)) {
    expectCorrupt(() => decoder({ ...record, [field]: wrongFor(good) }), field, what);
  }
}

describe("the building blocks", () => {
  it.each([
    ["str", str, "text", 7],
    ["num", num, 1.5, "1.5"],
    ["int", int, 3, 3.5],
    ["bool", bool, false, "false"],
  ] as const)("%s accepts its type and refuses another", (_name, decoder, good, bad) => {
    expect((decoder as (v: unknown, p: string) => unknown)(good, "x")).toBe(good);
    expectCorrupt(() => (decoder as (v: unknown, p: string) => unknown)(bad, "x"), "x", "record");
  });

  it("refuses numbers that are not finite", () => {
    for (const bad of [Number.NaN, Number.POSITIVE_INFINITY]) expect(() => num(bad, "n")).toThrow(CorruptRecord);
  });

  it("reads absent and null as null through nullable, and only absent as the default through withDefault", () => {
    expect(nullable(str)(undefined, "a")).toBeNull();
    expect(nullable(str)(null, "a")).toBeNull();
    expect(withDefault(arrayOf(str), ["d"])(undefined, "a")).toEqual(["d"]);
    expectCorrupt(() => withDefault(arrayOf(str), [])(null, "a"), "a", "record");
  });

  it("accepts only the listed values, from a list or an enum object", () => {
    expect(oneOf(["A", "B"])("B", "k")).toBe("B");
    expectCorrupt(() => oneOf(["A", "B"])("C", "k"), "k", "record");
    expect(() => oneOf({ X: "x" })("X", "k")).toThrow("one of x");
  });

  it("names the index of a bad element and the key path of a bad nested field", () => {
    const shape = object({ a: object({ list: arrayOf(object({ n: int })) }) });
    expect(shape({ a: { list: [{ n: 1 }, { n: 2 }] } }, "")).toEqual({ a: { list: [{ n: 1 }, { n: 2 }] } });
    expectCorrupt(() => shape({ a: { list: [{ n: 1 }, { n: "2" }] } }, ""), "a.list[1].n", "record");
  });

  it("refuses a list, null or a scalar where an object belongs, and drops attributes the shape lacks", () => {
    for (const bad of [[], null, "x", 1]) expectCorrupt(() => object({ a: str })(bad, ""), "", "record");
    expect(object({ a: str })({ a: "1", pk: "P", sk: "S" }, "")).toEqual({ a: "1" });
  });

  it("names the entity when decoding an item, and lets other errors through unchanged", () => {
    expect(() => decode(object({ a: str }), {}, "Thing")).toThrow("Thing: a is not a string");
    expect(() => decode(object({ a: str }), [], "Thing")).toThrow("Thing: item is not an object");
    const boom = new TypeError("boom");
    const failing = () => {
      throw boom;
    };
    expect(thrown(() => decode(failing, {}, "Thing"))).toBe(boom);
  });
});

const UNIT: OrgUnitRecord = {
  id: "500106001001",
  kind: "GRID" as OrgUnitRecord["kind"],
  segment: "001",
  code: "500106001001",
  name: "凤凰山社区第1网格",
  parentId: "500106001",
  path: "500106/001/001",
  ancestorIds: ["500106", "500106001"],
  version: 3,
  partyBranch: { name: "第1网格党小组", secretary: "刘强", memberCount: 12 },
  workers: [{ id: "u-w1", name: "王芳", phone: "13812345678" }],
  createdAt: "2026-01-01T00:00:00.000Z",
  updatedAt: "2026-02-01T00:00:00.000Z",
};

describe("decodeUnit", () => {
  it("decodes a stored unit to exactly its record", () => {
    expect(decodeUnit({ pk: "UNIT#500106001001", sk: "UNIT", type: "OrgUnit", ...UNIT })).toEqual(UNIT);
  });

  it("reads a unit stored before workers were kept on it as having none", () => {
    const { workers: _workers, ...older } = UNIT;
    expect(decodeUnit({ ...older, partyBranch: null }).workers).toEqual([]);
  });

  it("refuses each field of the wrong type, and bad nested fields by their path", () => {
    eachFieldRefused(UNIT, decodeUnit, "OrgUnit");
    expectCorrupt(() => decodeUnit({ ...UNIT, kind: "VILLAGE_GROUP" }), "kind", "OrgUnit");
    expectCorrupt(() => decodeUnit({ ...UNIT, ancestorIds: ["500106", 500106001] }), "ancestorIds[1]", "OrgUnit");
    expectCorrupt(() => decodeUnit({ ...UNIT, partyBranch: { ...UNIT.partyBranch, memberCount: 12.5 } }), "partyBranch.memberCount", "OrgUnit");
    expectCorrupt(() => decodeUnit({ ...UNIT, workers: [{ id: "u-w1", name: "王芳", phone: 13812345678 }] }), "workers[0].phone", "OrgUnit");
  });
});

const PERSON: PersonRecord = { id: "u-resident", name: "张三", phone: "13912345678", role: "RESIDENT" as PersonRecord["role"], orgId: "500106001" };

describe("decodePerson", () => {
  it("decodes a stored person to exactly its record, absent optional fields as null", () => {
    expect(decodePerson({ pk: "PERSON#u-resident", sk: "PERSON", ...PERSON })).toEqual(PERSON);
    const { phone: _phone, orgId: _orgId, ...bare } = PERSON;
    expect(decodePerson(bare)).toEqual({ ...bare, phone: null, orgId: null });
  });

  it("refuses each field of the wrong type and a role that does not exist", () => {
    eachFieldRefused(PERSON, decodePerson, "Person");
    expectCorrupt(() => decodePerson({ ...PERSON, role: "MAYOR" }), "role", "Person");
  });
});

const ISSUE = {
  id: "01J0000000000000000000000A",
  title: "路灯不亮",
  description: "小区门口两盏路灯坏了",
  categoryCode: "FACILITY_STREETLIGHT",
  priority: "NORMAL",
  state: "RESOLVED",
  channel: "MINI_PROGRAM",
  location: { gridId: "500106001001", buildingId: "b-1", latitude: 29.5679, longitude: 106.4567, address: "百年世家" },
  locationUnitIds: ["500106", "500106001", "500106001001"],
  locationPath: "500106/001/001",
  mediaUrls: ["https://example.org/a.jpg"],
  attributes: [{ code: "lamp_count", values: ["2"] }],
  reporter: { kind: "RESIDENT", anonymous: false, personId: "u-resident", name: "张三", role: "RESIDENT" },
  handlingLevel: "COMMUNITY",
  handlingUnitId: "500106001",
  handlingPath: "500106/001",
  assignedUnitId: "500106001001",
  assigneeId: "u-w1",
  dueAt: "2026-03-05T08:00:00.000Z",
  overdueSupervisedFor: "2026-03-05T08:00:00.000Z",
  supervisionCount: 1,
  reworkCount: 0,
  returnCount: 0,
  satisfaction: 4,
  resolution: { outcome: "FIXED", note: "换了灯泡" },
  mergedIntoId: "01J0000000000000000000000B",
  rejectReason: "—",
  version: 6,
  createdAt: "2026-03-01T00:00:00.000Z",
  updatedAt: "2026-03-04T00:00:00.000Z",
  closedAt: "2026-03-04T00:00:00.000Z",
} as const satisfies Record<keyof IssueRecord, unknown>;

describe("decodeIssue", () => {
  it("decodes a stored issue to exactly its record", () => {
    expect(decodeIssue({ pk: `ISSUE#${ISSUE.id}`, sk: "ISSUE", type: "Issue", gsi1pk: "x", ...ISSUE })).toEqual(ISSUE);
  });

  it("refuses each field of the wrong type", () => {
    eachFieldRefused(ISSUE, decodeIssue, "Issue");
  });

  it.each([
    ["state", { state: "OPEN" }],
    ["location.latitude", { location: { ...ISSUE.location, latitude: "29.5679" } }],
    ["location.gridId", { location: { ...ISSUE.location, gridId: null } }],
    ["attributes[0].values[1]", { attributes: [{ code: "lamp_count", values: ["2", 3] }] }],
    ["reporter.anonymous", { reporter: { ...ISSUE.reporter, anonymous: "no" } }],
    ["reporter.role", { reporter: { ...ISSUE.reporter, role: "MAYOR" } }],
    ["resolution.outcome", { resolution: { outcome: "DONE", note: "" } }],
    ["satisfaction", { satisfaction: 4.5 }],
    ["version", { version: "6" }],
  ])("names %s when that nested field is wrong", (path, patch) => {
    expectCorrupt(() => decodeIssue({ ...ISSUE, ...patch }), path, "Issue");
  });
});

const EVENT = {
  issueId: ISSUE.id,
  version: 6,
  kind: "REWORKED",
  at: "2026-03-04T00:00:00.000Z",
  actorId: "u-resident",
  actorRole: "RESIDENT",
  fromState: "RESOLVED",
  toState: "ASSIGNED",
  note: "还是不亮",
  automatic: false,
  requestHash: "n4bQgYhMfWWaL-qgxVrQFaO_TxsrC5Is0V1sFbDdCNg",
} as const satisfies Record<keyof EventRecord, unknown>;

describe("decodeEvent", () => {
  it("decodes a stored event to exactly its record, and an automatic one without actor", () => {
    expect(decodeEvent({ pk: `ISSUE#${ISSUE.id}`, sk: "EV#0006", ...EVENT })).toEqual(EVENT);
    const automatic = { ...EVENT, kind: "SUPERVISED", actorId: null, actorRole: null, fromState: null, note: null, automatic: true, requestHash: null };
    expect(decodeEvent(automatic)).toEqual(automatic);
    // Events written before requests were digested have no hash: read as null (never a repeat).
    const { requestHash: _hash, ...older } = EVENT;
    expect(decodeEvent(older)).toEqual({ ...EVENT, requestHash: null });
  });

  it("refuses each field of the wrong type, and kinds and states that do not exist", () => {
    eachFieldRefused(EVENT, decodeEvent, "IssueEvent");
    expectCorrupt(() => decodeEvent({ ...EVENT, kind: "CLOSED_UNHAPPY" }), "kind", "IssueEvent");
    expectCorrupt(() => decodeEvent({ ...EVENT, toState: "DONE" }), "toState", "IssueEvent");
  });
});

const NOTE: NotificationRecord = {
  id: "01J0000000000000000000000C",
  recipient: "P:u-w1",
  kind: "ASSIGNED" as NotificationRecord["kind"],
  subject: { type: "ISSUE" as NotificationRecord["subject"]["type"], id: ISSUE.id },
  message: "新的派单：路灯不亮",
  createdAt: "2026-03-02T08:00:00.000Z",
  read: false,
};

describe("decodeNotification", () => {
  it("decodes a stored notification to exactly its record", () => {
    expect(decodeNotification({ pk: "NOTE#P:u-w1", sk: NOTE.id, type: "Notification", ...NOTE })).toEqual(NOTE);
  });

  it("reads a notification written before subjects, which named its issue directly, as about that issue", () => {
    const { subject: _subject, ...rest } = NOTE;
    const decoded = decodeNotification({ pk: "NOTE#P:u-w1", sk: NOTE.id, ...rest, issueId: ISSUE.id });
    expect(decoded).toEqual(NOTE);
    expect(decoded).not.toHaveProperty("issueId");
  });

  it("refuses each field of the wrong type, and a subject of a kind that does not exist", () => {
    eachFieldRefused(NOTE, decodeNotification, "Notification");
    expectCorrupt(() => decodeNotification({ ...NOTE, subject: { type: "VOLUNTEER_SHIFT", id: "m-1" } }), "subject.type", "Notification");
    expectCorrupt(() => decodeNotification({ ...NOTE, subject: undefined, issueId: 42 }), "issueId", "Notification");
    expectCorrupt(() => decodeNotification({ ...NOTE, subject: undefined }), "subject", "Notification");
  });
});
