// Councils' and meetings' visibility rule and presentation without a database (docs/councils.md):
// partners see none; everyone else the councils of their unit, above it and (admins) beneath it;
// non-public meetings only those who run the council; names as written only for them.
import { Role, type Actor } from "../../api/auth/actor";
import type { CouncilRecord, MeetingRecord, TaskRecord } from "../../api/councils/council.codec";
import { CouncilKind, MeetingState, MemberRole } from "../../api/councils/council.enums";
import {
  canSeeCouncil,
  canSeeMeeting,
  meetingNames,
  membersPresent,
  presentCouncil,
  presentCount,
  presentMeeting,
  presentTask,
  runsCouncil,
} from "../../api/councils/council.view";
import { ENTITLED, audienceOf } from "../../api/privacy/audience";

const DISTRICT = "500106";
const STREET = `${DISTRICT}/500106017`;
const COMMUNITY = `${STREET}/500106017001`;
const GRID = `${COMMUNITY}/50010601700101`;
const OTHER_COMMUNITY = `${STREET}/500106017002`;

const actor = (role: Role, scopePath: string): Actor => ({ sub: `u-${role}`, role, orgId: scopePath.split("/").pop()!, scopePath });

const council = (fields: Partial<CouncilRecord> = {}): CouncilRecord =>
  ({
    id: "co_1",
    kind: CouncilKind.RESIDENT_COUNCIL,
    name: "光荣社区议事会",
    unitId: "500106017001",
    unitPath: COMMUNITY,
    unitIds: ["500106", "500106017", "500106017001"],
    placeId: null,
    members: [
      { id: "m1", role: MemberRole.COMMUNITY_STAFF, personId: "u-9", name: "王芳", organisation: null },
      { id: "m2", role: MemberRole.OWNER_REPRESENTATIVE, personId: null, name: "赵大爷", organisation: "业委会" },
    ],
    ...fields,
  }) as CouncilRecord;

const meeting = (fields: Partial<MeetingRecord> = {}): MeetingRecord =>
  ({
    id: "mt_1",
    councilId: "co_1",
    unitId: "500106017001",
    unitPath: COMMUNITY,
    unitIds: ["500106", "500106017", "500106017001"],
    title: "加装电梯议事（召集人周建国）",
    startsAt: "2026-03-10T02:00:00.000Z",
    place: "社区活动室，联系人孙丽",
    placeId: null,
    public: true,
    state: MeetingState.IN_SESSION,
    agenda: [{ id: "i1", order: 1, title: "电梯费用分摊", description: "业主钱多多提出方案", plannedMinutes: 30, linkedIssueIds: [], vote: null }],
    attendance: [
      { memberId: "m1", personId: "u-9", name: "王芳" },
      { memberId: null, personId: "u-20", name: "吴刚" },
      { memberId: "m2", personId: null, name: "赵大爷" },
    ],
    othersPresent: 4,
    decidedItemIds: [],
    report: "会议由马军记录",
    cancelReason: null,
    ...fields,
  }) as MeetingRecord;

describe("canSeeCouncil", () => {
  it("shows a council to readers whose scope holds its unit or lies beneath it", () => {
    for (const reader of [
      actor(Role.DISTRICT_ADMIN, DISTRICT),
      actor(Role.STREET_ADMIN, STREET),
      actor(Role.COMMUNITY_ADMIN, COMMUNITY),
      actor(Role.RESIDENT, COMMUNITY),
      actor(Role.GRID_WORKER, GRID),
    ]) {
      expect([reader.role, reader.scopePath, canSeeCouncil(reader, council())]).toEqual([reader.role, reader.scopePath, true]);
    }
  });

  it("hides it from a neighbouring unit and from partners anywhere", () => {
    expect(canSeeCouncil(actor(Role.COMMUNITY_ADMIN, OTHER_COMMUNITY), council())).toBe(false);
    expect(canSeeCouncil(actor(Role.RESIDENT, `${OTHER_COMMUNITY}/50010601700201`), council())).toBe(false);
    expect(canSeeCouncil(actor(Role.PARTNER, DISTRICT), council())).toBe(false);
    expect(canSeeCouncil(actor(Role.PARTNER, COMMUNITY), council())).toBe(false);
  });
});

describe("runsCouncil", () => {
  it("is true for admins whose scope holds the council's unit, and nobody else", () => {
    expect(runsCouncil(actor(Role.STREET_ADMIN, STREET), council())).toBe(true);
    expect(runsCouncil(actor(Role.COMMUNITY_ADMIN, COMMUNITY), council())).toBe(true);
    expect(runsCouncil(actor(Role.COMMUNITY_ADMIN, OTHER_COMMUNITY), council())).toBe(false);
    // Beneath the unit sees it, but does not run it.
    expect(runsCouncil(actor(Role.COMMUNITY_ADMIN, COMMUNITY), council({ unitPath: STREET }))).toBe(false);
    expect(runsCouncil(actor(Role.GRID_WORKER, COMMUNITY), council())).toBe(false);
    expect(runsCouncil(actor(Role.RESIDENT, COMMUNITY), council())).toBe(false);
  });
});

