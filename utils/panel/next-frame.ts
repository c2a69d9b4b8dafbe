/** What `afterNextFrame` needs of a window (a test passes its own clock). */
export type FrameClock = Pick<Window, 'requestAnimationFrame' | 'cancelAnimationFrame' | 'setTimeout' | 'clearTimeout'>;

/**
 * Runs `fn` in a task of its own after the next rendering frame: the rendering update (style, layout) of what was just
 * inserted happens before it, not inside the task that calls `fn`. A hidden tab draws no frame, so it runs after
 * `fallbackMs` at the latest. Returns the cancel.
 */
export function afterNextFrame(clock: FrameClock, fn: () => void, fallbackMs: number): () => void {
  let task: number | undefined;
  const go = () => {
    if (task !== undefined) return;
    clock.clearTimeout(fallback);
    task = clock.setTimeout(fn, 0);
  };
  const frame = clock.requestAnimationFrame(go);
  const fallback = clock.setTimeout(go, fallbackMs);
  return () => {
    clock.cancelAnimationFrame(frame);
    clock.clearTimeout(fallback);
    if (task !== undefined) clock.clearTimeout(task);
  };
}
