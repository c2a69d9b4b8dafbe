import { browser } from '#imports';

/**
 * In the e2e build only (`WXT_E2E_BUILD=1`), the background notes when each step of a worker's life happened (ms
 * since the worker started), kept in storage.session (memory) under one key per worker, for
 * test/bench/browser/worker-starts.mjs to tell what a start costs. Production builds drop it (a build-time constant).
 */
const worker = Math.random().toString(36).slice(2, 10);
const marks: [string, number, number?][] = [];
let flush: ReturnType<typeof setTimeout> | undefined;

export function traceMark(step: string, count?: number): void {
  if (!import.meta.env.WXT_E2E_BUILD) return;
  marks.push(count === undefined ? [step, Math.round(performance.now())] : [step, Math.round(performance.now()), count]);
  flush ??= setTimeout(() => {
    flush = undefined;
    void browser.storage.session.set({ [`trace:${worker}`]: { origin: performance.timeOrigin, marks } });
  }, 10);
}
