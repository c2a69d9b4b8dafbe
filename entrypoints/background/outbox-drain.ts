import { browser } from '#imports';
import { appendBatch } from '@/utils/db/append-actions';
import type { AppDB } from '@/utils/db/app-db';
import { withOpenDb } from '@/utils/db/reopening';
import { traceMark } from '@/utils/log/start-trace';
import { outboxDrafts, outboxSlots } from '@/utils/log/storage-outbox';
import type { AgentHistory } from './agent-history';

const ALARM = 'kefu-outbox';
/** Drafts stored per transaction: small enough that a worker living a quarter second still finishes one. */
const BATCH = 200;
/**
 * Only drafts older than this are drained: a live page delivers its own well within it (so the drain never races it
 * and re-stores a page's drafts out of order), while a closed page's drafts are taken soon after it closed.
 */
const MIN_AGE_MS = 2000;
const AFTER_TAB_CLOSED_MS = MIN_AGE_MS + 500;

/**
 * Stores what tabs queued but never got acknowledged (closed, reloaded, or the worker was away), then clears it.
 * The plan comes from the outbox's keys alone; values are read a batch at a time, each batch stored and removed
 * before the next, so a worker stopped halfway has kept what it did and the next start goes on from there.
 * Each draft keeps the agent it was made under (a closed tab's drafts delivered after a shift change included).
 */
export async function drainOutbox(db: AppDB, agents: AgentHistory): Promise<number> {
  traceMark('drain-start');
  const slots = await outboxSlots(Date.now(), MIN_AGE_MS);
  traceMark('drain-planned', slots.length);
  if (slots.length === 0) return 0;
  const { agent, history } = await agents.now();
  let stored = 0;
  for (let i = 0; i < slots.length; i += BATCH) {
    const { drafts, keys } = await outboxDrafts(slots.slice(i, i + BATCH));
    if (drafts.length) await withOpenDb(db, () => appendBatch(db, drafts, agent, undefined, history));
    if (keys.length) await browser.storage.local.remove(keys);
    stored += drafts.length;
    traceMark('drain-stored', drafts.length);
  }
  return stored;
}

/**
 * Drains soon after the worker starts, soon after any tab closes, and every minute. Not at once on start: a start
 * is usually a live page's message, whose drafts that page delivers itself, and a worker stopped every few hundred
 * milliseconds would spend each life planning a drain instead of storing them.
 */
export function watchOutbox(db: AppDB, agents: AgentHistory): void {
  let running: Promise<unknown> = Promise.resolve();
  const drain = () => (running = running.then(() => drainOutbox(db, agents)).catch((error) => console.warn('[kefu] outbox drain failed; retried later', error)));
  setTimeout(drain, MIN_AGE_MS);
  void browser.alarms.create(ALARM, { periodInMinutes: 1 });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === ALARM) void drain();
  });
  browser.tabs.onRemoved.addListener(() => setTimeout(drain, AFTER_TAB_CLOSED_MS));
}
