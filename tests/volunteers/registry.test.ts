// Teams and the real-name registry against DynamoDB Local: the ID number and phone never reach
// the table in clear text; a registration repeats onto itself and refuses a second entry for the
// same number, ID number or person; who reads an entry, and how much of it; rosters counted
// exactly under concurrent joins; bad input writes nothing.
import { Role } from "../../api/auth/actor";
import { demoTeamId } from "../../api/volunteers/volunteer.seed";
import { checkCharacter, idNumber } from "../../api/volunteers/volunteer.rules";
import { createHarness, ok, outcome, type Harness } from "../helpers/harness";
import { tableItems } from "../helpers/table";

let h: Harness;
let jinrongAdmin: string;
let tuzhuAdmin: string;
let district: string;
let partner: string;
let su: string;
let resident: string;

const REGISTER = `mutation($i: RegisterVolunteerInput!) { registerVolunteer(input: $i) { id volunteerNumber name idNumber phone skills partyMember unitId personId teams { id } } }`;
const READ = `query($id: ID!) { volunteer(id: $id) { id name idNumber phone } }`;
const JOIN = `mutation($i: JoinTeamInput!) { joinTeam(input: $i) { id memberCount } }`;

/** Valid ID numbers (the check character computed), distinct per n. */
function validId(n: number): string {
  const body = `5001061985${String((n % 12) + 1).padStart(2, "0")}${String((n % 28) + 1).padStart(2, "0")}${String(n % 1000).padStart(3, "0")}`;
  return `${body}${checkCharacter(body)}`;
}

const scanAll = () => tableItems(h);

beforeAll(async () => {
  h = await createHarness();
  jinrongAdmin = await h.token(Role.COMMUNITY_ADMIN, h.unit("金蓉社区").id, "u-jinrong-admin");
  tuzhuAdmin = await h.token(Role.STREET_ADMIN, h.unit("土主街道").id, "u-tuzhu-admin");
  district = await h.token(Role.DISTRICT_ADMIN, "500106", "u-district-admin");
  partner = await h.token(Role.PARTNER, "500106", "u-partner");
  su = await h.token(Role.VOLUNTEER, h.unit("金蓉社区").id, "u-volunteer");
  resident = await h.token(Role.RESIDENT, h.unit("凤凰山社区").id, "u-resident");
});
afterAll(() => h.close());

describe("the ID number", () => {
  it("is checked by its check character (GB 11643)", () => {
    expect(idNumber(validId(7), "idNumber")).toBe(validId(7));
    const wrong = validId(7).slice(0, 17) + (validId(7)[17] === "0" ? "1" : "0");
    expect(() => idNumber(wrong, "idNumber")).toThrow(/check character/);
    expect(() => idNumber("12345", "idNumber")).toThrow(/18 characters/);
  });
});

describe("registering", () => {
  const base = () => ({ volunteerNumber: "CQ-T-0001", name: "周晓红", idNumber: validId(11), phone: "13811112222", skills: ["急救"], unitId: h.unit("金蓉社区").id });

  it("registers once; the same registration again answers the same entry", async () => {
    const first = (await ok(h.gql(jinrongAdmin, REGISTER, { i: base() }))).registerVolunteer;
    expect(first).toMatchObject({ volunteerNumber: "CQ-T-0001", name: "周晓红", idNumber: validId(11), phone: "13811112222", skills: ["急救"] });
    const again = (await ok(h.gql(jinrongAdmin, REGISTER, { i: base() }))).registerVolunteer;
    expect(again).toEqual(first);
  });

  it("refuses other details under the same number, and the same ID number or person under another", async () => {
    expect(outcome(await h.gql(jinrongAdmin, REGISTER, { i: { ...base(), name: "周小红" } }))).toBe("CONFLICT");
    expect(outcome(await h.gql(jinrongAdmin, REGISTER, { i: { ...base(), volunteerNumber: "CQ-T-0002" } }))).toBe("CONFLICT");
    // 苏雪 is registered by the demo (CQ5001060001): her account cannot hold a second entry.
    expect(outcome(await h.gql(jinrongAdmin, REGISTER, { i: { ...base(), volunteerNumber: "CQ-T-0003", idNumber: validId(12), personId: "u-volunteer" } }))).toBe("CONFLICT");
  });

  it("refuses bad input before anything is written", async () => {
    const before = (await scanAll()).length;
    const bad = [
      { ...base(), volunteerNumber: "CQ-T-0100", idNumber: "500106199001011234" },
      { ...base(), volunteerNumber: "CQ-T-0101", idNumber: validId(21), phone: "call me" },
      { ...base(), volunteerNumber: "CQ-T-0102", idNumber: validId(22), skills: Array.from({ length: 11 }, (_, i) => `技能${i}`) },
      { ...base(), volunteerNumber: "bad number!", idNumber: validId(23) },
      { ...base(), volunteerNumber: "CQ-T-0103", idNumber: validId(24), name: "" },
    ];
    for (const i of bad) expect([i.volunteerNumber, outcome(await h.gql(jinrongAdmin, REGISTER, { i }))]).toEqual([i.volunteerNumber, "BAD_USER_INPUT"]);
    // Out of scope and a person the admin may not read are refused as the contract says.
    expect(outcome(await h.gql(jinrongAdmin, REGISTER, { i: { ...base(), volunteerNumber: "CQ-T-0104", idNumber: validId(25), unitId: h.unit("土主街道").id } }))).toBe(
      "FORBIDDEN",
    );
    expect(outcome(await h.gql(jinrongAdmin, REGISTER, { i: { ...base(), volunteerNumber: "CQ-T-0105", idNumber: validId(26), personId: "u-tuzhu-admin" } }))).toBe("NOT_FOUND");
    expect(outcome(await h.gql(su, REGISTER, { i: { ...base(), volunteerNumber: "CQ-T-0106", idNumber: validId(27) } }))).toBe("FORBIDDEN");
    expect((await scanAll()).length).toBe(before);
  });
});

