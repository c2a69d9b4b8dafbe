import { browser } from '#imports';
import type { ActionDraft } from '../model';
import type { Outbox } from './action-queue';

/** Prefix of the storage.local keys that hold drafts not yet acknowledged, one key per draft (no read-modify-write). */
export const OUTBOX_PREFIX = 'outbox:';

/** A kept draft with where it came from and its place there: a page's drafts must be stored in the order it made them. */
export interface OutboxEntry {
  context: string;
  n: number;
  draft: ActionDraft;
}

/** The outbox of this page (one per content script or extension page): survives the tab, drained by the background. */
export function storageOutbox(): Outbox {
  const context = crypto.randomUUID();
  let n = 0;
  return {
    put: (drafts) => browser.storage.local.set(Object.fromEntries(drafts.map((draft): [string, OutboxEntry] => [`${OUTBOX_PREFIX}${draft.id}`, { context, n: n++, draft }]))),
    remove: (ids) => (ids.length ? browser.storage.local.remove(ids.map((id) => `${OUTBOX_PREFIX}${id}`)) : Promise.resolve()),
  };
}

/** Drafts left in the outbox longer than `minAgeMs`, by storage key, each page's in the order it made them. */
export async function outboxEntries(now: number, minAgeMs: number): Promise<[string, OutboxEntry][]> {
  const local = browser.storage.local as typeof browser.storage.local & { getKeys?: () => Promise<string[]> };
  const all = local.getKeys
    ? await (async () => {
        const keys = (await local.getKeys!()).filter((k) => k.startsWith(OUTBOX_PREFIX));
        return keys.length ? Object.entries(await local.get(keys)) : [];
      })()
    : Object.entries(await local.get(null)).filter(([k]) => k.startsWith(OUTBOX_PREFIX));
  const entries = all.filter((e): e is [string, OutboxEntry] => isEntry(e[1]) && now - e[1].draft.at >= minAgeMs);
  // A page's entries older than the threshold are a prefix of what it holds: storing them in order keeps its order.
  return entries.sort(([, a], [, b]) => a.draft.at - b.draft.at || (a.context === b.context ? a.n - b.n : a.context.localeCompare(b.context)));
}

function isEntry(value: unknown): value is OutboxEntry {
  const entry = value as OutboxEntry | null;
  return !!entry && typeof entry.context === 'string' && typeof entry.n === 'number' && !!entry.draft && typeof entry.draft.at === 'number';
}
