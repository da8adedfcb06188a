// The scope matrix, read from the policy table: every role in and out of scope on councils'
// reads and commands; the same visibility on council(id), lists, nested fields; partners get
// counts only; and bad input on every mutation writes nothing (the table is the same after).
import { Role } from "../../api/auth/actor";
import { admits } from "../../api/auth/policy";
import { COUNCIL_POLICY, MEETING_ACTIONS } from "../../api/councils/councils.policy";
import { createHarness, ok, outcome, type Harness } from "../helpers/harness";
import { ATTEND, BALLOT, CANCEL, CLOSE, COUNT, CREATE_COUNCIL, DEMANDS, HANDS, key, makeCouncil, makeMeeting, OPEN, REGISTER, RESOLVE, SCHEDULE, snapshot } from "./helpers";

let h: Harness;
let community: string;
let admin: string;
let council: { id: string; memberIds: string[] };
let meetingId: string;
let privateId: string;

beforeAll(async () => {
  h = await createHarness();
  community = h.unit("凤凰山社区").id;
  admin = await h.token(Role.COMMUNITY_ADMIN, community, "u-fenghuangshan-admin");
  council = await makeCouncil(h, admin, community, { quorumCount: 1 });
  meetingId = (await makeMeeting(h, admin, council.id)).id;
  const hidden = await ok(
    h.gql(admin, SCHEDULE, {
      i: { idempotencyKey: key("private"), councilId: council.id, title: "内部会", startsAt: "2030-03-02T11:00:00Z", place: "办公室", public: false, agenda: [] },
    }),
  );
  privateId = hidden.scheduleMeeting.id;
}, 60_000);
afterAll(() => h.close());

/** One actor per role in scope of 凤凰山社区 (inside), and the same role in 金蓉社区 or 土主街道 (outside). */
async function tokenFor(role: Role, inside: boolean): Promise<string> {
  const grid = h.demo.units.find((u) => u.parentId === (inside ? community : h.unit("金蓉社区").id))!.id;
  const names: Record<Role, [string, string]> = {
    DISTRICT_ADMIN: ["沙坪坝区", "沙坪坝区"],
    STREET_ADMIN: ["磁器口街道", "土主街道"],
    COMMUNITY_ADMIN: ["凤凰山社区", "金蓉社区"],
    GRID_WORKER: ["", ""],
    VOLUNTEER: ["凤凰山社区", "金蓉社区"],
    RESIDENT: ["凤凰山社区", "金蓉社区"],
    PARTNER: ["沙坪坝区", "沙坪坝区"],
  };
  const unitId = role === Role.GRID_WORKER ? grid : h.unit(names[role][inside ? 0 : 1]).id;
  return h.token(role, unitId, `m-${role}-${inside}`);
}

const READ = "query($id: ID!) { council(id: $id) { id } meeting(id: $mid) { id } }".replace("$id: ID!)", "$id: ID!, $mid: ID!)");

describe("reads follow the policy table and the one visibility rule", () => {
  for (const role of Object.values(Role)) {
    for (const inside of [true, false]) {
      it(`${role} ${inside ? "in" : "out of"} scope`, async () => {
        const token = await tokenFor(role, inside);
        const res = await h.gql(token, READ, { id: council.id, mid: meetingId });
        if (!admits(COUNCIL_POLICY.council.who, role)) {
          expect(outcome(res)).toBe("FORBIDDEN");
          expect(outcome(await h.gql(token, "query($u: ID) { councilCounts(unitId: $u) { councils } }", { u: community }))).toBe("OK");
          return;
        }
        // District admins always reach it; the street of 土主街道 and 金蓉社区's people do not.
        const sees = inside || role === Role.DISTRICT_ADMIN;
        expect(res.data).toEqual({ council: sees ? { id: council.id } : null, meeting: sees ? { id: meetingId } : null });
        // The non-public meeting: only admins who run the council.
        const hidden = await h.gql(token, "query($id: ID!) { meeting(id: $id) { id } }", { id: privateId });
        expect(hidden.data!.meeting !== null).toBe(sees && ["DISTRICT_ADMIN", "STREET_ADMIN", "COMMUNITY_ADMIN"].includes(role));
        // The district-wide list (everyone may read under the units above them) shows exactly
        // what the single reads show, and so does the council's nested list.
        const listed = await ok(h.gql(token, '{ meetings(unitId: "500106", from: "2030-01-01T00:00:00Z") { edges { node { id } } } }'));
        const ids = listed.meetings.edges.map((e: any) => e.node.id).filter((id: string) => [meetingId, privateId].includes(id));
        const shown = [meetingId, ...(hidden.data!.meeting ? [privateId] : [])].filter(() => sees);
        expect(ids.sort()).toEqual(shown.sort());
        if (sees) {
          const nested = await ok(h.gql(token, "query($id: ID!) { council(id: $id) { meetings { edges { node { id } } } } }", { id: council.id }));
          expect(
            nested.council.meetings.edges
              .map((e: any) => e.node.id)
              .filter((id: string) => [meetingId, privateId].includes(id))
              .sort(),
          ).toEqual(shown.sort());
        }
      });
    }
  }

  it("gives partners counts and nothing else", async () => {
    const partner = await tokenFor(Role.PARTNER, true);
    const counts = await ok(h.gql(partner, "query($u: ID) { councilCounts(unitId: $u) { councils meetings } }", { u: community }));
    expect(counts.councilCounts).toEqual({ councils: 1, meetings: 2 });
    expect(outcome(await h.gql(partner, "{ councils { edges { node { id } } } }"))).toBe("FORBIDDEN");
  });

  it("shows a resident the public meeting in their community's list and not the private one, nor another community's", async () => {
    const resident = await tokenFor(Role.RESIDENT, true);
    const list = await ok(h.gql(resident, '{ meetings(from: "2030-01-01T00:00:00Z") { edges { node { id attendance { name } council { id } } } } }'));
    expect(list.meetings.edges.map((e: any) => e.node.id)).toEqual([meetingId]);
    const outsider = await tokenFor(Role.RESIDENT, false);
    expect(outcome(await h.gql(outsider, "query($u: ID) { meetings(unitId: $u) { edges { node { id } } } }", { u: community }))).toBe("FORBIDDEN");
  });
});