describe("what the table holds", () => {
  it("has no registry ID number or phone in clear text in any item", async () => {
    const numbers = [validId(11), "13811112222"];
    // 苏雪's, as the demo registered her, read back by her registry's admin.
    const mine = (await ok(h.gql(jinrongAdmin, "query($u: ID) { volunteers(unitId: $u, first: 100) { edges { node { idNumber phone } } } }", { u: h.unit("金蓉社区").id })))
      .volunteers;
    for (const { node } of mine.edges) numbers.push(...[node.idNumber, node.phone].filter((v: string | null) => v !== null));
    expect(numbers.length).toBeGreaterThanOrEqual(4);
    const items = await scanAll();
    const registry = items.filter((i) => String(i.type).startsWith("Volunteer") || i.type === "TeamMembership");
    expect(registry.length).toBeGreaterThan(3);
    const dump = JSON.stringify(registry);
    for (const n of numbers) expect([n, dump.includes(n)]).toEqual([n, false]);
    // Beyond the registry, an ID number is nowhere; a phone only where the people module keeps a
    // person's own account (苏雪 signs in with hers) — stored as the account holds it today.
    for (const n of numbers) {
      const holders = items.filter((i) => JSON.stringify(i).includes(n)).map((i) => String(i.type));
      expect([n, holders.filter((t) => t !== "Person")]).toEqual([n, []]);
    }
  });
});

describe("who reads an entry", () => {
  let id: string;
  beforeAll(async () => {
    id = (
      await ok(h.gql(jinrongAdmin, "query($u: ID) { volunteers(unitId: $u, first: 100) { edges { node { id volunteerNumber } } } }", { u: h.unit("金蓉社区").id }))
    ).volunteers.edges.find((e: { node: { volunteerNumber: string } }) => e.node.volunteerNumber === "CQ5001060001").node.id;
  });

  it("shows the volunteer and their registry's admins the entry whole", async () => {
    for (const token of [su, jinrongAdmin, district]) {
      const v = (await ok(h.gql(token, READ, { id }))).volunteer;
      expect(v).toMatchObject({ id, name: "苏雪", phone: "13900000007" });
      expect(v.idNumber).toMatch(/^50010619\d{9}[\dX]$/);
    }
  });

  it("shows no one else anything: null by id, by node, absent from lists", async () => {
    for (const token of [tuzhuAdmin, partner, resident]) {
      expect((await ok(h.gql(token, READ, { id }))).volunteer).toBeNull();
      expect((await ok(h.gql(token, "query($id: ID!) { node(id: $id) { id } }", { id }))).node).toBeNull();
    }
    expect(outcome(await h.gql(tuzhuAdmin, "query($u: ID) { volunteers(unitId: $u) { edges { node { id } } } }", { u: h.unit("金蓉社区").id }))).toBe("FORBIDDEN");
    expect(outcome(await h.gql(resident, "query { volunteers { edges { node { id } } } }"))).toBe("FORBIDDEN");
  });
});

