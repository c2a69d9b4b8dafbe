import { storage } from '#imports';
import type { z } from 'zod';
import type { ManagedPolicy } from '../model/managed-policy';
import { managedNow, managedSource } from './managed';
import { markStorageReadable, reportStorageProblem } from './problems';
import { salvage } from './salvage';

export interface StoredItemOptions<T> {
  key: `local:${string}`;
  schema: z.ZodType<T>;
  fallback: T;
  /** The stored shape's version; raise it with a migration whenever what is written changes shape. */
  version: number;
  /** `n: (value of version n-1) => value of version n`; each must accept anything an older build wrote. */
  migrations?: Record<number, (old: unknown) => unknown | Promise<unknown>>;
  /** Items whose migrations must have run first (one that moves data into this one). */
  after?: { ready: () => Promise<unknown> }[];
  /** What managed (enterprise) policy sets of this value, put on top of it on every read and before every write. */
  managed?: (value: T, policy: ManagedPolicy) => T;
}

/**
 * One value in extension storage, parsed on every read. A stored value that does not parse is never lost: what can
 * be read of it is used (field by field), the rest falls back, the original is kept with a report the panel, the popup
 * and the dashboard show, and the value in storage is left as it was until someone saves over it.
 */
export function storedItem<T>({ key, schema, fallback, version, migrations = {}, after = [], managed }: StoredItemOptions<T>) {
  const item = storage.defineItem<T>(key, { fallback, version, migrations });
  const ready = async () => {
    await Promise.all([...after, ...(managed ? [managedSource] : [])].map((dependency) => dependency.ready()));
    await item.getMeta();
  };
  const enforce = (value: T): T => (managed ? managed(value, managedNow()) : value);
  const parse = (raw: unknown): T => enforce(parseStored(raw));
  const parseStored = (raw: unknown): T => {
    const parsed = schema.safeParse(raw);
    if (parsed.success) return parsed.data;
    const issue = parsed.error.issues[0];
    const message = `${issue?.path.join('.') || '(value)'}: ${issue?.message ?? 'invalid'}`;
    const saved = salvage(raw, schema, fallback);
    void reportStorageProblem(key, raw, message, saved?.reset ?? ['(all)']).catch(() => {});
    console.warn(`[kefu] stored ${key} does not parse (${message}); kept, and ${saved ? `read except ${saved.reset.join(', ')}` : 'the default used'}`);
    return saved?.value ?? fallback;
  };
  const load = async () => {
    await ready();
    return parse(await item.getValue());
  };
  const watch = (onChange: (value: T) => void) => item.watch((raw) => onChange(parse(raw)));
  return {
    key,
    fallback,
    item,
    ready,
    parse,
    load,
    save: async (value: T) => {
      await ready();
      await item.setValue(schema.parse(enforce(value)));
      await markStorageReadable(key);
    },
    watch,
    /** The stored value now and on every change after; returns the unwatch function. */
    follow(onValue: (value: T) => void): () => void {
      void load().then(onValue);
      return watch(onValue);
    },
  };
}

export type StoredItem<T> = ReturnType<typeof storedItem<T>>;