describe("commands follow the policy rows", () => {
  it("lets only admins whose scope holds the council's unit schedule and open meetings", async () => {
    for (const role of Object.values(Role)) {
      for (const inside of [true, false]) {
        const token = await tokenFor(role, inside);
        const res = await h.gql(token, SCHEDULE, {
          i: { idempotencyKey: key("m"), councilId: council.id, title: "会", startsAt: "2030-04-01T11:00:00Z", place: "室", agenda: [] },
        });
        const allowed = admits(MEETING_ACTIONS.open.who, role) && (inside || role === Role.DISTRICT_ADMIN);
        expect([role, inside, outcome(res)]).toEqual([role, inside, allowed ? "OK" : "FORBIDDEN"]);
      }
    }
  });
});

describe("bad input on every mutation writes nothing", () => {
  it("refuses each and leaves the table as it was", async () => {
    const open = await makeMeeting(h, admin, council.id, { open: true, items: 1 });
    const item = open.agenda[0].id;
    await ok(h.gql(admin, REGISTER, { i: { meetingId: open.id } }));
    const before = await snapshot(h);
    const grid = h.demo.units.find((u) => u.parentId === community)!.id;
    const cases: [string, Record<string, unknown>][] = [
      [CREATE_COUNCIL, { idempotencyKey: key("b"), kind: "HALL", name: " ", unitId: community, cadence: "MONTHLY", members: [], quorumCount: 0 }],
      [CREATE_COUNCIL, { idempotencyKey: key("b"), kind: "HALL", name: "x", unitId: community, cadence: "MONTHLY", members: [], quorumCount: 1, quorumPercent: 50 }],
      [
        CREATE_COUNCIL,
        { idempotencyKey: key("b"), kind: "HALL", name: "x", unitId: community, cadence: "MONTHLY", members: [{ role: "VOLUNTEER", name: "无单位" }], quorumCount: 1 },
      ],
      [SCHEDULE, { idempotencyKey: key("b"), councilId: council.id, title: "x", startsAt: "2030-01-01T00:00:00Z", place: "x", agenda: [{ title: "x", plannedMinutes: 0 }] }],
      [SCHEDULE, { idempotencyKey: "bad key!", councilId: council.id, title: "x", startsAt: "2030-01-01T00:00:00Z", place: "x", agenda: [] }],
      [OPEN, { meetingId: "", expectedVersion: 1 }],
      [CANCEL, { meetingId: meetingId, reason: "" }],
      [CLOSE, { meetingId: open.id, report: "x".repeat(4001) }],
      [ATTEND, { meetingId: open.id, attendees: [{ memberId: "m99" }] }],
      [ATTEND, { meetingId: open.id, attendees: [{}] }],
      [HANDS, { meetingId: open.id, itemId: item, for: -1, against: 0, abstain: 0 }],
      [HANDS, { meetingId: open.id, itemId: item, for: 5, against: 0, abstain: 0 }],
      [REGISTER, { meetingId: "no such id!" }],
      [BALLOT, { meetingId: open.id, itemId: "ai_nope_1", choice: "FOR" }],
      [COUNT, { meetingId: open.id, itemId: "ai_nope_1" }],
      [RESOLVE, { meetingId: open.id, itemId: item, idempotencyKey: key("b"), tasks: [] }],
      [DEMANDS, { meetingId: open.id, idempotencyKey: key("b"), demands: [{ title: "x", description: "x", categoryCode: "NO_SUCH", gridId: grid }] }],
      [
        DEMANDS,
        {
          meetingId: open.id,
          idempotencyKey: key("b"),
          demands: [
            { title: "ok", description: "x", categoryCode: "FACILITY_STREETLIGHT", gridId: grid },
            { title: "", description: "x", categoryCode: "FACILITY_STREETLIGHT", gridId: grid },
          ],
        },
      ],
    ];
    for (const [doc, input] of cases) {
      const res = await h.gql(admin, doc, { i: input });
      expect([doc.slice(9, 40), outcome(res)]).toEqual([doc.slice(9, 40), "BAD_USER_INPUT"]);
    }
    expect(await snapshot(h)).toBe(before);
  });
});
