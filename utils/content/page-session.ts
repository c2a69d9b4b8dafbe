import { signal, type Signal } from '@preact/signals-react';
import { logAction, setActionContext } from '../log/log-action';
import type { SnapshotResult } from '../model';
import { reportHealth } from './health-log';
import { siteOverridesStore } from '../storage';
import { setPageOverrides } from '../sites/fields';
import type { SiteAdapter } from '../sites/types';
import { startBuyerLog, type BuyerLog } from './buyer-log';

export interface PageSession {
  adapter: SiteAdapter;
  snapshot: Signal<SnapshotResult>;
  /** Counts page re-reads, for features that look at parts of the page the snapshot does not hold (an open remark drawer). */
  reads: Signal<number>;
  /** Re-reads the page now (the observer also does, debounced). */
  refresh: () => void;
  /** The lead's fixes for this site now in force (saved ones, or a preview). */
  overrides: Signal<Record<string, string>>;
  /** Reads the page with fixes not yet saved (the picker's live preview); `null` returns to the saved ones. */
  preview: (overrides: Record<string, string> | null) => void;
  /** What the log holds about the page's buyer, shared by every feature. */
  buyerLog: BuyerLog;
  /** Set by a feature that needs the panel open (a trainee's mandatory playbook): why it cannot be collapsed now. */
  holdOpen: Signal<string | null>;
  /** A reply the agent's own send let through (features that react to what was said: follow-up offers). */
  replySent: (text: string) => void;
  onReplySent: (listener: (text: string) => void) => () => void;
  dispose: () => void;
}

const DEBOUNCE_MS = 150;
const MAX_WAIT_MS = 400;
/**
 * A page that does not read as its adapter expects right after it opened (or after it last read fine) is more often
 * still loading or mid-route-change than changed: it shows as loading for this long before "the site may have changed".
 */
export const UNKNOWN_LAYOUT_GRACE_MS = 4000;

/**
 * Keeps a live snapshot of a seller page: re-read on DOM changes (debounced), stamped as the context
 * of every logged action, and logs panel.opened once and adapter.miss once per reason.
 */
export function startPageSession(adapter: SiteAdapter, doc: Document, ignore: (node: Node) => boolean): PageSession {
  // The lead's selector fixes for this site (team policy), re-read as soon as they change.
  let saved: Record<string, string> = {};
  let previewing: Record<string, string> | null = null;
  const overrides = signal<Record<string, string>>({});
  const applyOverrides = () => {
    overrides.value = previewing ?? saved;
    setPageOverrides(overrides.value);
  };
  const read = (): SnapshotResult => adapter.snapshot(doc, overrides.peek());
  const snapshot = signal(read());
  const reads = signal(0);
  const missesLogged = new Set<string>();
  const clipsLogged = new Set<string>();
  let opened = false;
  let lastHealth: string | undefined;

  let lastReadable = Date.now();
  let graceTimer: ReturnType<typeof setTimeout> | undefined;
  // The action context is set before the snapshot signal so effects reacting to the snapshot log against it.
  const publish = (raw: SnapshotResult) => {
    let result = raw;
    if (raw.ok) lastReadable = Date.now();
    else if (raw.reason === 'unknown-layout' && Date.now() - lastReadable < UNKNOWN_LAYOUT_GRACE_MS) {
      result = { ok: false, reason: 'loading', adapterId: raw.adapterId };
      clearTimeout(graceTimer);
      graceTimer = setTimeout(() => refresh(), lastReadable + UNKNOWN_LAYOUT_GRACE_MS - Date.now() + 50);
    }
    const pageUrl = doc.location?.href.slice(0, 500);
    if (result.ok) {
      const { buyer, activeOrderNo } = result.snapshot;
      setActionContext({ site: adapter.site, pageUrl, buyer, orderNo: activeOrderNo });
      if (!opened) {
        opened = true;
        logAction('panel.opened', { pageKind: adapter.pageKind, adapterId: adapter.id });
      }
      const clipped = result.snapshot.clipped?.map((path) => path.replace(/\.\d+\./g, '.*.')).slice(0, 20);
      const clipKey = clipped && [...new Set(clipped)].sort().join(',');
      if (clipKey && !clipsLogged.has(clipKey)) {
        clipsLogged.add(clipKey);
        logAction('adapter.clipped', { adapterId: adapter.id, fields: [...new Set(clipped)].map((f) => f.slice(0, 120)) });
      }
    } else {
      setActionContext({ site: adapter.site, pageUrl });
      if (result === raw && !missesLogged.has(result.reason)) {
        missesLogged.add(result.reason);
        logAction('adapter.miss', { adapterId: adapter.id, reason: result.reason, ...(result.detail ? { detail: result.detail } : {}) });
      }
    }
    if (result === raw && raw.health) {
      const signature = JSON.stringify(raw.health);
      if (signature !== lastHealth) {
        lastHealth = signature;
        void reportHealth(adapter.id, raw.health).catch(() => {});
      }
    }
    snapshot.value = result;
  };
  const refresh = () => {
    publish(read());
    reads.value++;
  };

  let timer: ReturnType<typeof setTimeout> | undefined;
  // Debounced, but never starved: a page that changes more often than the debounce (messages arriving every 100 ms)
  // is still re-read at least every MAX_WAIT_MS.
  let pendingSince: number | undefined;
  const reread = () => {
    pendingSince = undefined;
    refresh();
  };
  const observer = new MutationObserver((records) => {
    if (records.every((r) => ignore(r.target))) return;
    clearTimeout(timer);
    pendingSince ??= Date.now();
    timer = setTimeout(reread, Math.max(0, Math.min(DEBOUNCE_MS, pendingSince + MAX_WAIT_MS - Date.now())));
  });
  observer.observe(doc.body, {
    subtree: true,
    childList: true,
    characterData: true,
    attributes: true,
    attributeFilter: ['class', 'placeholder', 'hidden', 'style', ...adapter.profile.watchAttributes],
  });
  publish(snapshot.value);
  const buyerLog = startBuyerLog(snapshot);
  const sentListeners = new Set<(text: string) => void>();
  const unwatchOverrides = siteOverridesStore.follow((all) => {
    const next = all[adapter.site] ?? {};
    if (JSON.stringify(next) === JSON.stringify(saved)) return;
    saved = next;
    applyOverrides();
    refresh();
  });

  return {
    adapter,
    snapshot,
    reads,
    refresh,
    overrides,
    preview(next) {
      previewing = next;
      applyOverrides();
      refresh();
    },
    buyerLog,
    holdOpen: signal<string | null>(null),
    replySent: (text) => sentListeners.forEach((listener) => listener(text)),
    onReplySent(listener) {
      sentListeners.add(listener);
      return () => sentListeners.delete(listener);
    },
    dispose: () => {
      observer.disconnect();
      clearTimeout(timer);
      clearTimeout(graceTimer);
      buyerLog.dispose();
      unwatchOverrides();
      setPageOverrides({});
      sentListeners.clear();
    },
  };
}
