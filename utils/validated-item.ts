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
  return {
    item,
    parse,
    load: async () => parse(await item.getValue()),
    save: (value: T) => item.setValue(schema.parse(value)),
    watch: (onChange: (value: T) => void) => item.watch((raw) => onChange(parse(raw))),
  };
}
