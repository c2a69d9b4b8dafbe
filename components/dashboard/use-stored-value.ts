import { useEffect, useState } from 'react';

/** A stored value loaded once for an editor: null while loading, then the editor's working copy. */
export function useStoredValue<T>(store: { load: () => Promise<T> }): [T | null, (value: T) => void] {
  const [value, setValue] = useState<T | null>(null);
  useEffect(() => void store.load().then(setValue), [store]);
  return [value, setValue];
}
