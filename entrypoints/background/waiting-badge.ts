import { browser } from '#imports';

type Level = 'none' | 'ok' | 'warn' | 'late';
const COLOURS: Record<Exclude<Level, 'none'>, string> = { ok: '#8a8f99', warn: '#fa8c16', late: '#f5222d' };
const RANK: Record<Level, number> = { none: 0, ok: 1, warn: 2, late: 3 };

/** The toolbar badge: how many chat tabs have a waiting buyer, coloured by the longest wait. */
export function createWaitingBadge() {
  const tabs = new Map<number, Level>();
  const paint = () => {
    const waiting = [...tabs.values()].filter((l) => l !== 'none');
    const worst = waiting.reduce<Level>((a, b) => (RANK[b] > RANK[a] ? b : a), 'none');
    void browser.action.setBadgeText({ text: waiting.length ? String(waiting.length) : '' });
    if (worst !== 'none') void browser.action.setBadgeBackgroundColor({ color: COLOURS[worst] });
    return waiting.length;
  };
  browser.tabs.onRemoved.addListener((tabId) => {
    if (tabs.delete(tabId)) paint();
  });
  return {
    update(tabId: number | undefined, level: Level): number {
      if (tabId === undefined) return paint();
      if (level === 'none') tabs.delete(tabId);
      else tabs.set(tabId, level);
      return paint();
    },
  };
}
