// Mediation cases (和顺茶馆): admins open cases in their scope and, with the case's mediators,
// record sessions and circuit-court sittings, conclude them and record obligations met. Every
// command checks its row of MEDIATION_ACTIONS (places.policy.ts) — roles, relation, from-states,
// to-state — and writes the case, its event and its index entries in one transaction. Who sees
// what of a case: mediation.view.ts.
import type { OpenMediationCaseInput as OpenMediationCaseInputClass } from "./mediation.type";
import { visiblePage } from "../kit/page";
import { ulid } from "ulid";
import { Role, type Actor } from "../auth/actor";
import { authorize, requireActor } from "../auth/guards";
import { loadUnitInScope } from "../org";
import { pageSize, toConnection } from "../common/paging";
import * as valid from "../common/validate";
import type { GridnetContext } from "../context";
import { readAs } from "../privacy/audience";
import { badInput, forbidden, notFound } from "../errors";
import { OrgUnitKind } from "../org";
import { FIRST_EXTRA_ITEM } from "../store/aggregate";
import type { MediationCaseRecord, ObligationRecord, PartyRecord, SessionRecord } from "./mediation.codec";
import { DisputeCategory, MediationEventKind, MediationOutcome, MediationState, PartyKind, PartySide, SessionKind } from "./mediation.enums";
import { mediationPartitions as partitions } from "./mediation.keys";
import * as store from "./mediation.store";
import { runCommand } from "../kit/command";
import { createOnce } from "../kit/create";
import { requestDigest } from "../kit/digest";
import { MEDIATION_CASE } from "./mediation.aggregate";
import { canSeeCase, presentCase, type CaseView } from "./mediation.view";
import { MEDIATION_ACTIONS, MEDIATOR_ROLES, MEDIATION_POLICY as POLICY, type MediationActionName } from "./mediation.policy";
import { unknownReference } from "../privacy/references";

/** Units a case may be handled by: not grids or buildings (a case is listed under each unit above it). */
const HANDLING_KINDS: readonly OrgUnitKind[] = [OrgUnitKind.DISTRICT, OrgUnitKind.STREET, OrgUnitKind.TOWN, OrgUnitKind.COMMUNITY, OrgUnitKind.VILLAGE];
const LIMITS = { parties: 10, mediators: 5, obligations: 10 } as const;

// ---- opening a case ----

/** The input as the contract declares it (mediation.type.ts): one definition. */
export type OpenCaseArgs = OpenMediationCaseInputClass;

