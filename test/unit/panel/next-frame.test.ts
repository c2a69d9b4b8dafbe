import { describe, expect, it } from 'vitest';
import { afterNextFrame, type FrameClock } from '@/utils/panel/next-frame';

/** A clock the test drives: frames and timers run only when it says so. */
function manualClock() {
  let nextId = 1;
  const frames = new Map<number, () => void>();
  const timers = new Map<number, { fn: () => void; ms: number }>();
  const clock: FrameClock = {
    requestAnimationFrame: (fn) => (frames.set(nextId, () => fn(0)), nextId++),
    cancelAnimationFrame: (id) => void frames.delete(id),
    setTimeout: ((fn: () => void, ms = 0) => (timers.set(nextId, { fn, ms }), nextId++)) as FrameClock['setTimeout'],
    clearTimeout: ((id: number) => void timers.delete(id)) as FrameClock['clearTimeout'],
  };
  const run = (map: Map<number, () => void>) => [...map.entries()].forEach(([id, fn]) => (map.delete(id), fn()));
  return {
    clock,
    frame: () => run(frames),
    timers: (ms: number) => run(new Map([...timers].filter(([, t]) => t.ms === ms).map(([id, t]) => (timers.delete(id), [id, t.fn])))),
    pending: () => ({ frames: frames.size, timers: [...timers.values()].map((t) => t.ms) }),
  };
}

describe('afterNextFrame', () => {
  it('runs in a task of its own after the frame, not inside the frame', () => {
    const c = manualClock();
    const calls: string[] = [];
    afterNextFrame(c.clock, () => calls.push('run'), 100);
    expect(calls).toEqual([]);
    c.frame();
    expect(calls).toEqual([]);
    expect(c.pending()).toEqual({ frames: 0, timers: [0] });
    c.timers(0);
    expect(calls).toEqual(['run']);
  });

  it('runs once after the fallback when no frame is drawn (a hidden tab), and not again on a late frame', () => {
    const c = manualClock();
    let runs = 0;
    afterNextFrame(c.clock, () => runs++, 100);
    c.timers(100);
    c.timers(0);
    c.frame();
    c.timers(0);
    expect(runs).toBe(1);
  });

  it('cancelled, it never runs', () => {
    const c = manualClock();
    let runs = 0;
    const cancel = afterNextFrame(c.clock, () => runs++, 100);
    c.frame();
    cancel();
    c.timers(0);
    c.timers(100);
    expect(runs).toBe(0);
    expect(c.pending()).toEqual({ frames: 0, timers: [] });
  });
});
