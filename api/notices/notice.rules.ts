// The district's notice boards (公告栏): admins post on the board of a unit in their scope;
// everyone reads the board of a unit they may see merged with the boards above it — a resident
// of 凤凰山社区 sees the community's, 磁器口街道's and the district's notices in one list.
import { canSeeUnit } from "../org";
import { seesPersonalData, type Actor } from "../auth/actor";
import { authorize, requireActor } from "../auth/guards";
import { loadUnit, loadUnitInScope } from "../org";
import { audience, tagged } from "../privacy/audience";
import { pageSize, toConnection } from "../common/paging";
import * as valid from "../common/validate";
import type { GridnetContext } from "../context";
import { conflict, forbidden } from "../errors";
import { reusedKey } from "../store/idempotency";
import { NOTICE_POLICY as POLICY } from "./notice.policy";
import { getNotice, listBoards, noticeId, putNotice, type NoticeRecord } from "./notice.store";

export async function postNotice(ctx: GridnetContext, input: { unitId?: string | null; title: string; body: string; idempotencyKey: string }): Promise<NoticeRecord> {
  const actor = authorize(ctx, POLICY.postNotice, "post notices");
  const key = valid.key(input.idempotencyKey, "idempotencyKey");
  const title = valid.text(input.title, "title", 80);
  const body = valid.text(input.body, "body", 2000);
  const unit = await loadUnitInScope(ctx, valid.optionalId(input.unitId, "unitId") ?? actor.orgId, "unitId");
  const notice: NoticeRecord = { id: noticeId(actor.sub, key), unitId: unit.id, unitName: unit.name, title, body, postedAt: ctx.now().toISOString(), authorId: actor.sub };
  if (await putNotice(ctx.db, notice)) return notice;
  // A retry: the first post stands (and must be the same post).
  const first = await getNotice(ctx.db, notice.id);
  if (!first) throw conflict("A notice with this idempotency key is still being written; retry.");
  if (first.title !== title || first.body !== body || first.unitId !== unit.id) {
    throw reusedKey("notice");
  }
  return first;
}

/** The board of `unitId` (default: the actor's unit) and every board above it, newest first. */
export async function notices(ctx: GridnetContext, unitId: string | null | undefined, first?: number | null, after?: string | null) {
  const actor = requireActor(ctx);
  const unit = await loadUnit(ctx, valid.optionalId(unitId, "unitId") ?? actor.orgId, "unitId");
  if (!canSeeUnit(actor, unit)) throw forbidden(`Org unit ${unit.id} is outside your scope.`);
  // A unit the actor may see has only ancestors the actor may see (in scope, or on the way up):
  // every board read here passes the unit rule; the filter keeps a stray item off the list.
  const boards = [...unit.ancestorIds, unit.id];
  const page = await listBoards(ctx.db, boards, pageSize(first), after);
  return toConnection({ ...page, items: page.items.filter(({ item }) => boards.includes(item.unitId)) }, (n) => present(actor, n));
}

/**
 * One notice, for `node(id:)`: shown to whoever may see the unit whose board it is on (the rule
 * `notices` lists by), else null.
 */
export async function findVisibleNotice(ctx: GridnetContext, id: string): Promise<NoticeRecord | null> {
  const actor = requireActor(ctx);
  const notice = await getNotice(ctx.db, valid.id(id, "id"));
  const board = notice ? await ctx.loaders.orgUnit.load(notice.unitId) : null;
  return notice && board && canSeeUnit(actor, board) ? present(actor, notice) : null;
}

/** Notices are public to residents; partners read their free text through the masking layer. */
function present(actor: Actor, notice: NoticeRecord): NoticeRecord {
  return tagged(notice, audience(seesPersonalData(actor)));
}