export async function openMediationCase(ctx: GridnetContext, input: OpenCaseArgs): Promise<CaseView> {
  const actor = authorize(ctx, POLICY.openMediationCase, "open mediation cases");
  const key = valid.key(input.idempotencyKey, "idempotencyKey");
  const category = valid.oneOf(DisputeCategory, input.category, "category");
  const title = valid.text(input.title, "title", 80);
  const summary = valid.text(input.summary, "summary", 2000);
  const councilId = valid.optionalId(input.councilId, "councilId");
  if (councilId !== null && !councilId.startsWith("co_")) throw badInput("councilId is not a council's id.", "councilId");
  if (!Array.isArray(input.parties) || input.parties.length < 2 || input.parties.length > LIMITS.parties) {
    throw badInput(`A case has 2–${LIMITS.parties} parties.`, "parties");
  }
  const parties: PartyRecord[] = input.parties.map((p, i) => {
    const kind = valid.oneOf(PartyKind, p?.kind, `parties[${i}].kind`);
    const personId = valid.optionalId(p.personId, `parties[${i}].personId`);
    if (personId !== null && kind !== PartyKind.PERSON) throw badInput(`parties[${i}] is an organisation; only a person has a personId.`, `parties[${i}].personId`);
    return {
      id: `p${i + 1}`,
      kind,
      side: valid.oneOf(PartySide, p.side, `parties[${i}].side`),
      name: valid.text(p.name, `parties[${i}].name`, 60),
      personId,
      phone: valid.phone(p.phone, `parties[${i}].phone`),
    };
  });
  if (!parties.some((p) => p.side === PartySide.APPLICANT) || !parties.some((p) => p.side === PartySide.RESPONDENT)) {
    throw badInput("A case needs at least one applicant and one respondent.", "parties");
  }
  const partyPeople = parties.flatMap((p) => (p.personId ? [p.personId] : []));
  if (new Set(partyPeople).size !== partyPeople.length) throw badInput("A person is a party twice.", "parties");
  if (!Array.isArray(input.mediatorIds) || input.mediatorIds.length < 1 || input.mediatorIds.length > LIMITS.mediators) {
    throw badInput(`A case has 1–${LIMITS.mediators} mediators.`, "mediatorIds");
  }
  const mediatorIds = input.mediatorIds.map((id, i) => valid.id(id, `mediatorIds[${i}]`));
  if (new Set(mediatorIds).size !== mediatorIds.length) throw badInput("mediatorIds lists someone twice.", "mediatorIds");
  if (mediatorIds.some((id) => partyPeople.includes(id))) throw badInput("A party cannot mediate their own case.", "mediatorIds");

  const unit = await loadUnitInScope(ctx, valid.optionalId(input.unitId, "unitId") ?? actor.orgId, "unitId");
  if (!HANDLING_KINDS.includes(unit.kind)) throw badInput(`${unit.name} is a ${unit.kind}; cases are handled by a community, village, street, town or the district.`, "unitId");
  const placeId = valid.optionalId(input.placeId, "placeId");
  const place = placeId ? await ctx.loaders.place.load(placeId) : null;
  if (placeId && !place) throw unknownReference("Place", placeId, "placeId");
  const people = await ctx.loaders.person.loadMany([...partyPeople, ...mediatorIds]);
  partyPeople.forEach((id, i) => {
    if (!people[i] || people[i] instanceof Error) throw unknownReference("Person", id, `parties[${i}].personId`);
  });
  const mediators = mediatorIds.map((id, i) => {
    const person = people[partyPeople.length + i];
    if (!person || person instanceof Error) throw unknownReference("Person", id, `mediatorIds[${i}]`);
    if (!MEDIATOR_ROLES.includes(person.role)) throw badInput(`${id} cannot mediate: mediators are admins, grid workers or volunteers.`, `mediatorIds[${i}]`);
    return { personId: person.id, name: person.name };
  });

  const requestHash = requestDigest("openMediationCase", [unit.id, placeId, councilId, category, title, summary, parties, mediatorIds]);
  // The actor's key names one request, whatever the mutation (docs/idempotency.md, "Keys").
  return createOnce(ctx, {
    key,
    what: "case",
    requestHash,
    build(now) {
      const at = now.toISOString();
      const record: MediationCaseRecord = {
        id: `md_${ulid()}`,
        unitId: unit.id,
        unitName: unit.name,
        unitPath: unit.path,
        unitIds: [...unit.ancestorIds, unit.id],
        placeId,
        councilId,
        category,
        title,
        summary,
        parties,
        mediators,
        sessions: [],
        state: MediationState.OPEN,
        outcome: null,
        agreementText: null,
        obligations: [],
        closingNote: null,
        version: 1,
        openedAt: at,
        updatedAt: at,
        closedAt: null,
        openedBy: actor.sub,
      };
      return record;
    },
    write: (record, claim) =>
      store.writeCase(
        ctx.db,
        null,
        record,
        { caseId: record.id, version: 1, kind: MediationEventKind.OPENED, action: "open", actorId: actor.sub, at: record.openedAt, requestHash },
        [claim],
      ),
    claimIndex: FIRST_EXTRA_ITEM,
    answer: (id) => openedBefore(ctx, actor, id),
    created(record, now) {
      ctx.loaders.mediationCase.prime(record.id, record);
      return presentCase(actor, record, now);
    },
  });
}

/** The case a key's first request opened, as it is now. */
async function openedBefore(ctx: GridnetContext, actor: Actor, caseId: string): Promise<CaseView> {
  const found = await store.getCase(ctx.db, caseId);
  if (!found) throw notFound("Mediation case", caseId);
  return presentCase(actor, found, ctx.now());
}

