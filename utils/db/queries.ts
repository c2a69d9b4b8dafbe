import Dexie from 'dexie';
import type { Action } from '../model';
import { stripIndexFields, type AppDB } from './app-db';

export async function recentActions(db: AppDB, limit: number): Promise<Action[]> {
  const rows = await db.actions.orderBy('at').reverse().limit(limit).toArray();
  return rows.map(stripIndexFields);
}

export async function actionsForBuyer(db: AppDB, key: string, limit: number): Promise<Action[]> {
  const rows = await db.actions.where('[buyerKey+at]').between([key, Dexie.minKey], [key, Dexie.maxKey]).reverse().limit(limit).toArray();
  return rows.map(stripIndexFields);
}
