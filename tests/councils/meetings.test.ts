// Meetings and votes through the real server on DynamoDB Local: the state machine of the
// policy rows, quorum edge cases (exactly at quorum, one short, ties), members notified, and
// twenty concurrent, retried ballots by one attendee leaving one ballot.
import { Role } from "../../api/auth/actor";
import { MEETING_ACTIONS } from "../../api/councils/councils.policy";
import { createHarness, ok, outcome, type Harness } from "../helpers/harness";
import { ATTEND, BALLOT, CANCEL, CLOSE, COUNT, HANDS, makeCouncil, makeMeeting, OPEN, REGISTER, SCHEDULE, key } from "./helpers";

let h: Harness;
let admin: string;
let community: string;

beforeAll(async () => {
  h = await createHarness();
  community = h.unit("凤凰山社区").id;
  admin = await h.token(Role.COMMUNITY_ADMIN, community, "u-fenghuangshan-admin");
}, 60_000);
afterAll(() => h.close());

describe("the meeting state machine follows the policy rows", () => {
  it("goes SCHEDULED → IN_SESSION → CLOSED, and refuses every move its rows do not allow", async () => {
    const { id } = await makeCouncil(h, admin, community, { quorumCount: 1 });
    const meeting = await makeMeeting(h, admin, id);
    expect(meeting.state).toBe("SCHEDULED");
    expect(outcome(await h.gql(admin, CLOSE, { i: { meetingId: meeting.id, report: "x" } }))).toBe("INVALID_TRANSITION");
    expect(outcome(await h.gql(admin, HANDS, { i: { meetingId: meeting.id, itemId: meeting.agenda[0].id, for: 0, against: 0, abstain: 0 } }))).toBe("INVALID_TRANSITION");
    const opened = (await ok(h.gql(admin, OPEN, { i: { meetingId: meeting.id, expectedVersion: 1 } }))).openMeeting;
    expect(opened.state).toBe("IN_SESSION");
    // The same command repeated by the same actor from the version they saw returns the meeting.
    expect((await ok(h.gql(admin, OPEN, { i: { meetingId: meeting.id, expectedVersion: 1 } }))).openMeeting.version).toBe(opened.version);
    expect(outcome(await h.gql(admin, CANCEL, { i: { meetingId: meeting.id, reason: "x" } }))).toBe("INVALID_TRANSITION");
    const closed = (await ok(h.gql(admin, CLOSE, { i: { meetingId: meeting.id, report: "会议纪要" } }))).closeMeeting;
    expect([closed.state, closed.report]).toEqual(["CLOSED", "会议纪要"]);
    expect(outcome(await h.gql(admin, OPEN, { i: { meetingId: meeting.id } }))).toBe("INVALID_TRANSITION");
    expect(MEETING_ACTIONS.close.from).toEqual(["IN_SESSION"]);
  });

  it("cancels only a scheduled meeting, and a stale version is a CONFLICT", async () => {
    const { id } = await makeCouncil(h, admin, community, { quorumCount: 1 });
    const meeting = await makeMeeting(h, admin, id);
    const cancelled = (await ok(h.gql(admin, CANCEL, { i: { meetingId: meeting.id, reason: "天气原因", expectedVersion: 1 } }))).cancelMeeting;
    expect([cancelled.state, cancelled.cancelReason]).toEqual(["CANCELLED", "天气原因"]);
    expect(outcome(await h.gql(admin, OPEN, { i: { meetingId: meeting.id, expectedVersion: 1 } }))).toBe("CONFLICT");
    expect(outcome(await h.gql(admin, OPEN, { i: { meetingId: meeting.id } }))).toBe("INVALID_TRANSITION");
  });

  it("notifies the members with an account when a meeting is scheduled and when it is cancelled", async () => {
    const data = await ok(
      h.gql(admin, "mutation($i: CreateCouncilInput!) { createCouncil(input: $i) { id } }", {
        i: {
          idempotencyKey: key("c"),
          kind: "RESIDENT_COUNCIL",
          name: "通知测试",
          unitId: community,
          cadence: "MONTHLY",
          quorumCount: 1,
          members: [{ role: "VOLUNTEER", personId: "u-resident" }],
        },
      }),
    );
    const meeting = await makeMeeting(h, admin, data.createCouncil.id);
    await ok(h.gql(admin, CANCEL, { i: { meetingId: meeting.id, reason: "改期" } }));
    const resident = await h.token(Role.RESIDENT, community, "u-resident");
    const notes = await ok(h.gql(resident, "{ myNotifications { edges { node { kind subject { type id } } } } }"));
    const mine = notes.myNotifications.edges.map((e: any) => e.node).filter((n: any) => n.subject.id === meeting.id);
    expect(mine.map((n: any) => n.kind).sort()).toEqual(["MEETING_CANCELLED", "MEETING_SCHEDULED"]);
  });
});

