import { storage } from '#imports';
import type { z } from 'zod';

/**
 * A value in extension storage that is parsed on every read: a stored value that no longer parses is left
 * untouched and the fallback applies (with a warning), so a bad write can never break a page.
 */
export function validatedItem<T>(key: `local:${string}`, schema: z.ZodType<T>, fallback: T) {
  const item = storage.defineItem<T>(key, { fallback, version: 1 });
  const parse = (raw: unknown): T => {
    const parsed = schema.safeParse(raw);
    if (parsed.success) return parsed.data;
    console.warn(`[kefu] stored ${key} does not parse; using the default`, parsed.error.issues[0]);
    return fallback;
  };
  const load = async () => parse(await item.getValue());
  const watch = (onChange: (value: T) => void) => item.watch((raw) => onChange(parse(raw)));
  return {
    item,
    parse,
    load,
    save: (value: T) => item.setValue(schema.parse(value)),
    watch,
    /** The stored value now and on every change after; returns the unwatch function. */
    follow(onValue: (value: T) => void): () => void {
      void load().then(onValue);
      return watch(onValue);
    },
  };
}
