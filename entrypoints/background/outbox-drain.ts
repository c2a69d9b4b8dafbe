import { browser } from '#imports';
import { appendBatch } from '@/utils/db/append-actions';
import type { AppDB } from '@/utils/db/app-db';
import { withOpenDb } from '@/utils/db/reopening';
import { outboxEntries } from '@/utils/log/storage-outbox';
import type { Agent } from '@/utils/model';

const ALARM = 'kefu-outbox';
const BATCH = 200;
/**
 * Only drafts older than this are drained: a live page delivers its own well within it (so the drain never races it
 * and re-stores a page's drafts out of order), while a closed page's drafts are taken soon after it closed.
 */
const MIN_AGE_MS = 2000;
const AFTER_TAB_CLOSED_MS = MIN_AGE_MS + 500;

/** Stores what tabs queued but never got acknowledged (closed, reloaded, or the worker was away), then clears it. */
export async function drainOutbox(db: AppDB, agent: () => Promise<Agent | undefined>): Promise<number> {
  const entries = await outboxEntries(Date.now(), MIN_AGE_MS);
  if (entries.length === 0) return 0;
  const who = await agent();
  for (let i = 0; i < entries.length; i += BATCH) {
    const chunk = entries.slice(i, i + BATCH);
    await withOpenDb(db, () => appendBatch(db, chunk.map(([, entry]) => entry.draft), who));
    await browser.storage.local.remove(chunk.map(([key]) => key));
  }
  return entries.length;
}

/** Drains on start, soon after any tab closes, and every minute. */
export function watchOutbox(db: AppDB, agent: () => Promise<Agent | undefined>): void {
  let running: Promise<unknown> = Promise.resolve();
  const drain = () => (running = running.then(() => drainOutbox(db, agent)).catch((error) => console.warn('[kefu] outbox drain failed; retried later', error)));
  void drain();
  void browser.alarms.create(ALARM, { periodInMinutes: 1 });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === ALARM) void drain();
  });
  browser.tabs.onRemoved.addListener(() => setTimeout(drain, AFTER_TAB_CLOSED_MS));
}
