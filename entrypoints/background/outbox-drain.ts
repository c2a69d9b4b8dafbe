import { browser } from '#imports';
import { appendBatch } from '@/utils/db/append-actions';
import type { AppDB } from '@/utils/db/app-db';
import { withOpenDb } from '@/utils/db/reopening';
import { outboxEntries } from '@/utils/log/storage-outbox';
import type { Agent } from '@/utils/model';

const ALARM = 'kefu-outbox';
const BATCH = 200;
const AFTER_TAB_CLOSED_MS = 1000;

/** Stores what tabs queued but never got acknowledged (closed, reloaded, or the worker was away), then clears it. */
export async function drainOutbox(db: AppDB, agent: () => Promise<Agent | undefined>): Promise<number> {
  const entries = await outboxEntries();
  if (entries.length === 0) return 0;
  entries.sort(([, a], [, b]) => ((a as { at?: number })?.at ?? 0) - ((b as { at?: number })?.at ?? 0));
  const who = await agent();
  for (let i = 0; i < entries.length; i += BATCH) {
    const chunk = entries.slice(i, i + BATCH);
    await withOpenDb(db, () => appendBatch(db, chunk.map(([, draft]) => draft), who));
    await browser.storage.local.remove(chunk.map(([key]) => key));
  }
  return entries.length;
}

/** Drains on start, a second after any tab closes, and every minute. */
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