describe("quorum and majority, computed from the council's rules", () => {
  /** A show of hands on a fresh meeting of a council of 6 members with `rules`, `members` of them present. */
  async function decide(rules: Record<string, unknown>, members: number, others: number, tally: [number, number, number]) {
    const council = await makeCouncil(h, admin, community, rules, 6);
    const meeting = await makeMeeting(h, admin, council.id, { open: true, items: 1 });
    await ok(h.gql(admin, ATTEND, { i: { meetingId: meeting.id, attendees: council.memberIds.slice(0, members).map((memberId) => ({ memberId })), othersPresent: others } }));
    const res = await h.gql(admin, HANDS, { i: { meetingId: meeting.id, itemId: meeting.agenda[0].id, for: tally[0], against: tally[1], abstain: tally[2] } });
    expect(res.errors).toBeUndefined();
    return res.data!.recordShowOfHands.agenda[0].vote;
  }

  it("adopts exactly at quorum and finds no quorum one member short (count)", async () => {
    expect((await decide({ quorumCount: 4 }, 4, 0, [3, 1, 0])).outcome).toBe("ADOPTED");
    expect((await decide({ quorumCount: 4 }, 3, 5, [8, 0, 0])).outcome).toBe("NO_QUORUM");
  });

  it("rounds a percentage quorum up: 50% of 6 is 3, 51% is 4", async () => {
    expect(await decide({ quorumPercent: 50 }, 3, 0, [2, 1, 0])).toMatchObject({ outcome: "ADOPTED", quorumRequired: 3 });
    expect(await decide({ quorumPercent: 51 }, 3, 0, [3, 0, 0])).toMatchObject({ outcome: "NO_QUORUM", quorumRequired: 4 });
  });

  it("rejects a tie under a simple majority; abstentions are not votes cast, but count under ATTENDEES", async () => {
    expect((await decide({ quorumCount: 2 }, 6, 0, [3, 3, 0])).outcome).toBe("REJECTED");
    expect((await decide({ quorumCount: 2 }, 6, 0, [2, 1, 3])).outcome).toBe("ADOPTED");
    expect((await decide({ quorumCount: 2, majorityBase: "ATTENDEES" }, 6, 0, [3, 1, 2])).outcome).toBe("REJECTED");
    expect((await decide({ quorumCount: 2, majorityBase: "ATTENDEES" }, 6, 1, [4, 1, 2])).outcome).toBe("ADOPTED");
  });

  it("adopts at exactly two thirds and rejects just under", async () => {
    expect((await decide({ quorumCount: 2, majority: "TWO_THIRDS" }, 6, 0, [4, 2, 0])).outcome).toBe("ADOPTED");
    expect((await decide({ quorumCount: 2, majority: "TWO_THIRDS" }, 6, 1, [4, 3, 0])).outcome).toBe("REJECTED");
  });

  it("refuses more hands than people present, and a second, different tally on a decided item", async () => {
    const council = await makeCouncil(h, admin, community, { quorumCount: 1 });
    const meeting = await makeMeeting(h, admin, council.id, { open: true, items: 1 });
    await ok(h.gql(admin, ATTEND, { i: { meetingId: meeting.id, attendees: [{ memberId: council.memberIds[0] }], othersPresent: 2 } }));
    const hands = (f: number) => h.gql(admin, HANDS, { i: { meetingId: meeting.id, itemId: meeting.agenda[0].id, for: f, against: 0, abstain: 0 } });
    expect(outcome(await hands(4))).toBe("BAD_USER_INPUT");
    expect(outcome(await hands(3))).toBe("OK");
    expect(outcome(await hands(3))).toBe("OK"); // the same tally again: a repeat
    expect(outcome(await hands(2))).toBe("CONFLICT");
  });
});

