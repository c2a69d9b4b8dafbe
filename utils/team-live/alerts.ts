import { stepPassed } from './sla';
import type { BoardTab } from './presence';

export interface SlaAlert {
  key: string;
  deviceId: string;
  tab: string;
  staffId: string;
  name: string;
  site: string;
  /** The step passed: 50, 75 or 90 (% of the platform's limit). */
  percent: number;
  waitMs: number;
  at: number;
}

/**
 * Raises one alert per tab and step when its longest wait passes 50, 75 and 90 % of the limit; a wait that ends
 * (the buyer answered) resets the tab, so the next buyer alerts again. Returns the new alerts of this refresh.
 */
export function createAlertTracker() {
  const passed = new Map<string, number>();
  return {
    update(tabs: readonly BoardTab[], now: number): SlaAlert[] {
      const fresh: SlaAlert[] = [];
      const seen = new Set<string>();
      for (const t of tabs) {
        const id = `${t.deviceId}|${t.tab}`;
        seen.add(id);
        const step = t.waiting > 0 ? stepPassed(t.oldestWaitMs, t.limitMs) : 0;
        const before = passed.get(id) ?? 0;
        if (step === 0) passed.delete(id);
        else if (step > before) {
          passed.set(id, step);
          fresh.push({ key: `${id}|${step}|${now}`, deviceId: t.deviceId, tab: t.tab, staffId: t.staffId, name: t.name, site: t.site, percent: step, waitMs: t.oldestWaitMs, at: now });
        }
      }
      for (const id of [...passed.keys()]) if (!seen.has(id)) passed.delete(id);
      return fresh;
    },
  };
}
