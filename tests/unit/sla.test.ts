// Deadlines from priority and category, and when an issue is overdue, without a database.
import { AttributeDatatype, IssuePriority } from "../../api/issues/issue.enums";
import type { CategoryRecord } from "../../api/issues/category.store";
import { deadline, isOverdue, slaHours } from "../../api/issues/sla";

const ASSIGNED_AT = new Date("2026-03-02T08:00:00.000Z");

const category = (sla: CategoryRecord["sla"]): CategoryRecord => ({
  code: "SAFETY_HAZARD",
  name: "安全隐患",
  group: "安全",
  description: "",
  keywords: [],
  defaultPriority: IssuePriority.HIGH,
  sla,
  attributes: [{ code: "hazard", datatype: AttributeDatatype.STRING, description: "", required: false, order: 1, values: [] }],
  active: true,
});

it.each([
  // Urgent within hours, ordinary within three days, low within a week.
  [IssuePriority.URGENT, "2026-03-02T10:00:00.000Z"],
  [IssuePriority.HIGH, "2026-03-03T08:00:00.000Z"],
  [IssuePriority.NORMAL, "2026-03-05T08:00:00.000Z"],
  [IssuePriority.LOW, "2026-03-09T08:00:00.000Z"],
])("without a category rule, %s is due at %s", (priority, due) => {
  expect(deadline(ASSIGNED_AT, priority, null)).toBe(due);
  expect(deadline(ASSIGNED_AT, priority, category([]))).toBe(due);
});

it("takes a category's hours for the priority it names, and the default for the others", () => {
  const hazard = category([
    { priority: IssuePriority.HIGH, hours: 12 },
    { priority: IssuePriority.LOW, hours: 36 },
  ]);
  expect(slaHours(IssuePriority.HIGH, hazard)).toBe(12);
  expect(deadline(ASSIGNED_AT, IssuePriority.HIGH, hazard)).toBe("2026-03-02T20:00:00.000Z");
  expect(deadline(ASSIGNED_AT, IssuePriority.LOW, hazard)).toBe("2026-03-03T20:00:00.000Z");
  expect(slaHours(IssuePriority.NORMAL, hazard)).toBe(72);
  expect(slaHours(IssuePriority.URGENT, hazard)).toBe(2);
});

describe("isOverdue", () => {
  const now = new Date("2026-03-05T08:00:00.000Z");

  it("is true for an open issue whose deadline has passed", () => {
    expect(isOverdue("2026-03-05T07:59:59.999Z", true, now)).toBe(true);
  });

  it("is false at the deadline itself and before it", () => {
    expect(isOverdue("2026-03-05T08:00:00.000Z", true, now)).toBe(false);
    expect(isOverdue("2026-03-06T00:00:00.000Z", true, now)).toBe(false);
  });

  it("is false for a finished issue or one without a deadline", () => {
    expect(isOverdue("2026-03-01T00:00:00.000Z", false, now)).toBe(false);
    expect(isOverdue(null, true, now)).toBe(false);
  });

  it("measures against the current time when not told otherwise", () => {
    expect(isOverdue("2000-01-01T00:00:00.000Z", true)).toBe(true);
    expect(isOverdue("2999-01-01T00:00:00.000Z", true)).toBe(false);
  });
});
