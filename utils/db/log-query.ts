import Dexie from 'dexie';
import type { Action } from '../model';
import { matchesFilter, type LogFilter } from '../model/log-filter';
import { stripIndexFields, type AppDB, type StoredAction } from './app-db';

/** The rows of one agent, or everyone, with `at` in [lo, hi): an index range, no row reads. */
function timeRange(db: AppDB, staffId: string | undefined, lo: IndexableBound, hi: IndexableBound) {
  return staffId ? db.actions.where('[agentStaffId+at]').between([staffId, lo], [staffId, hi], true, false) : db.actions.where('at').between(lo, hi, true, false);
}
type IndexableBound = number | typeof Dexie.minKey | typeof Dexie.maxKey;

/** The filter's own time range on its narrowest index (a fresh collection each call: Dexie's last() reverses one). */
const filterRange = (db: AppDB, filter: LogFilter) => timeRange(db, filter.staffId, filter.from ?? Dexie.minKey, filter.to ?? Dexie.maxKey);

function splitFilter(filter: LogFilter) {
  const rest: LogFilter = { ...filter, from: undefined, to: undefined, staffId: undefined };
  return { rest, needsRows: Object.values(rest).some((v) => v !== undefined) };
}

const PUBLISH_EVERY_MS = 150;
const FIRST_WINDOW_MS = 3_600_000;
const TARGET_KEYS = 50_000;

/**
 * Like matchingIds, but newest first as they are found, so the first screen of a million-row log shows at once.
 * Index-only filters read keys in time windows walking back from the newest row (getAllKeys per window, sized to
 * about 50,000 keys, each its own short transaction so the background's writes are never held up); filters that
 * need the row (kind, buyer, text…) walk a cursor.
 */
export async function streamMatchingIds(db: AppDB, filter: LogFilter, onIds: (ids: string[], complete: boolean) => void, signal?: AbortSignal): Promise<void> {
  const { rest, needsRows } = splitFilter(filter);
  const ids: string[] = [];
  let lastPublish = 0;
  const publish = () => {
    const now = performance.now();
    if (ids.length > 0 && (lastPublish === 0 || now - lastPublish > PUBLISH_EVERY_MS)) {
      lastPublish = now;
      onIds(ids.slice(), false);
    }
  };
  if (needsRows) {
    await filterRange(db, filter)
      .reverse()
      .filter((row) => matchesFilter(row, rest))
      .until(() => !!signal?.aborted)
      .eachPrimaryKey((id) => {
        ids.push(id as string);
        if (ids.length % 100 === 0) publish();
      });
  } else {
    const [oldest, newest] = await Promise.all([filterRange(db, filter).first(), filterRange(db, filter).last()]);
    if (oldest && newest) {
      let hi = newest.at + 1;
      let window = FIRST_WINDOW_MS;
      while (hi > oldest.at && !signal?.aborted) {
        const lo = Math.max(oldest.at, hi - window);
        const keys = (await timeRange(db, filter.staffId, lo, hi).primaryKeys()) as string[];
        for (let i = keys.length - 1; i >= 0; i--) ids.push(keys[i]!);
        hi = lo;
        window = keys.length < TARGET_KEYS / 2 ? window * 2 : keys.length > TARGET_KEYS * 2 ? Math.max(60_000, window / 2) : window;
        publish();
      }
    }
  }
  if (!signal?.aborted) onIds(ids, true);
}

/**
 * The ids of the rows matching a filter, newest first. The narrowest index does the first cut (agent + time, order,
 * or time); the rest is checked row by row only when a filter needs it. Ids, not rows, so a million matches stay small.
 */
export async function matchingIds(db: AppDB, filter: LogFilter): Promise<string[]> {
  const { rest, needsRows } = splitFilter(filter);
  const indexed = filterRange(db, filter);
  // Forward without a row filter lets IndexedDB hand over all keys at once (getAllKeys); reversing in JS is cheap.
  const matching = needsRows ? indexed.filter((row) => matchesFilter(row, rest)) : indexed;
  return ((await matching.primaryKeys()) as string[]).reverse();
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
