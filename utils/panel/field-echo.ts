/**
 * Which values a field frame has reported that the panel has not rendered yet. The panel renders them in order, but
 * it may render one while the frame is already ahead (the agent typed on): such a render is the frame's own value
 * coming back, stale, and sending it back would undo the keys typed since (log-trust.spec.ts saw "secret" become
 * "secr"). Only a value the frame never reported is the panel's own change (cleared after saving, clipped) and goes
 * to the frame.
 */
export function createFieldEcho() {
  let pending: string[] = [];
  return {
    /** The frame reported its value. */
    reported(value: string): void {
      pending.push(value);
      // A frame that reports without the panel ever rendering (a hidden tab): keep the newest only.
      if (pending.length > 64) pending = pending.slice(-32);
    },
    /** The frame was (re)loaded and given the panel's value: nothing it reported before counts. */
    reset(): void {
      pending = [];
    },
    /** The panel rendered `value`: whether the frame must be told it (the panel changed it), not skipped as an echo. */
    shouldSend(value: string): boolean {
      const at = pending.indexOf(value);
      if (at >= 0) {
        pending = pending.slice(at + 1);
        return false;
      }
      pending = [];
      return true;
    },
  };
}
