import { browser } from 'wxt/browser';
import { z } from 'zod';
import { markStorageReadable, reportStorageProblem } from './problems';
import { pauseForHost } from './sliced';

/**
 * A long list (the shop's template library: up to 20,000 items, megabytes) kept in storage.local as small chunks.
 * Why: Chromium turns a stored value into JavaScript for every `get`, and hands every change to every tab that watches
 * storage — in full. One 3 MB value meant a 60–100 ms task on each seller page at every read and every save (a usage
 * count included). Chunks are read one call at a time with the page given back in between, and a save sends only
 * small changes, one per task.
 *
 * Layout: `<key>` holds a manifest `{format: 'chunked', revision, chunks, count}`; `<key>@<revision>#<i>` the items.
 * A save writes the new revision's chunks, then the manifest, then removes the old chunks. The list an older build
 * stored under `<key>` (a plain array) is still read, and the background rewrites it as chunks (`migrateLegacy`).
 */
const manifestSchema = z.object({ format: z.literal('chunked'), revision: z.string().regex(/^[a-z0-9]{1,20}$/), chunks: z.number().int().nonnegative(), count: z.number().int().nonnegative() });
type Manifest = z.infer<typeof manifestSchema>;

export interface ChunkedListOptions<E> {
  /** The storage.local key (without WXT's `local:` prefix). */
  key: string;
  element: z.ZodType<E>;
  fallback: E[];
  max: number;
  idOf: (item: E) => string;
  chunkSize?: number;
}

const local = () => browser.storage.local;

