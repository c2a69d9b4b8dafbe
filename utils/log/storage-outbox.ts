import { browser } from '#imports';
import type { ActionDraft } from '../model';
import type { Outbox } from './action-queue';

/** Prefix of the storage.local keys that hold drafts not yet acknowledged, one key per draft (no read-modify-write). */
export const OUTBOX_PREFIX = 'outbox:';
/**
 * Keys written since the drain became incremental: `outbox:2:<at>:<context>:<n>`. The key alone tells a draft's age
 * and its place in its page, so the background plans a drain from the key list and reads only the values it stores.
 */
const KEYED = `${OUTBOX_PREFIX}2:`;

/** A kept draft with where it came from and its place there: a page's drafts must be stored in the order it made them. */
export interface OutboxEntry {
  context: string;
  n: number;
  draft: ActionDraft;
}

/** Where a kept draft stands, read from its key (or, for a key an older build wrote, from its value). */
export interface OutboxSlot {
  key: string;
  at: number;
  context: string;
  n: number;
}

export const outboxKey = (draft: Pick<ActionDraft, 'at'>, context: string, n: number) => `${KEYED}${draft.at}:${context}:${n}`;

/** The slot a key names; undefined for a key an older build wrote (`outbox:<draft id>`), whose value says it. */
export function slotOfKey(key: string): OutboxSlot | undefined {
  if (!key.startsWith(KEYED)) return undefined;
  const [at, context, n] = key.slice(KEYED.length).split(':');
  const slot = { key, at: Number(at), context: context ?? '', n: Number(n) };
  return Number.isFinite(slot.at) && Number.isFinite(slot.n) && slot.context ? slot : undefined;
}

/** The outbox of this page (one per content script or extension page): survives the tab, drained by the background. */
export function storageOutbox(): Outbox {
  const context = crypto.randomUUID();
  const keys = new Map<string, string>();
  let n = 0;
  return {
    put: (drafts) => {
      const items: Record<string, OutboxEntry> = {};
      for (const draft of drafts) {
        const key = outboxKey(draft, context, n);
        keys.set(draft.id, key);
        items[key] = { context, n: n++, draft };
      }
      return browser.storage.local.set(items);
    },
    remove: (ids) => {
      const gone = ids.flatMap((id) => {
        const key = keys.get(id);
        keys.delete(id);
        return key ? [key] : [];
      });
      return gone.length ? browser.storage.local.remove(gone) : Promise.resolve();
    },
  };
}

type LocalArea = typeof browser.storage.local & { getKeys?: () => Promise<string[]> };

/**
 * What waits in the outbox longer than `minAgeMs`, each page's in the order it made them, read from the keys alone
 * (values only for what an older build left, keyed by draft id). Browsers without `getKeys` read everything once.
 */
export async function outboxSlots(now: number, minAgeMs: number): Promise<OutboxSlot[]> {
  const local = browser.storage.local as LocalArea;
  const keys = local.getKeys ? (await local.getKeys()).filter((k) => k.startsWith(OUTBOX_PREFIX)) : Object.keys(await local.get(null)).filter((k) => k.startsWith(OUTBOX_PREFIX));
  const slots: OutboxSlot[] = [];
  const older: string[] = [];
  for (const key of keys) {
    const slot = slotOfKey(key);
    if (slot) slots.push(slot);
    else older.push(key);
  }
  if (older.length) {
    for (const [key, value] of Object.entries(await local.get(older))) if (isEntry(value)) slots.push({ key, at: value.draft.at, context: value.context, n: value.n });
  }
  // A page's slots older than the threshold are a prefix of what it holds: storing them in order keeps its order.
  return slots.filter((s) => now - s.at >= minAgeMs).sort((a, b) => a.at - b.at || (a.context === b.context ? a.n - b.n : a.context.localeCompare(b.context)));
}

/**
 * The drafts kept under these keys, in the keys' order, with the keys they were read from (a key its page removed
 * meanwhile is skipped; a value that is not an entry is left where it is).
 */
export async function outboxDrafts(slots: readonly OutboxSlot[]): Promise<{ drafts: ActionDraft[]; keys: string[] }> {
  const values = await browser.storage.local.get(slots.map((s) => s.key));
  const drafts: ActionDraft[] = [];
  const keys: string[] = [];
  for (const { key } of slots) {
    const value = values[key];
    if (!isEntry(value)) continue;
    drafts.push(value.draft);
    keys.push(key);
  }
  return { drafts, keys };
}

function isEntry(value: unknown): value is OutboxEntry {
  const entry = value as OutboxEntry | null;
  return !!entry && typeof entry.context === 'string' && typeof entry.n === 'number' && !!entry.draft && typeof entry.draft.at === 'number';
}