describe("ballots", () => {
  it("keeps one ballot from 20 concurrent and then retried submissions by one attendee, and counts it once", async () => {
    const council = await makeCouncil(h, admin, community, { quorumCount: 1 });
    const meeting = await makeMeeting(h, admin, council.id, { items: 1 });
    const resident = await h.token(Role.RESIDENT, community, "u-resident");
    await ok(h.gql(resident, REGISTER, { i: { meetingId: meeting.id } }));
    // A ballot before the meeting opens is refused by the state rule.
    expect(outcome(await h.gql(resident, BALLOT, { i: { meetingId: meeting.id, itemId: meeting.agenda[0].id, choice: "FOR" } }))).toBe("INVALID_TRANSITION");
    await ok(h.gql(admin, OPEN, { i: { meetingId: meeting.id } }));
    await ok(h.gql(admin, ATTEND, { i: { meetingId: meeting.id, attendees: [{ memberId: council.memberIds[0] }, { personId: "u-resident" }] } }));
    const cast = () => h.gql(resident, BALLOT, { i: { meetingId: meeting.id, itemId: meeting.agenda[0].id, choice: "FOR" } });
    const results = await Promise.all(Array.from({ length: 20 }, cast));
    const retries = [await cast(), await cast()];
    const all = [...results, ...retries];
    expect(all.map(outcome)).toEqual(all.map(() => "OK"));
    expect(new Set(all.map((r) => r.data!.castBallot.castAt)).size).toBe(1);
    expect(outcome(await h.gql(resident, BALLOT, { i: { meetingId: meeting.id, itemId: meeting.agenda[0].id, choice: "AGAINST" } }))).toBe("CONFLICT");
    const counted = (await ok(h.gql(admin, COUNT, { i: { meetingId: meeting.id, itemId: meeting.agenda[0].id } }))).countBallots.agenda[0].vote;
    expect(counted).toMatchObject({ method: "BALLOT", for: 1, against: 0, abstain: 0, outcome: "ADOPTED" });
    // Counted: the item takes no more ballots.
    const other = await h.token(Role.COMMUNITY_ADMIN, community, "u-other-admin");
    await ok(h.gql(other, REGISTER, { i: { meetingId: meeting.id } }));
    expect(outcome(await h.gql(other, BALLOT, { i: { meetingId: meeting.id, itemId: meeting.agenda[0].id, choice: "FOR" } }))).toBe("CONFLICT");
  });

  it("takes ballots only from registered attendees", async () => {
    const council = await makeCouncil(h, admin, community, { quorumCount: 1 });
    const meeting = await makeMeeting(h, admin, council.id, { open: true, items: 1 });
    const stranger = await h.token(Role.RESIDENT, community, "u-not-registered");
    expect(outcome(await h.gql(stranger, BALLOT, { i: { meetingId: meeting.id, itemId: meeting.agenda[0].id, choice: "FOR" } }))).toBe("FORBIDDEN");
  });
});

it("schedules once per idempotency key; other content under the key is refused", async () => {
  const { id } = await makeCouncil(h, admin, community, { quorumCount: 1 });
  const input = {
    idempotencyKey: key("same"),
    councilId: id,
    title: "三月议事会",
    startsAt: "2030-03-05T19:00:00+08:00",
    place: "活动室",
    agenda: [{ title: "议题", plannedMinutes: 20 }],
  };
  const first = (await ok(h.gql(admin, SCHEDULE, { i: input }))).scheduleMeeting;
  const again = (await ok(h.gql(admin, SCHEDULE, { i: input }))).scheduleMeeting;
  expect(again.id).toBe(first.id);
  expect(outcome(await h.gql(admin, SCHEDULE, { i: { ...input, title: "别的会" } }))).toBe("BAD_USER_INPUT");
});

describe("a meeting's free text is personal data", () => {
  it("reaches residents through the masking layer, and the admins who run the council as written", async () => {
    // The resident is a member, so the scheduling notice reaches them too: the same text, masked.
    const { id } = (
      await ok(
        h.gql(admin, "mutation($i: CreateCouncilInput!) { createCouncil(input: $i) { id } }", {
          i: {
            idempotencyKey: key("masked-council"),
            kind: "RESIDENT_COUNCIL",
            name: "遮蔽测试",
            unitId: community,
            cadence: "MONTHLY",
            quorumCount: 1,
            members: [{ role: "VOLUNTEER", personId: "u-resident" }],
          },
        }),
      )
    ).createCouncil;
    const planted = "王德明(13800001111)家楼下的下水道";
    const scheduled = (
      await ok(
        h.gql(admin, SCHEDULE, {
          i: {
            idempotencyKey: key("masked"),
            councilId: id,
            title: `议事会: ${planted}`,
            startsAt: "2030-04-01T11:00:00+08:00",
            place: "社区活动室",
            agenda: [{ title: `疏通${planted}`, description: `联系人电话 13800001111，身份证 500106198001011234`, plannedMinutes: 20 }],
          },
        }),
      )
    ).scheduleMeeting;
    const READ = `query($id: ID!) { meeting(id: $id) { title agenda { title description } } }`;
    const asAdmin = (await ok(h.gql(admin, READ, { id: scheduled.id }))).meeting;
    expect(JSON.stringify(asAdmin)).toContain("13800001111");
    const resident = await h.token(Role.RESIDENT, community, "u-resident");
    const asResident = (await ok(h.gql(resident, READ, { id: scheduled.id }))).meeting;
    expect(asResident).not.toBeNull();
    const notes = await ok(h.gql(resident, "{ myNotifications { edges { node { message subject { id } } } } }"));
    const notice = notes.myNotifications.edges.map((e: any) => e.node).filter((n: any) => n.subject.id === scheduled.id);
    expect(notice).toHaveLength(1);
    const text = JSON.stringify([asResident, notice]);
    for (const secret of ["13800001111", "500106198001011234"]) expect(text).not.toContain(secret);
    // Still readable: the masking keeps the words around what it hides.
    expect(asResident.agenda[0].title).toContain("下水道");
  });
});