// ---- transitions ----

interface Step {
  action: MediationActionName;
  /** The case after the command (version, updatedAt, state are set by `transition`). */
  apply: (c: MediationCaseRecord, at: string) => MediationCaseRecord;
}

/**
 * Runs one command on a case through the command runner (api/kit/command.ts): the case loaded
 * (404) and seen (403), the version the caller read — a repeat of the same command by the same
 * actor that already moved the case from that version returns the case — the relation (runner),
 * the from-states of the mutation's rows, then `choose` picks the row that applies (its own
 * from-states checked again) and one transaction writes it. A lost race reads the case again.
 */
function transition(
  ctx: GridnetContext,
  field: string,
  caseId: string,
  expectedVersion: number,
  request: unknown,
  choose: (c: MediationCaseRecord) => Step | Promise<Step>,
): Promise<CaseView> {
  authorize(ctx, POLICY[field], "run mediation cases");
  const actions = (Object.keys(MEDIATION_ACTIONS) as MediationActionName[]).filter((name) => MEDIATION_ACTIONS[name].field === field);
  return runCommand(ctx, MEDIATION_CASE, {
    id: caseId,
    idField: "caseId",
    actions,
    expectedVersion,
    requestHash: requestDigest(field, request),
    rejudge: true,
    async change(c, _actor, now) {
      const step = await choose(c);
      const at = now.toISOString();
      const row = MEDIATION_ACTIONS[step.action];
      const state = row.to === "same" ? c.state : row.to;
      const { version: _v, updatedAt: _u, state: _s, ...changed } = step.apply(c, at);
      return { action: step.action, after: { ...changed, closedAt: state === MediationState.CLOSED ? at : null } };
    },
  });
}

export async function recordMediationSession(
  ctx: GridnetContext,
  input: { caseId: string; expectedVersion: number; kind: SessionKind; at: string; placeId?: string | null; court?: string | null; note?: string | null },
): Promise<CaseView> {
  requireActor(ctx);
  const caseId = valid.id(input.caseId, "caseId");
  const expectedVersion = valid.version(input.expectedVersion);
  const kind = valid.oneOf(SessionKind, input.kind, "kind");
  const at = valid.dateTime(input.at, "at");
  const court = valid.optionalText(input.court, "court", 80);
  if (kind === SessionKind.CIRCUIT_COURT && court === null) throw badInput("A circuit-court session names its court.", "court");
  if (kind === SessionKind.MEDIATION && court !== null) throw badInput("Only a circuit-court session names a court.", "court");
  const note = valid.optionalText(input.note, "note", 2000) ?? "";
  const askedPlace = valid.optionalId(input.placeId, "placeId");
  return transition(ctx, "recordMediationSession", caseId, expectedVersion, [kind, at, askedPlace, court, note], async (c) => {
    const placeId = askedPlace ?? c.placeId;
    const place = placeId ? await ctx.loaders.place.load(placeId) : null;
    if (placeId && !place) throw notFound("Place", placeId);
    const session: SessionRecord = { id: `s${c.sessions.length + 1}`, kind, at, placeId, placeName: place?.name ?? null, court, note };
    return { action: kind === SessionKind.CIRCUIT_COURT ? "courtSession" : "session", apply: (record) => ({ ...record, sessions: [...record.sessions, session] }) };
  });
}

