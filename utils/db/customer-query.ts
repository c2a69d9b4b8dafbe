import Dexie from 'dexie';
import { buyerKey, type Action, type BuyerRef } from '../model';
import { stripIndexFields, type AppDB, type StoredAction } from './app-db';

const PER_KEY = 2000;

async function newest(db: AppDB, index: '[buyerKey+at]' | '[buyerNickKey+at]', key: string): Promise<StoredAction[]> {
  return db.actions.where(index).between([key, Dexie.minKey], [key, Dexie.maxKey]).reverse().limit(PER_KEY).toArray();
}

/**
 * A buyer's actions for the customer card: by stable id, and by nickname for pages that show only the nickname.
 * Rows under the nickname that carry a stable id bring that id's rows too (records merge once an id is seen);
 * rows of a different stable id are left out when the buyer's own id is known (masked nicknames collide).
 * Index lookups only: a handful of range reads whatever the size of the log.
 */
export async function customerActions(db: AppDB, buyer: BuyerRef): Promise<Action[]> {
  const found = new Map<string, StoredAction>();
  const add = (rows: StoredAction[]) => rows.forEach((r) => found.set(r.id, r));
  const idKey = buyer.buyerId ? buyerKey(buyer) : undefined;
  const nickKey = buyer.nick ? buyerKey({ ...buyer, buyerId: undefined }) : undefined;
  if (idKey) add(await newest(db, '[buyerKey+at]', idKey));
  if (nickKey) {
    const byNick = await newest(db, '[buyerNickKey+at]', nickKey);
    add(byNick.filter((r) => !buyer.buyerId || !r.buyer?.buyerId || r.buyer.buyerId === buyer.buyerId));
    if (!buyer.buyerId) {
      const ids = new Set(byNick.map((r) => r.buyer?.buyerId).filter((id): id is string => !!id));
      for (const id of ids) add(await newest(db, '[buyerKey+at]', buyerKey({ ...buyer, buyerId: id })!));
    }
  }
  return [...found.values()].map(stripIndexFields);
}

export const CASE_KINDS = ['case.opened', 'case.updated', 'case.reassigned', 'case.resolved', 'case.visited', 'case.closed'];

/** Promise and case rows of every buyer, for the end-of-shift handover and the due announcements. */
export async function promiseActions(db: AppDB): Promise<Action[]> {
  const rows = await db.actions
    .where('kind')
    .anyOf(['promise.created', 'promise.done', ...CASE_KINDS])
    .toArray();
  return rows.map(stripIndexFields);
}

/** Every case row, for the lead's register. */
export async function caseActions(db: AppDB): Promise<Action[]> {
  return (await db.actions.where('kind').anyOf(CASE_KINDS).toArray()).map(stripIndexFields);
}

/** Every playbook row, for the trainee view. */
export async function playbookActions(db: AppDB): Promise<Action[]> {
  const kinds = ['playbook.started', 'playbook.step_done', 'playbook.step_skipped', 'playbook.completed', 'playbook.escalated'];
  return (await db.actions.where('kind').anyOf(kinds).toArray()).map(stripIndexFields);
}

/** The buyer and order the agent saw last (the newest order.seen row): what the template editor previews with. */
export async function latestOrderSeen(db: AppDB): Promise<Action | undefined> {
  const row = await db.actions.where('kind').equals('order.seen').last();
  return row ? stripIndexFields(row) : undefined;
}
