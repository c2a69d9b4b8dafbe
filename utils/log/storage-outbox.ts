import { browser } from '#imports';
import type { ActionDraft } from '../model';
import type { Outbox } from './action-queue';

/** Prefix of the storage.local keys that hold drafts not yet acknowledged, one key per draft (no read-modify-write). */
export const OUTBOX_PREFIX = 'outbox:';

/** The outbox in extension storage: survives the tab (and the browser), drained by the background. */
export const storageOutbox: Outbox = {
  put: (drafts) => browser.storage.local.set(Object.fromEntries(drafts.map((d) => [`${OUTBOX_PREFIX}${d.id}`, d]))),
  remove: (ids) => (ids.length ? browser.storage.local.remove(ids.map((id) => `${OUTBOX_PREFIX}${id}`)) : Promise.resolve()),
};

/** Every draft left in the outbox, by storage key. */
export async function outboxEntries(): Promise<[string, unknown][]> {
  const local = browser.storage.local as typeof browser.storage.local & { getKeys?: () => Promise<string[]> };
  if (local.getKeys) {
    const keys = (await local.getKeys()).filter((k) => k.startsWith(OUTBOX_PREFIX));
    return keys.length ? Object.entries(await local.get(keys)) : [];
  }
  return Object.entries(await local.get(null)).filter(([k]) => k.startsWith(OUTBOX_PREFIX));
}
