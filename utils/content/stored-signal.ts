import { signal, type ReadonlySignal, type Signal } from '@preact/signals-react';
import type { StoredItem } from '../storage/stored-item';

type Followable<T> = Pick<StoredItem<T>, 'key' | 'fallback' | 'follow'>;
interface Mirror {
  value: Signal<unknown>;
  users: number;
  unwatch: () => void;
}

// One mirror per stored key on this page: the first feature that asks follows the store, the others share its signal.
const mirrors = new Map<string, Mirror>();

/**
 * A stored value as a signal, kept current: the page follows each store once however many features read it.
 * `release` when the feature stops; the last one to release unwatches the store.
 */
export function storedSignal<T>(store: Followable<T>): { value: ReadonlySignal<T>; release: () => void } {
  let mirror = mirrors.get(store.key);
  if (!mirror) {
    const value = signal<unknown>(store.fallback);
    mirror = { value, users: 0, unwatch: store.follow((next) => (value.value = next)) };
    mirrors.set(store.key, mirror);
  }
  const held = mirror;
  held.users++;
  let released = false;
  return {
    value: held.value as ReadonlySignal<T>,
    release: () => {
      if (released) return;
      released = true;
      if (--held.users > 0) return;
      held.unwatch();
      mirrors.delete(store.key);
    },
  };
}
