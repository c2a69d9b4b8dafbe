import { useEffect, useState } from 'react';
import { afterNextFrame } from '@/utils/panel/next-frame';

/** A hidden tab draws no frame: the next part is shown after this at the latest. */
const FRAME_WAIT_MS = 100;

/**
 * How many of `total` parts to show: one more after each rendering frame (issue 29). The panel's parts laid out at
 * once were one rendering task of 45–60 ms on the host page; shown a part a frame, each frame lays out one part.
 */
export function useShownByFrame(total: number): number {
  const [shown, setShown] = useState(1);
  useEffect(() => {
    if (shown >= total) return;
    return afterNextFrame(window, () => setShown((n) => n + 1), FRAME_WAIT_MS);
  }, [shown, total]);
  return Math.min(shown, total);
}