describe("canSeeMeeting", () => {
  it("shows a public meeting with its council", () => {
    expect(canSeeMeeting(actor(Role.RESIDENT, GRID), meeting())).toBe(true);
    expect(canSeeMeeting(actor(Role.RESIDENT, OTHER_COMMUNITY), meeting())).toBe(false);
    expect(canSeeMeeting(actor(Role.PARTNER, DISTRICT), meeting())).toBe(false);
  });

  it("shows a closed-door meeting only to those who run the council", () => {
    const closedDoor = meeting({ public: false });
    expect(canSeeMeeting(actor(Role.COMMUNITY_ADMIN, COMMUNITY), closedDoor)).toBe(true);
    expect(canSeeMeeting(actor(Role.RESIDENT, COMMUNITY), closedDoor)).toBe(false);
    expect(canSeeMeeting(actor(Role.COMMUNITY_ADMIN, `${COMMUNITY}/50010601700101`), closedDoor)).toBe(false);
  });
});

describe("presentCouncil", () => {
  it("gives those who run it the members as written", () => {
    const view = presentCouncil(actor(Role.COMMUNITY_ADMIN, COMMUNITY), council());
    expect(audienceOf(view)).toBe(ENTITLED);
    expect(view.members).toEqual(council().members);
  });

  it("gives everyone else no member accounts, and names redacted from the council's texts", async () => {
    const view = presentCouncil(actor(Role.RESIDENT, COMMUNITY), council());
    expect(view.members.map((m) => [m.id, m.personId, m.name])).toEqual([
      ["m1", null, "王芳"],
      ["m2", null, "赵大爷"],
    ]);
    expect(audienceOf(view)?.entitled).toBe(false);
    await expect(audienceOf(view)!.names()).resolves.toEqual(["王芳", "赵大爷"]);
  });

  it("leaves the stored council as it was", () => {
    const record = council();
    presentCouncil(actor(Role.RESIDENT, COMMUNITY), record);
    expect(record.members[0].personId).toBe("u-9");
  });
});

describe("presentTask", () => {
  const task = { issueId: "is_1", title: "张伟家楼道漏水" } as unknown as TaskRecord;

  it("is read as filed by those who run the council, masked by everyone else", () => {
    expect(audienceOf(presentTask(actor(Role.COMMUNITY_ADMIN, COMMUNITY), council(), task))).toBe(ENTITLED);
    expect(audienceOf(presentTask(actor(Role.RESIDENT, COMMUNITY), council(), task))?.entitled).toBe(false);
    expect(presentTask(actor(Role.RESIDENT, COMMUNITY), council(), task)).toMatchObject(task);
  });
});

describe("presentMeeting", () => {
  it("gives those who run the council the attendance by name, and the numbers", () => {
    const view = presentMeeting(actor(Role.STREET_ADMIN, STREET), meeting());
    expect(audienceOf(view)).toBe(ENTITLED);
    expect(view).toMatchObject({ runByViewer: true, presentCount: 7, membersPresent: 2, attendance: meeting().attendance });
  });

  it("gives everyone else the numbers only, and the names it knows to redact", async () => {
    const view = presentMeeting(actor(Role.RESIDENT, COMMUNITY), meeting());
    expect(view).toMatchObject({ runByViewer: false, presentCount: 7, membersPresent: 2, attendance: [], title: meeting().title });
    expect(audienceOf(view)?.entitled).toBe(false);
    await expect(audienceOf(view)!.names()).resolves.toEqual(meetingNames(meeting()));
  });

  it("counts the named attendees and the others, and the members among them", () => {
    expect(presentCount(meeting())).toBe(7);
    expect(presentCount(meeting({ attendance: [], othersPresent: 0 }))).toBe(0);
    expect(membersPresent(meeting())).toBe(2);
    expect(membersPresent(meeting({ attendance: [{ memberId: null, personId: "u-1", name: "吴刚" }] }))).toBe(0);
  });
});

describe("meetingNames", () => {
  it("are the attendees and every name the meeting's texts mark", () => {
    expect(meetingNames(meeting())).toEqual(["王芳", "吴刚", "赵大爷", "孙丽", "钱多多"]);
  });

  it("find names in the report, the cancel reason and every agenda item", () => {
    const names = meetingNames(
      meeting({
        title: "议事",
        place: "活动室",
        attendance: [],
        report: "联系人：刘强",
        cancelReason: "业主陈静反映停电",
        agenda: [
          { id: "i1", order: 1, title: "李叔叔的提议", description: "", plannedMinutes: 5, linkedIssueIds: [], vote: null },
          { id: "i2", order: 2, title: "二", description: "申请人周敏", plannedMinutes: 5, linkedIssueIds: [], vote: null },
        ],
      }),
    );
    expect([...names].sort()).toEqual(["刘强", "周敏", "李叔叔", "陈静"].sort());
  });
});
