import { useEffect, useRef, useState } from 'react';
import { startPickMode } from '@/utils/content/pick-mode';
import { fieldShape } from '@/utils/picker/field-shape';
import { proposeSelector, type SelectorBasis } from '@/utils/picker/propose-selector';

export interface PickState {
  /** The field being picked, or null. */
  picking: string | null;
  /** Where the element under the pointer is (for the highlight). */
  hover: DOMRect | null;
  start: (field: string) => void;
  stop: () => void;
  /** What each picked field's proposed selector is built on (shown beside it). */
  basis: Record<string, SelectorBasis>;
}

/**
 * Pick mode for one field at a time: the clicked element's proposed selector goes to `onPicked`; Esc or a second
 * press leaves.
 */
export function usePickMode(doc: Document, isOwn: (node: EventTarget) => boolean, onPicked: (field: string, selector: string) => void): PickState {
  const [picking, setPicking] = useState<string | null>(null);
  const [hover, setHover] = useState<DOMRect | null>(null);
  const [basis, setBasis] = useState<Record<string, SelectorBasis>>({});
  const picked = useRef(onPicked);
  picked.current = onPicked;
  useEffect(() => {
    if (!picking || !doc.defaultView) return;
    return startPickMode(doc.defaultView, {
      isOwn,
      onHover: (el) => setHover(el?.getBoundingClientRect() ?? null),
      onPick: (el) => {
        const proposal = proposeSelector(el, fieldShape(picking));
        picked.current(picking, proposal.selector);
        setBasis((b) => ({ ...b, [picking]: proposal.basis }));
        setPicking(null);
      },
      onCancel: () => setPicking(null),
    });
  }, [picking, doc, isOwn]);
  return { picking, hover, start: setPicking, stop: () => setPicking(null), basis };
}