export async function concludeMediation(
  ctx: GridnetContext,
  input: {
    caseId: string;
    expectedVersion: number;
    outcome: MediationOutcome;
    agreementText?: string | null;
    obligations?: { partyId: string; description: string; amountYuan?: number | null; dueAt: string }[] | null;
  },
): Promise<CaseView> {
  requireActor(ctx);
  const caseId = valid.id(input.caseId, "caseId");
  const expectedVersion = valid.version(input.expectedVersion);
  const outcome = valid.oneOf(MediationOutcome, input.outcome, "outcome");
  const agreed = outcome === MediationOutcome.AGREEMENT;
  const agreementText = valid.optionalText(input.agreementText, "agreementText", 4000);
  if (agreed && agreementText === null) throw badInput("An agreement records its text.", "agreementText");
  if (!agreed && agreementText !== null) throw badInput(`${outcome} has no agreement text.`, "agreementText");
  const list = input.obligations ?? [];
  if (!agreed && list.length > 0) throw badInput(`${outcome} has no obligations.`, "obligations");
  if (list.length > LIMITS.obligations) throw badInput(`At most ${LIMITS.obligations} obligations.`, "obligations");
  const obligations: ObligationRecord[] = list.map((o, i) => ({
    id: `o${i + 1}`,
    partyId: valid.key(o?.partyId, `obligations[${i}].partyId`, 8),
    description: valid.text(o.description, `obligations[${i}].description`, 200),
    amountYuan: o.amountYuan === null || o.amountYuan === undefined ? null : valid.integer(o.amountYuan, `obligations[${i}].amountYuan`, 1, 1_000_000_000),
    dueAt: valid.dateTime(o.dueAt, `obligations[${i}].dueAt`),
    fulfilledAt: null,
    note: null,
  }));
  return transition(ctx, "concludeMediation", caseId, expectedVersion, [outcome, agreementText, obligations], (c) => {
    for (const [i, o] of obligations.entries()) {
      if (!c.parties.some((p) => p.id === o.partyId)) throw badInput(`obligations[${i}] names no party of this case.`, `obligations[${i}].partyId`);
    }
    const action: MediationActionName = !agreed ? (outcome === MediationOutcome.NO_AGREEMENT ? "fail" : "refer") : obligations.length > 0 ? "agree" : "settle";
    return { action, apply: (record) => ({ ...record, outcome, agreementText, obligations }) };
  });
}

export async function fulfilObligation(ctx: GridnetContext, input: { caseId: string; expectedVersion: number; obligationId: string; note?: string | null }): Promise<CaseView> {
  requireActor(ctx);
  const caseId = valid.id(input.caseId, "caseId");
  const expectedVersion = valid.version(input.expectedVersion);
  const obligationId = valid.key(input.obligationId, "obligationId", 8);
  const note = valid.optionalText(input.note, "note", 500);
  return transition(ctx, "fulfilObligation", caseId, expectedVersion, [obligationId, note], (c) => {
    const target = c.obligations.find((o) => o.id === obligationId);
    if (!target) throw badInput(`The case has no obligation ${obligationId}.`, "obligationId");
    if (target.fulfilledAt !== null) throw badInput(`Obligation ${obligationId} is already fulfilled.`, "obligationId");
    const last = c.obligations.every((o) => o.id === obligationId || o.fulfilledAt !== null);
    return {
      action: last ? "fulfilLast" : "fulfil",
      apply: (record, at) => ({ ...record, obligations: record.obligations.map((o) => (o.id === obligationId ? { ...o, fulfilledAt: at, note } : o)) }),
    };
  });
}

export async function closeMediationCase(ctx: GridnetContext, input: { caseId: string; expectedVersion: number; note: string }): Promise<CaseView> {
  requireActor(ctx);
  const caseId = valid.id(input.caseId, "caseId");
  const expectedVersion = valid.version(input.expectedVersion);
  const note = valid.text(input.note, "note", 2000);
  return transition(ctx, "closeMediationCase", caseId, expectedVersion, [note], () => ({ action: "close", apply: (record) => ({ ...record, closingNote: note }) }));
}

// ---- reads ----

/** One case, or null when it does not exist or the reader may not see it. */
export async function mediationCase(ctx: GridnetContext, id: string): Promise<CaseView | null> {
  const actor = authorize(ctx, POLICY.mediationCase, "read mediation cases");
  const found = await ctx.loaders.mediationCase.load(valid.id(id, "id"));
  return found && canSeeCase(actor, found) ? presentCase(actor, found, ctx.now()) : null;
}

