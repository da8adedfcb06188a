// Councils: creating one in a unit, reading them under the one visibility rule
// (council.view.ts), partners' counts, and the task notebook's progress read from keys.
import type { CouncilMemberInput as CouncilMemberInputClass } from "./council.type";
import type { CreateCouncilInput as CreateCouncilInputClass } from "./council.type";
import { visiblePage } from "../kit/page";
import { createOnce } from "../kit/create";
import { requestDigest } from "../kit/digest";
import { aboveScope, inScope, type Actor } from "../auth/actor";
import { authorize, requireActor } from "../auth/guards";
import { loadUnit, loadUnitInScope } from "../org";
import { pageSize, toConnection } from "../common/paging";
import * as valid from "../common/validate";
import type { GridnetContext } from "../context";
import { badInput, conflict, forbidden } from "../errors";
import { canSeeIssue } from "../issues";
import { OrgUnitKind } from "../org";
import type { CouncilRecord, MemberRecord } from "./council.codec";
import { Cadence, CouncilKind, MajorityBase, MajorityThreshold, MemberRole, TaskStanding } from "./council.enums";
import { reusedKey } from "../store/idempotency";
import { derivedId } from "./council.ids";
import { canSeeCouncil, presentCouncil, presentTask } from "./council.view";
import * as store from "./council.store";
import { COUNCIL_POLICY as POLICY } from "./councils.policy";
import { unknownReference } from "../privacy/references";

/** A meeting's outbox holds one message per member with an account: the cap keeps it in one transaction. */
export const MAX_MEMBERS = 40;

/** The input as the contract declares it (council.type.ts): one definition. */
export type MemberInput = CouncilMemberInputClass;

/** The input as the contract declares it (council.type.ts): one definition. */
export type CreateCouncilInput = CreateCouncilInputClass;

async function checkMembers(ctx: GridnetContext, inputs: MemberInput[]): Promise<MemberRecord[]> {
  // A council without members could never meet a quorum of one, and every vote would pass.
  if (!Array.isArray(inputs) || inputs.length < 1 || inputs.length > MAX_MEMBERS) throw badInput(`A council has 1 to ${MAX_MEMBERS} members.`, "members");
  const members: MemberRecord[] = [];
  for (const [i, m] of inputs.entries()) {
    const role = valid.oneOf(MemberRole, m.role, "role");
    const personId = valid.optionalId(m.personId, "personId");
    const organisation = m.organisation === null || m.organisation === undefined ? null : valid.text(m.organisation, "organisation", 60);
    let name = m.name === null || m.name === undefined ? null : valid.text(m.name, "name", 30);
    if (personId) {
      const person = await ctx.loaders.person.load(personId);
      if (!person) throw unknownReference("Person", personId, `members[${i}].personId`);
      name = name ?? person.name;
    }
    // A member is a person with an account, or a name with the organisation they come from.
    if (!name) throw badInput("A member needs a personId or a name.", "name");
    if (!personId && !organisation) throw badInput("A member without an account needs an organisation.", "organisation");
    if (personId && members.some((x) => x.personId === personId)) throw badInput(`${personId} is listed twice.`, "personId");
    members.push({ id: `m${i + 1}`, role, personId, name, organisation });
  }
  return members;
}

function checkRules(input: CreateCouncilInput, memberCount: number) {
  const count = input.quorumCount ?? null;
  const percent = input.quorumPercent ?? null;
  if ((count === null) === (percent === null)) throw badInput("Give the quorum as quorumCount or as quorumPercent, exactly one.", "quorumCount");
  if (count !== null) valid.integer(count, "quorumCount", 1, memberCount);
  if (percent !== null) valid.integer(percent, "quorumPercent", 1, 100);
  return {
    quorumCount: count,
    quorumPercent: percent,
    majority: valid.oneOf(MajorityThreshold, input.majority ?? MajorityThreshold.SIMPLE, "majority"),
    majorityBase: valid.oneOf(MajorityBase, input.majorityBase ?? MajorityBase.VOTES_CAST, "majorityBase"),
  };
}

/** Creates a council in a unit the actor runs; idempotent per idempotencyKey. `fixedId`: the seed's known ids only. */
export async function createCouncil(ctx: GridnetContext, input: CreateCouncilInput, fixedId?: string): Promise<CouncilRecord> {
  const actor = authorize(ctx, POLICY.createCouncil, "create councils");
  const key = valid.key(input.idempotencyKey, "idempotencyKey");
  const kind = valid.oneOf(CouncilKind, input.kind, "kind");
  const cadence = valid.oneOf(Cadence, input.cadence, "cadence");
  const name = valid.text(input.name, "name", 40);
  const placeId = valid.optionalId(input.placeId, "placeId");
  const members = await checkMembers(ctx, input.members);
  const rules = checkRules(input, members.length);
  const ledger = input.ledger
    ? {
        residentsReceived: valid.integer(input.ledger.residentsReceived, "residentsReceived", 0, 10_000_000),
        problemsClosed: valid.integer(input.ledger.problemsClosed, "problemsClosed", 0, 10_000_000),
      }
    : null;
  const unit = await loadUnitInScope(ctx, input.unitId, "unitId");
  if (unit.kind === OrgUnitKind.GRID || unit.kind === OrgUnitKind.BUILDING)
    throw badInput(`${unit.name} is a ${unit.kind}; councils sit at a community, a street or above.`, "unitId");
  const hash = requestDigest("createCouncil", [kind, name, unit.id, placeId, cadence, members, rules, ledger]);
  // The actor's key names one request, whatever the mutation (docs/idempotency.md, "Keys").
  return createOnce(ctx, {
    key,
    what: "council",
    requestHash: hash,
    build: (now): CouncilRecord => ({
      id: fixedId ?? derivedId("co", actor.sub, key),
      kind,
      name,
      unitId: unit.id,
      unitPath: unit.path,
      unitIds: [...unit.ancestorIds, unit.id],
      placeId,
      cadence,
      members,
      ...rules,
      ledger,
      requestHash: hash,
      createdBy: actor.sub,
      createdAt: now.toISOString(),
      version: 1,
    }),
    write: (council, claim) => store.putCouncil(ctx.db, council, claim),
    claimIndex: store.COUNCIL_CLAIM,
    // The id the key derives is taken but the claim is gone (a key reused after its days ran
    // out): the council itself tells whether this is the same request.
    async otherFailure(_failed, council) {
      const first = await store.getCouncil(ctx.db, council.id);
      if (first && first.requestHash !== hash) throw reusedKey("council");
      return "answer" as const;
    },
    answer: (id) => createdBefore(ctx, actor, id),
    created(council) {
      ctx.loaders.council.prime(council.id, council);
      return presentCouncil(actor, council);
    },
  });
}

