import { browser } from 'wxt/browser';
import type { ManagedPolicy } from '../model';
import { parseManagedPolicy } from '../policy/managed-overlay';

/**
 * The enterprise policy for this extension (`storage.managed`), read once per context and again when the browser
 * says it changed. Where there is none (no policy, Firefox without policies.json, the test browser) it is empty.
 */
let current: ManagedPolicy = {};
let loading: Promise<ManagedPolicy> | null = null;
const listeners = new Set<(policy: ManagedPolicy) => void>();

async function read(): Promise<ManagedPolicy> {
  let raw: unknown;
  try {
    raw = await browser.storage.managed.get(null);
  } catch {
    raw = {}; // Firefox throws when no policy names the add-on
  }
  const { policy, dropped } = parseManagedPolicy(raw);
  if (dropped.length) console.warn(`[kefu] managed policy: ignored ${dropped.join(', ')} (not in the expected shape)`);
  current = policy;
  return policy;
}

let watching = false;
function watch() {
  if (watching) return;
  watching = true;
  try {
    browser.storage.onChanged.addListener((_changes, area) => {
      if (area !== 'managed') return;
      void read().then((policy) => listeners.forEach((listener) => listener(policy)));
    });
  } catch {
    // no storage events in this context
  }
}

export const managedSource = {
  ready: (): Promise<ManagedPolicy> => {
    watch();
    return (loading ??= read());
  },
};

/** The managed policy as last read (empty before the first read: callers wait for `managedSource.ready()`). */
export const managedNow = (): ManagedPolicy => current;

export function followManaged(onValue: (policy: ManagedPolicy) => void): () => void {
  void managedSource.ready().then(onValue);
  listeners.add(onValue);
  return () => listeners.delete(onValue);
}