export function chunkedList<E>({ key, element, fallback, max, idOf, chunkSize = 200 }: ChunkedListOptions<E>) {
  const problemKey = `local:${key}`;
  const chunkKey = (revision: string, index: number) => `${key}@${revision}#${index}`;
  const listSchema = z.array(element).max(max);

  async function readStored(): Promise<{ manifest: Manifest } | { legacy: unknown[] } | null> {
    const raw = (await local().get(key))[key];
    if (raw === undefined) return null;
    if (Array.isArray(raw)) return { legacy: raw };
    const manifest = manifestSchema.safeParse(raw);
    if (manifest.success) return { manifest: manifest.data };
    void reportStorageProblem(problemKey, raw, 'the library index does not parse', ['(all)']).catch(() => {});
    return null;
  }

  /** The stored items, unparsed, one chunk per storage call (`pause` between calls gives the page its thread back). */
  async function readItems(stored: { manifest: Manifest } | { legacy: unknown[] }, pause?: () => Promise<void>): Promise<unknown[][]> {
    if ('legacy' in stored) return [stored.legacy];
    const chunks: unknown[][] = [];
    for (let i = 0; i < stored.manifest.chunks; i++) {
      const name = chunkKey(stored.manifest.revision, i);
      const chunk = (await local().get(name))[name];
      chunks.push(Array.isArray(chunk) ? chunk : []);
      if (pause) await pause();
    }
    return chunks;
  }

  /** Each item checked (in slices under `sliceMs` when paused); one that does not parse is kept in storage and reported. */
  async function parseItems(chunks: unknown[][], pause?: () => Promise<void>, sliceMs = 12): Promise<E[]> {
    const out: E[] = [];
    const bad: string[] = [];
    let until = performance.now() + sliceMs;
    for (const chunk of chunks) {
      for (const raw of chunk) {
        const parsed = element.safeParse(raw);
        if (parsed.success) out.push(parsed.data);
        else bad.push(`${String((raw as { id?: unknown })?.id ?? '?')}: ${parsed.error.issues[0]?.path.join('.') || '(item)'} ${parsed.error.issues[0]?.message ?? ''}`);
        if (pause && performance.now() > until) {
          await pause();
          until = performance.now() + sliceMs;
        }
      }
    }
    if (bad.length) {
      void reportStorageProblem(problemKey, { unreadable: bad.slice(0, 20) }, `${bad.length} item(s) do not parse and are left out; they stay in storage`, bad.slice(0, 50)).catch(() => {});
    }
    return out.slice(0, max);
  }

  async function read(pause?: () => Promise<void>): Promise<E[]> {
    const stored = await readStored();
    if (!stored) return fallback;
    return parseItems(await readItems(stored, pause), pause);
  }

  /** Writes a whole list as a new revision, one chunk per storage call, then switches the manifest to it. */
  async function writeChunks(items: readonly unknown[]): Promise<void> {
    const before = await readStored();
    const revision = (Date.now().toString(36) + Math.random().toString(36).slice(2, 8)).slice(0, 20);
    const chunks = Math.ceil(items.length / chunkSize);
    for (let i = 0; i < chunks; i++) await local().set({ [chunkKey(revision, i)]: items.slice(i * chunkSize, (i + 1) * chunkSize) });
    await local().set({ [key]: { format: 'chunked', revision, chunks, count: items.length } satisfies Manifest, [`${key}$`]: { v: 2 } });
    if (before && 'manifest' in before) {
      for (let i = 0; i < before.manifest.chunks; i++) await local().remove(chunkKey(before.manifest.revision, i));
    }
  }

  return {
    key: problemKey,
    /** The storage.local key of the manifest (and of a list an older build stored whole). */
    storageKey: key,
    load: () => read(),
    /** The list read a chunk at a time with the page's main thread given back in between (content scripts). */
    loadInSlices: () => read(pauseForHost),
    async save(items: E[]): Promise<void> {
      await writeChunks(listSchema.parse(items));
      await markStorageReadable(problemKey);
    },
    /** Changes one item where it is stored: one chunk rewritten, the rest untouched. False when no item has the id. */
    async update(id: string, change: (item: E) => E): Promise<boolean> {
      const stored = await readStored();
      if (!stored || !('manifest' in stored)) {
        const all = await read();
        if (!all.some((item) => idOf(item) === id)) return false;
        await writeChunks(listSchema.parse(all.map((item) => (idOf(item) === id ? change(item) : item))));
        return true;
      }
      for (let i = 0; i < stored.manifest.chunks; i++) {
        const name = chunkKey(stored.manifest.revision, i);
        const chunk = (await local().get(name))[name];
        if (!Array.isArray(chunk)) continue;
        const at = chunk.findIndex((raw) => (raw as { id?: unknown })?.id === id);
        if (at < 0) continue;
        const parsed = element.safeParse(chunk[at]);
        if (!parsed.success) return false;
        await local().set({ [name]: chunk.map((raw, j) => (j === at ? element.parse(change(parsed.data)) : raw)) });
        return true;
      }
      return false;
    },
    /**
     * The list now (read in slices) and again after every save or item change; returns the unwatch function. Only the
     * manifest or a chunk of the current revision triggers a re-read.
     */
    followInSlices(onValue: (items: E[]) => void): () => void {
      let generation = 0;
      let revision: string | undefined;
      const reread = async () => {
        const mine = ++generation;
        const stored = await readStored();
        revision = stored && 'manifest' in stored ? stored.manifest.revision : undefined;
        const items = stored ? await parseItems(await readItems(stored, pauseForHost), pauseForHost) : fallback;
        if (mine === generation) onValue(items);
      };
      const onChanged = (changes: Record<string, unknown>, area: string) => {
        if (area !== 'local') return;
        if (key in changes || (revision && Object.keys(changes).some((k) => k.startsWith(`${key}@${revision}#`)))) void reread();
      };
      browser.storage.onChanged.addListener(onChanged);
      void reread();
      return () => {
        generation++;
        browser.storage.onChanged.removeListener(onChanged);
      };
    },
    /** Rewrites a list an older build stored as one array into chunks (run by the background, once). */
    async migrateLegacy(): Promise<boolean> {
      const stored = await readStored();
      if (!stored || !('legacy' in stored)) return false;
      await writeChunks(stored.legacy);
      return true;
    },
  };
}

export type ChunkedList<E> = ReturnType<typeof chunkedList<E>>;