/** The council a key's first request created, as it is now. */
async function createdBefore(ctx: GridnetContext, actor: Actor, id: string): Promise<CouncilRecord> {
  const first = await store.getCouncil(ctx.db, id);
  if (!first) throw conflict("A council with this idempotency key is still being written; retry.");
  return presentCouncil(actor, first);
}

/** One council the actor may see, or null (absent or not visible: the same answer). */
export async function council(ctx: GridnetContext, id: string): Promise<CouncilRecord | null> {
  const actor = authorize(ctx, POLICY.council, "read councils");
  return visibleCouncil(ctx, actor, valid.id(id, "id"));
}

export async function visibleCouncil(ctx: GridnetContext, actor: Actor, id: string): Promise<CouncilRecord | null> {
  const found = await ctx.loaders.council.load(id);
  return found && canSeeCouncil(actor, found) ? presentCouncil(actor, found) : null;
}

/** The unit a list is read under: default the actor's own; it must be in scope or above it. */
export async function listedUnit(ctx: GridnetContext, actor: Actor, unitId: string | null | undefined) {
  const unit = await loadUnit(ctx, valid.optionalId(unitId, "unitId") ?? actor.orgId, "unitId");
  if (!inScope(actor, unit.path) && !aboveScope(actor, unit.path)) throw forbidden(`Org unit ${unit.id} is outside your scope.`);
  return unit;
}

/** Councils listed under a unit (its own and those beneath it), each passing the visibility rule. */
export async function councils(ctx: GridnetContext, unitId: string | null | undefined, kind: CouncilKind | null | undefined, first?: number | null, after?: string | null) {
  const actor = authorize(ctx, POLICY.councils, "read councils");
  const size = pageSize(first);
  const unit = await listedUnit(ctx, actor, unitId);
  const page = await store.listCouncilIds(ctx.db, unit.id, kind ? valid.oneOf(CouncilKind, kind, "kind") : null, size, after);
  return visiblePage(
    page,
    (entry) => entry.councilId,
    ctx.loaders.council,
    (c) => canSeeCouncil(actor, c),
    (c) => presentCouncil(actor, c),
  );
}

/** Counts anyone signed in may read, partners included: how many councils and meetings a unit has. */
export async function councilCounts(ctx: GridnetContext, unitId: string | null | undefined) {
  const actor = authorize(ctx, POLICY.councilCounts, "read council counts");
  const unit = await listedUnit(ctx, actor, unitId);
  const [councilsCount, meetingsCount] = await Promise.all([store.countCouncils(ctx.db, unit.id), store.countMeetings(ctx.db, unit.id)]);
  return { unitId: unit.id, councils: councilsCount, meetings: meetingsCount };
}

/** The notebook in numbers (open, overdue, closed, dropped), read from the council's task keys. */
export function progress(ctx: GridnetContext, council: CouncilRecord) {
  return store.countTasks(ctx.db, council.id, ctx.now().toISOString());
}

/** A page of the council's tasks of one standing (default open, due soonest first). */
export async function tasks(ctx: GridnetContext, council: CouncilRecord, standing: TaskStanding | null | undefined, first?: number | null, after?: string | null) {
  const actor = requireActor(ctx);
  const page = await store.listTasks(ctx.db, council.id, valid.oneOf(TaskStanding, standing ?? TaskStanding.OPEN, "standing"), pageSize(first), after);
  // A task is a view of its issue: it passes the issue's own rule (a street hall's task filed in
  // one community is not listed to the readers in another). A page may hold fewer edges.
  const issues = await ctx.loaders.issue.loadMany(page.items.map((i) => i.item.issueId));
  const items = page.items.filter((_, i) => {
    const issue = issues[i];
    return issue && !(issue instanceof Error) && canSeeIssue(actor, issue);
  });
  return toConnection({ ...page, items }, (t) => presentTask(actor, council, t));
}

/** node(id:) for co_ ids: the same rule as council(id). */
export async function councilNode(ctx: GridnetContext, id: string): Promise<CouncilRecord | null> {
  const actor = requireActor(ctx);
  return visibleCouncil(ctx, actor, id);
}
