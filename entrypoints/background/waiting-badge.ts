import { browser } from '#imports';

type Level = 'none' | 'ok' | 'warn' | 'late';
const COLOURS: Record<Exclude<Level, 'none'>, string> = { ok: '#8a8f99', warn: '#fa8c16', late: '#f5222d' };
const RANK: Record<Level, number> = { none: 0, ok: 1, warn: 2, late: 3 };

/**
 * The toolbar badge: how many chat tabs have a waiting buyer, coloured by the longest wait; a risky waiting buyer (a
 * complaint, 12315 or review threat) comes first: the count is marked `!` and the badge is red.
 */
export function createWaitingBadge() {
  const tabs = new Map<number, Level>();
  const risky = new Set<number>();
  const paint = () => {
    const waiting = [...tabs.values()].filter((l) => l !== 'none');
    const worst = waiting.reduce<Level>((a, b) => (RANK[b] > RANK[a] ? b : a), 'none');
    const alarm = [...risky].some((tab) => (tabs.get(tab) ?? 'none') !== 'none');
    void browser.action.setBadgeText({ text: waiting.length ? `${alarm ? '!' : ''}${waiting.length}` : '' });
    if (worst !== 'none') void browser.action.setBadgeBackgroundColor({ color: alarm ? COLOURS.late : COLOURS[worst] });
    return waiting.length;
  };
  browser.tabs.onRemoved.addListener((tabId) => {
    risky.delete(tabId);
    if (tabs.delete(tabId)) paint();
  });
  return {
    update(tabId: number | undefined, level: Level, isRisky = false): number {
      if (tabId === undefined) return paint();
      if (isRisky) risky.add(tabId);
      else risky.delete(tabId);
      if (level === 'none') tabs.delete(tabId);
      else tabs.set(tabId, level);
      return paint();
    },
  };
}