describe("teams", () => {
  it("lists the corps under a street: its branch, its communities' squads and its own teams, by tier", async () => {
    const read = async (kind: string | null) =>
      (
        await ok(
          h.gql(su, "query($u: ID, $k: TeamKind) { teams(unitId: $u, kind: $k, first: 100) { edges { node { id kind name unitId } } } }", { u: h.unit("土主街道").id, k: kind }),
        )
      ).teams.edges.map((e: { node: { id: string; kind: string } }) => e.node);
    const all = await read(null);
    expect(all.map((t: { id: string }) => t.id)).toEqual(expect.arrayContaining([demoTeamId(h.unit("土主街道").id, "branch"), demoTeamId(h.unit("土主街道").id, "vanguard")]));
    expect((await read("SPECIALIST")).map((t: { name: string }) => t.name).sort()).toEqual(["土主街道能人帮帮团", "土主街道党员先锋团"].sort());
    expect((await read("BRANCH")).every((t: { kind: string }) => t.kind === "BRANCH")).toBe(true);
    expect((await ok(h.gql(partner, "query($id: ID!) { team(id: $id) { id } }", { id: demoTeamId("500106", "corps") }))).team).toBeNull();
  });

  it("forms a team only at the tier its unit allows, once per key", async () => {
    const create = (i: object) => h.gql(tuzhuAdmin, "mutation($i: CreateTeamInput!) { createTeam(input: $i) { id kind unitId memberCount } }", { i });
    expect(outcome(await create({ kind: "SQUAD", name: "错误的分队", idempotencyKey: "t-1" }))).toBe("BAD_USER_INPUT");
    expect(outcome(await create({ kind: "SPECIALIST", name: "无专长", idempotencyKey: "t-2" }))).toBe("BAD_USER_INPUT");
    const made = (await ok(create({ kind: "SPECIALIST", specialty: "MEDICAL", name: "土主街道义诊队", idempotencyKey: "t-3" }))).createTeam;
    expect(made).toMatchObject({ kind: "SPECIALIST", unitId: h.unit("土主街道").id, memberCount: 0 });
    expect((await ok(create({ kind: "SPECIALIST", specialty: "MEDICAL", name: "土主街道义诊队", idempotencyKey: "t-3" }))).createTeam.id).toBe(made.id);
    expect(outcome(await create({ kind: "SPECIALIST", specialty: "LEGAL_AID", name: "别的队", idempotencyKey: "t-3" }))).toBe("BAD_USER_INPUT");
  });

  it("counts 12 volunteers joining one team at once exactly, and a repeat not at all", async () => {
    const unitId = h.unit("土主街道").id;
    const teamId = demoTeamId(unitId, "helpers");
    const ids: string[] = [];
    for (let n = 0; n < 12; n += 1) {
      const v = await ok(h.gql(tuzhuAdmin, REGISTER, { i: { volunteerNumber: `TZ-J-${n}`, name: `帮帮${n}`, idNumber: validId(300 + n), unitId } }));
      ids.push(v.registerVolunteer.id);
    }
    const joined = await Promise.all(ids.map((volunteerId) => h.gql(tuzhuAdmin, JOIN, { i: { teamId, volunteerId } })));
    expect(joined.map(outcome).every((c) => c === "OK")).toBe(true);
    const again = await Promise.all(ids.slice(0, 4).map((volunteerId) => h.gql(tuzhuAdmin, JOIN, { i: { teamId, volunteerId } })));
    expect(again.map(outcome).every((c) => c === "OK")).toBe(true);
    // The same volunteer again in another role is a change, not a repeat: refused, nothing counted.
    expect(outcome(await h.gql(tuzhuAdmin, JOIN, { i: { teamId, volunteerId: ids[0], role: "LEADER" } }))).toBe("CONFLICT");
    const team = (await ok(h.gql(tuzhuAdmin, "query($id: ID!) { team(id: $id) { memberCount } }", { id: teamId }))).team;
    expect(team.memberCount).toBe(12);
    const roster = (await ok(h.gql(tuzhuAdmin, "query($t: ID) { volunteers(teamId: $t, first: 100) { edges { node { id teams { id } } } } }", { t: teamId }))).volunteers.edges;
    expect(roster.map((e: { node: { id: string } }) => e.node.id).sort()).toEqual([...ids].sort());
    for (const e of roster) expect(e.node.teams.map((t: { id: string }) => t.id)).toEqual([teamId]);
  });

  it("adds to a team only a volunteer the admin may read, to a team in scope", async () => {
    const su = await ok(h.gql(jinrongAdmin, "query($u: ID) { volunteers(unitId: $u, first: 100) { edges { node { id volunteerNumber } } } }", { u: h.unit("金蓉社区").id }));
    const suId = su.volunteers.edges.find((e: { node: { volunteerNumber: string } }) => e.node.volunteerNumber === "CQ5001060001").node.id;
    expect(outcome(await h.gql(tuzhuAdmin, JOIN, { i: { teamId: demoTeamId(h.unit("土主街道").id, "helpers"), volunteerId: suId } }))).toBe("NOT_FOUND");
    expect(outcome(await h.gql(jinrongAdmin, JOIN, { i: { teamId: demoTeamId(h.unit("土主街道").id, "helpers"), volunteerId: suId } }))).toBe("FORBIDDEN");
  });
});
