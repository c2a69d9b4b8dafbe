import { describe, expect, it } from 'vitest';
import { createAlertTracker } from '@/utils/team-live/alerts';
import { boardTabs, presenceRow, siteTotals, type BoardTab } from '@/utils/team-live/presence';
import { platformLimitMs, slaLevel, stepPassed } from '@/utils/team-live/sla';
import { PROFILES } from '@/utils/sites';

const tab = (over: Partial<BoardTab>): BoardTab => ({
  deviceId: 'd1',
  tab: 't1',
  staffId: '1024',
  name: '王小明',
  site: 'jd',
  shop: '店',
  status: 'online',
  waiting: 1,
  oldestWaitMs: 0,
  overLimit: 0,
  limitMs: 30_000,
  lastAt: 0,
  ...over,
});

describe('the platform’s limit and where a wait stands against it', () => {
  it('takes each site’s strictest reply rule', () => {
    for (const profile of PROFILES) {
      const limit = platformLimitMs(profile);
      expect(limit).toBe(profile.kpiRules.length ? Math.min(...profile.kpiRules.map((r) => r.withinMs)) : profile.waitThreshold.lateSec * 1000);
      expect(limit).toBeGreaterThan(0);
    }
    expect(platformLimitMs({ kpiRules: [], waitThreshold: { warnSec: 60, lateSec: 300 } })).toBe(300_000);
  });

  it('steps at 50, 75, 90 and 100 % (every second of a 3-minute limit)', () => {
    for (let s = 0; s <= 200; s++) {
      const share = (s / 180) * 100;
      const expected = s === 0 ? 'none' : share >= 100 ? 'over' : share >= 90 ? 90 : share >= 75 ? 75 : share >= 50 ? 50 : 'ok';
      expect(slaLevel(s * 1000, 180_000)).toBe(expected);
      expect(stepPassed(s * 1000, 180_000)).toBe(share >= 90 ? 90 : share >= 75 ? 75 : share >= 50 ? 50 : 0);
    }
  });
});

describe('SLA alerts', () => {
  it('raise once per tab and step, skip to the step reached, and start again after the buyer is answered', () => {
    const alerts = createAlertTracker();
    expect(alerts.update([tab({ oldestWaitMs: 10_000 })], 1)).toEqual([]);
    expect(alerts.update([tab({ oldestWaitMs: 16_000 })], 2).map((a) => a.percent)).toEqual([50]);
    expect(alerts.update([tab({ oldestWaitMs: 17_000 })], 3)).toEqual([]);
    expect(alerts.update([tab({ oldestWaitMs: 28_000 })], 4).map((a) => a.percent)).toEqual([90]);
    expect(alerts.update([tab({ oldestWaitMs: 40_000 })], 5)).toEqual([]);
    expect(alerts.update([tab({ waiting: 0 })], 6)).toEqual([]);
    expect(alerts.update([tab({ oldestWaitMs: 23_000 }), tab({ tab: 't2', oldestWaitMs: 15_000 })], 7).map((a) => [a.tab, a.percent])).toEqual([
      ['t1', 75],
      ['t2', 50],
    ]);
  });
});

describe('the board’s rows', () => {
  it('grows a reported wait by the time since the heartbeat, on the server’s clock, and totals per site', () => {
    const line = JSON.stringify({
      ...presenceRow(
        { tab: 'tab-0001', site: 'jd', status: 'online', waiting: 1, oldestWaitMs: 20_000, overLimit: 0, limitMs: 30_000 },
        { deviceId: 'd1', staffId: '1024', name: '王小明', shop: '店' },
        1000,
      ),
      last_at: '1000',
      server_now: '13000',
    });
    const { tabs, serverNow } = boardTabs([line]);
    expect(serverNow).toBe(13_000);
    expect(tabs[0]).toMatchObject({ staffId: '1024', oldestWaitMs: 32_000, limitMs: 30_000 });
    expect(siteTotals([...tabs, tab({ deviceId: 'd2', staffId: '2048', site: 'jd', waiting: 0 }), tab({ site: 'pinduoduo', tab: 't3', status: 'away' })])).toEqual([
      { site: 'jd', agents: 2, waiting: 1, over: 1 },
      { site: 'pinduoduo', agents: 0, waiting: 1, over: 0 },
    ]);
  });
});
