import type { TeamQuery } from '../team-log/query';

export { heartbeatSchema, type Heartbeat } from '../model/heartbeat';
import type { Heartbeat } from '../model/heartbeat';

export const HEARTBEAT_MS = 15_000;
/** A tab not heard from for this long is off the board (four missed heartbeats). */
export const PRESENCE_WINDOW_MS = 60_000;

/** One row of `<db>.presence`. */
export interface PresenceRow {
  at: number;
  device_id: string;
  tab: string;
  staff_id: string;
  agent_name: string;
  site: string;
  shop: string;
  status: 'online' | 'away';
  waiting: number;
  oldest_wait_ms: number;
  over_limit: number;
  limit_ms: number;
}

export function presenceRow(beat: Heartbeat, who: { deviceId: string; staffId?: string; name?: string; shop?: string }, at: number): PresenceRow {
  return {
    at,
    device_id: who.deviceId,
    tab: beat.tab,
    staff_id: who.staffId ?? '',
    agent_name: who.name ?? '',
    site: beat.site,
    shop: who.shop ?? '',
    status: beat.status,
    waiting: beat.waiting,
    oldest_wait_ms: beat.oldestWaitMs,
    over_limit: beat.overLimit,
    limit_ms: beat.limitMs,
  };
}

/**
 * Each tab's newest heartbeat in the last minute, with the server's clock (so "n s old" and the waits do not depend
 * on the lead's clock agreeing with the agents'). The same SQL runs on one server or a Distributed table.
 */
export function wallboardQuery(database: string, windowMs = PRESENCE_WINDOW_MS): TeamQuery {
  return {
    sql: `SELECT device_id, tab, argMax(staff_id, at) AS staff_id, argMax(agent_name, at) AS agent_name, argMax(site, at) AS site, argMax(shop, at) AS shop,
  argMax(status, at) AS status, argMax(waiting, at) AS waiting, argMax(oldest_wait_ms, at) AS oldest_wait_ms, argMax(over_limit, at) AS over_limit,
  argMax(limit_ms, at) AS limit_ms, max(at) AS last_at, toUInt64(now()) * 1000 AS server_now
FROM ${database}.presence WHERE at >= toUInt64(now()) * 1000 - {window:UInt64}
GROUP BY device_id, tab ORDER BY staff_id, device_id, tab LIMIT 5000 FORMAT JSONEachRow`,
    params: { window: { type: 'UInt64', value: windowMs } },
  };
}

export interface BoardTab {
  deviceId: string;
  tab: string;
  staffId: string;
  name: string;
  site: string;
  shop: string;
  status: 'online' | 'away';
  waiting: number;
  /** The longest wait now: the reported one grown by the time since the heartbeat (when someone was waiting). */
  oldestWaitMs: number;
  overLimit: number;
  limitMs: number;
  lastAt: number;
}

export function boardTabs(lines: readonly string[]): { tabs: BoardTab[]; serverNow: number } {
  let serverNow = 0;
  const tabs = lines.map((line): BoardTab => {
    const r = JSON.parse(line) as Record<string, string | number>;
    serverNow = Number(r.server_now);
    const lastAt = Number(r.last_at);
    const reported = Number(r.oldest_wait_ms);
    return {
      deviceId: String(r.device_id),
      tab: String(r.tab),
      staffId: String(r.staff_id),
      name: String(r.agent_name),
      site: String(r.site),
      shop: String(r.shop),
      status: r.status === 'away' ? 'away' : 'online',
      waiting: Number(r.waiting),
      oldestWaitMs: reported > 0 ? reported + Math.max(0, serverNow - lastAt) : 0,
      overLimit: Number(r.over_limit),
      limitMs: Number(r.limit_ms),
      lastAt,
    };
  });
  return { tabs, serverNow };
}

export interface SiteTotal {
  site: string;
  agents: number;
  waiting: number;
  over: number;
}

/** Per site: agents online (each agent once), buyers waiting, buyers over the limit. */
export function siteTotals(tabs: readonly BoardTab[]): SiteTotal[] {
  const bySite = new Map<string, { agents: Set<string>; waiting: number; over: number }>();
  for (const t of tabs) {
    const total = bySite.get(t.site) ?? { agents: new Set(), waiting: 0, over: 0 };
    if (t.status === 'online') total.agents.add(t.staffId || t.deviceId);
    total.waiting += t.waiting;
    total.over += t.limitMs > 0 && t.oldestWaitMs >= t.limitMs ? Math.max(1, t.overLimit) : t.overLimit;
    bySite.set(t.site, total);
  }
  return [...bySite].map(([site, t]) => ({ site, agents: t.agents.size, waiting: t.waiting, over: t.over })).sort((a, b) => a.site.localeCompare(b.site));
}
