import Dexie from 'dexie';
import type { Action } from '../model';
import { matchesFilter, type LogFilter } from '../log-view/log-filter';
import { stripIndexFields, type AppDB, type StoredAction } from './app-db';

/**
 * The ids of the rows matching a filter, newest first. The narrowest index does the first cut (agent + time, order,
 * or time); the rest is checked row by row only when a filter needs it. Ids, not rows, so a million matches stay small.
 */
export async function matchingIds(db: AppDB, filter: LogFilter): Promise<string[]> {
  const from = filter.from ?? Dexie.minKey;
  const to = filter.to ?? Dexie.maxKey;
  const byAgent = !!filter.staffId;
  const indexed = byAgent
    ? db.actions.where('[agentStaffId+at]').between([filter.staffId, from], [filter.staffId, to], true, false)
    : db.actions.where('at').between(from, to, true, false);
  const rest: LogFilter = { ...filter, from: undefined, to: undefined, ...(byAgent ? { staffId: undefined } : {}) };
  const needsRows = Object.values(rest).some((v) => v !== undefined);
  const ordered = indexed.reverse();
  const matching = needsRows ? ordered.filter((row) => matchesFilter(row, rest)) : ordered;
  return (await matching.primaryKeys()) as string[];
}

/** Rows by id in the given order (for the visible window of the table, or one export chunk). */
export async function rowsByIds(db: AppDB, ids: readonly string[]): Promise<Action[]> {
  const rows = await db.actions.bulkGet([...ids]);
  return rows.filter((r): r is StoredAction => !!r).map(stripIndexFields);
}

/** Streams matching rows in chunks, for exports and KPIs; stops early when the signal aborts. */
export async function* rowsInChunks(db: AppDB, ids: readonly string[], chunkSize = 2000, signal?: AbortSignal): AsyncGenerator<Action[]> {
  for (let i = 0; i < ids.length; i += chunkSize) {
    if (signal?.aborted) return;
    yield await rowsByIds(db, ids.slice(i, i + chunkSize));
  }
}

/** The agents (工号) in the log, for the filter picker: one index seek per agent, whatever the row count. */
export async function loggedStaffIds(db: AppDB): Promise<string[]> {
  const ids: string[] = [];
  let next = await db.actions.orderBy('[agentStaffId+at]').first();
  while (next?.agentStaffId) {
    ids.push(next.agentStaffId);
    next = await db.actions.where('[agentStaffId+at]').above([next.agentStaffId, Dexie.maxKey]).first();
  }
  return ids;
}