/** The node(id:) loader: the same rule as `mediationCase`, null instead of any refusal. */
export async function mediationCaseNode(ctx: GridnetContext, id: string): Promise<CaseView | null> {
  if (!ctx.actor) return null;
  const found = await ctx.loaders.mediationCase.load(id);
  return found && canSeeCase(ctx.actor, found) ? presentCase(ctx.actor, found, ctx.now()) : null;
}

/**
 * Cases newest first: under a unit in scope (admins; optionally of one state), or your own —
 * those you are a party to or mediate (`mine`; always so for residents, grid workers and volunteers).
 */
export async function mediationCases(
  ctx: GridnetContext,
  args: { unitId?: string | null; state?: MediationState | null; mine?: boolean | null; first?: number | null; after?: string | null },
) {
  const actor = authorize(ctx, POLICY.mediationCases, "list mediation cases");
  const state = args.state === null || args.state === undefined ? null : valid.oneOf(MediationState, args.state, "state");
  const size = pageSize(args.first);
  const own = Boolean(args.mine) || ![Role.DISTRICT_ADMIN, Role.STREET_ADMIN, Role.COMMUNITY_ADMIN].includes(actor.role);
  let partition: string;
  if (own) {
    if (valid.optionalId(args.unitId, "unitId") !== null) throw forbidden("You list your own cases; only admins list a unit's.");
    partition = partitions.person(actor.sub);
  } else {
    const unit = await loadUnitInScope(ctx, valid.optionalId(args.unitId, "unitId") ?? actor.orgId, "unitId");
    partition = state ? partitions.state(unit.id, state) : partitions.all(unit.id);
  }
  const page = await store.listCaseIndex(ctx.db, partition, size, args.after);
  const now = ctx.now();
  return visiblePage(
    page,
    (entry) => entry.caseId,
    ctx.loaders.mediationCase,
    // The same rule as the single read; a state filter on your own list is applied here.
    (c) => canSeeCase(actor, c) && (!state || c.state === state),
    (c) => presentCase(actor, c, now),
  );
}

/** Obligations still owed past their date under a unit in scope, most overdue first. */
export async function overdueObligations(ctx: GridnetContext, args: { unitId?: string | null; first?: number | null; after?: string | null }) {
  const actor = authorize(ctx, POLICY.overdueObligations, "follow overdue obligations");
  const unit = await loadUnitInScope(ctx, valid.optionalId(args.unitId, "unitId") ?? actor.orgId, "unitId");
  const now = ctx.now();
  const page = await store.listCaseIndex(ctx.db, partitions.due(unit.id), pageSize(args.first), args.after, { dueBefore: now.toISOString() });
  const loaded = await ctx.loaders.mediationCase.loadMany(page.items.map((i) => i.item.caseId));
  const items = page.items.flatMap(({ cursor, item }, i) => {
    const c = loaded[i];
    if (!c || c instanceof Error || !canSeeCase(actor, c)) return [];
    const view = presentCase(actor, c, now);
    const obligation = view.obligations.find((o) => o.id === item.sk.split("#").at(-1));
    return obligation?.overdue ? [{ cursor, item: readAs({ case: view, obligation }, view) }] : [];
  });
  return toConnection({ ...page, items }, (v) => v);
}

/** How many cases a unit in scope has, by state, and how many obligations are overdue: what partners may read. */
export async function mediationCounts(ctx: GridnetContext, unitId: string | null | undefined) {
  const actor = authorize(ctx, POLICY.mediationCounts, "count mediation cases");
  const unit = await loadUnitInScope(ctx, valid.optionalId(unitId, "unitId") ?? actor.orgId, "unitId");
  const states = Object.values(MediationState);
  const [counts, overdue] = await Promise.all([
    Promise.all(states.map((s) => store.countIndex(ctx.db, partitions.state(unit.id, s)))),
    store.countIndex(ctx.db, partitions.due(unit.id), ctx.now().toISOString()),
  ]);
  return {
    unitId: unit.id,
    total: counts.reduce((a, b) => a + b, 0),
    byState: states.map((state, i) => ({ state, count: counts[i] })),
    overdueObligations: overdue,
  };
}
