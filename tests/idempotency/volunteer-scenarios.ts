// The repeat scenarios of the volunteers feature (docs/idempotency.md, api/volunteers/
// volunteers.idempotency.ts): forming a team (its key), registering a volunteer (the volunteer
// number decides the entry) and adding one to a team's roster (the roster entry decides). Each
// makes its own team or entry in 凤凰山社区 through the API, as the community's admin, so the
// scenarios share nothing with each other or the demo.
import { QueryCommand } from "@aws-sdk/lib-dynamodb";
import { residentIdNumber } from "../helpers/volunteers";
import type { GqlResult } from "../helpers/harness";
import type { Scenario, World } from "./scenarios";

/** How many items a partition holds. */
async function count(w: World, pk: string): Promise<number> {
  const out = await w.h.db.doc.send(
    new QueryCommand({ TableName: w.h.db.table, KeyConditionExpression: "pk = :p", ExpressionAttributeValues: { ":p": pk }, Select: "COUNT", ConsistentRead: true }),
  );
  return out.Count ?? 0;
}

function ok(result: GqlResult): Record<string, any> {
  if (result.errors) throw new Error(`setup failed: ${JSON.stringify(result.errors)}`);
  return result.data!;
}

const community = (w: World) => w.h.unit("凤凰山社区").id;

const TEAM = "{ id kind specialty name unitId unitName memberCount createdAt }";
const VOLUNTEER = "{ id volunteerNumber name idNumber phone skills status partyMember personId unitId createdAt teams { id } }";

const teamInput = (key: string, name: string) => ({ idempotencyKey: key, kind: "SPECIALIST", specialty: "ELDERLY_CARE", name });

async function freshTeam(w: World): Promise<string> {
  return ok(await w.h.gql(w.admin, `mutation($i: CreateTeamInput!) { createTeam(input: $i) { id } }`, { i: teamInput(`team-${w.next()}`, "凤凰山社区为老服务队") })).createTeam.id;
}

/** A registration of its own: a new volunteer number and ID number (the file's numbers start at 1000). */
function registration(w: World) {
  const n = 1000 + w.next();
  return { volunteerNumber: `CQIDEM${n}`, name: "周晓燕", idNumber: residentIdNumber(n), phone: "13912340000", skills: ["急救", "手语"], partyMember: true };
}

async function freshVolunteer(w: World): Promise<string> {
  return ok(await w.h.gql(w.admin, `mutation($i: RegisterVolunteerInput!) { registerVolunteer(input: $i) { id } }`, { i: registration(w) })).registerVolunteer.id;
}

export const VOLUNTEER_SCENARIOS: Record<string, Scenario[]> = {
  createTeam: [
    {
      name: "createTeam",
      async setup(w) {
        const key = `team-${w.next()}`;
        const doc = `mutation($i: CreateTeamInput!) { createTeam(input: $i) ${TEAM} }`;
        return {
          send: () => w.h.gql(w.admin, doc, { i: teamInput(key, "凤凰山社区为老服务队") }),
          // A team is listed under its unit once, whatever the attempts.
          writes: () => count(w, `TEAMS#${community(w)}`),
          impostors: [
            { what: "the same key, another name", code: "BAD_USER_INPUT", send: () => w.h.gql(w.admin, doc, { i: teamInput(key, "凤凰山社区助老队") }) },
            {
              what: "the same key, another specialty",
              code: "BAD_USER_INPUT",
              send: () => w.h.gql(w.admin, doc, { i: { ...teamInput(key, "凤凰山社区为老服务队"), specialty: "MEDICAL" } }),
            },
            {
              what: "the same key, another kind of request",
              code: "BAD_USER_INPUT",
              send: () =>
                w.h.gql(w.admin, `mutation($i: CreatePlaceInput!) { createPlace(input: $i) { id } }`, {
                  i: { idempotencyKey: key, unitId: community(w), kind: "LIBRARY", name: "同一个键", address: "凤凰山路30号", latitude: 29.583, longitude: 106.4561 },
                }),
            },
          ],
        };
      },
    },
  ],
  registerVolunteer: [
    {
      name: "registerVolunteer",
      async setup(w) {
        const entry = registration(w);
        const other = registration(w);
        const doc = `mutation($i: RegisterVolunteerInput!) { registerVolunteer(input: $i) ${VOLUNTEER} }`;
        const register = (input: Record<string, unknown>) => () => w.h.gql(w.admin, doc, { i: input });
        return {
          send: register(entry),
          // The registry of 凤凰山社区 lists an entry once per volunteer number.
          writes: () => count(w, `VOLUNTEERS#${community(w)}`),
          impostors: [
            { what: "the same number, another name", code: "CONFLICT", send: register({ ...entry, name: "周小燕" }) },
            { what: "the same number, another ID number", code: "CONFLICT", send: register({ ...entry, idNumber: other.idNumber }) },
            { what: "the same number, another phone", code: "CONFLICT", send: register({ ...entry, phone: "13912349999" }) },
            { what: "the same number, other skills", code: "CONFLICT", send: register({ ...entry, skills: ["急救"] }) },
            { what: "the same ID number under another number", code: "CONFLICT", send: register({ ...entry, volunteerNumber: other.volunteerNumber }) },
          ],
        };
      },
    },
  ],
  joinTeam: [
    {
      name: "joinTeam",
      async setup(w) {
        const [teamId, volunteerId] = [await freshTeam(w), await freshVolunteer(w)];
        const doc = `mutation($i: JoinTeamInput!) { joinTeam(input: $i) ${TEAM} }`;
        return {
          send: () => w.h.gql(w.admin, doc, { i: { teamId, volunteerId } }),
          // The roster's entries, which must agree with the team's count (raised once) and the entry's teams.
          writes: async () => {
            const roster = await count(w, `TEAMROSTER#${teamId}`);
            const team = ok(await w.h.gql(w.admin, `query($id: ID!) { team(id: $id) { memberCount } }`, { id: teamId })).team;
            const teams = ok(await w.h.gql(w.admin, `query($id: ID!) { volunteer(id: $id) { teams { id } } }`, { id: volunteerId })).volunteer.teams;
            expect({ memberCount: team.memberCount, teams: teams.length }).toEqual({ memberCount: roster, teams: roster });
            return roster;
          },
          impostors: [],
        };
      },
    },
  ],
};
