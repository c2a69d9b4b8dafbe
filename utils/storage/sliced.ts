import type { z } from 'zod';
import type { StoredItem } from './stored-item';

/** Lets the host page run between slices of work (a content script must not hold its main thread). */
export const pauseForHost = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * A stored list followed without one long parse: its items are checked a slice at a time (each under `sliceMs`),
 * the page getting its main thread back in between. A list with a bad item falls back to the store's own parse
 * (which keeps and reports what it cannot read). Returns the unwatch function.
 */
export function followListInSlices<E>(store: StoredItem<E[]>, element: z.ZodType<E>, onValue: (value: E[]) => void, sliceMs = 12): () => void {
  let generation = 0;
  const read = async (raw: unknown) => {
    const mine = ++generation;
    if (!Array.isArray(raw)) return onValue(store.parse(raw));
    const out: E[] = [];
    for (let i = 0; i < raw.length; ) {
      const until = performance.now() + sliceMs;
      for (; i < raw.length && performance.now() < until; i++) {
        const parsed = element.safeParse(raw[i]);
        if (!parsed.success) return mine === generation && onValue(store.parse(raw));
        out.push(parsed.data);
      }
      if (i < raw.length) await pauseForHost();
      if (mine !== generation) return;
    }
    onValue(out);
  };
  void store.ready().then(() => store.item.getValue()).then(read);
  return store.item.watch((raw) => void read(raw));
}
