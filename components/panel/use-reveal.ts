import { useEffect, useRef } from 'react';

/** Scrolls the element into the panel's view when it appears or its key changes (a stopped send must be seen). */
export function useReveal<T extends HTMLElement>(key: unknown) {
  const ref = useRef<T>(null);
  useEffect(() => {
    ref.current?.scrollIntoView?.({ block: 'nearest' });
  }, [key]);
  return ref;
}
