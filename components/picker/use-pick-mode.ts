import { useEffect, useRef, useState } from 'react';
import { startPickMode } from '@/utils/content/pick-mode';

export interface PickState {
  /** The field being picked, or null. */
  picking: string | null;
  /** Where the element under the pointer is (for the highlight). */
  hover: DOMRect | null;
  start: (field: string) => void;
  stop: () => void;
}

/** Pick mode for one field at a time: the clicked element goes to `onPicked`; Esc or a second press leaves. */
export function usePickMode(doc: Document, isOwn: (node: EventTarget) => boolean, onPicked: (field: string, element: Element) => void): PickState {
  const [picking, setPicking] = useState<string | null>(null);
  const [hover, setHover] = useState<DOMRect | null>(null);
  const picked = useRef(onPicked);
  picked.current = onPicked;
  useEffect(() => {
    if (!picking || !doc.defaultView) return;
    return startPickMode(doc.defaultView, {
      isOwn,
      onHover: (el) => setHover(el?.getBoundingClientRect() ?? null),
      onPick: (el) => {
        picked.current(picking, el);
        setPicking(null);
      },
      onCancel: () => setPicking(null),
    });
  }, [picking, doc, isOwn]);
  return { picking, hover, start: setPicking, stop: () => setPicking(null) };
}
