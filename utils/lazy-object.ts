/**
 * An object built on its first read: until then it holds one getter per key (`keys`, what `build` returns), the first
 * of which builds the value and puts its properties in their place, so from then on it is a plain object like the
 * built one. For module-level data checked by a schema (a site's profile, the built-in defaults), whose parse would
 * otherwise be part of evaluating every bundle that imports it (issue 29: the core's evaluation is one long task).
 *
 * `eager` are properties known without building (a profile's id), so finding one object among many builds only that
 * one; they must equal what `build` returns for them.
 */
export function lazyObject<T extends object>(keys: readonly (keyof T & string)[], build: () => T, eager: Partial<T> = {}): T {
  const lazy = {} as T;
  let built = false;
  const materialize = () => {
    if (built) return;
    // A build that throws (a profile the schema rejects) throws again on the next read, never leaves getters half-gone.
    const value = build();
    built = true;
    for (const key of keys) if (!Object.hasOwn(value, key)) delete lazy[key];
    for (const [key, v] of Object.entries(value)) Object.defineProperty(lazy, key, { value: v, writable: true, enumerable: true, configurable: true });
  };
  for (const key of keys) {
    if (Object.hasOwn(eager, key)) {
      Object.defineProperty(lazy, key, { value: eager[key], writable: true, enumerable: true, configurable: true });
      continue;
    }
    Object.defineProperty(lazy, key, {
      enumerable: true,
      configurable: true,
      get() {
        materialize();
        return lazy[key];
      },
      set(v: T[typeof key]) {
        materialize();
        lazy[key] = v;
      },
    });
  }
  return lazy;
}
