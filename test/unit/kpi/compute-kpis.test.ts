import { describe, expect, it } from 'vitest';
import { computeKpis, kpiFigures, sumKpis } from '@/utils/kpi/compute-kpis';
import type { KpiAction } from '@/utils/kpi/kpi-types';

// 2026-11-22 in China time; T(h, m, s) → epoch ms.
const T = (h: number, m = 0, s = 0) => Date.UTC(2026, 10, 22, h - 8, m, s);
const buyer = (nick: string, site: 'douyin' | 'pinduoduo' = 'douyin') => ({ site, shop: '鲜果小铺', nick });
const received = (at: number, nick: string, site?: 'douyin' | 'pinduoduo', sentAt?: number): KpiAction => ({
  kind: 'message.received',
  at,
  payload: { messageKey: `${nick}${at}`, ...(sentAt ? { sentAt } : {}) },
  site: site ?? 'douyin',
  buyer: buyer(nick, site),
});
const sent = (at: number, nick: string, staffId: string, findings = 0, site: 'douyin' | 'pinduoduo' = 'douyin'): KpiAction => ({
  kind: 'message.sent',
  at,
  payload: { length: 5, findings, ruleIds: [], via: 'enter' },
  site,
  buyer: buyer(nick, site),
  agent: { staffId },
});
const other = (kind: KpiAction['kind'], at: number, staffId: string, payload: object = {}): KpiAction => ({ kind, at, payload, agent: { staffId } });

describe('computeKpis on a hand-computed log', () => {
  const log: KpiAction[] = [
    // Buyer A: two messages, 1024 answers 2 min after the first (one round, 120 s), then A writes again and 1024 answers 5 min later.
    received(T(10, 0), 'A'),
    received(T(10, 1), 'A'),
    sent(T(10, 2), 'A', '1024'),
    received(T(10, 10), 'A'),
    sent(T(10, 15), 'A', '1024', 1),
    // Buyer B: 2048 answers after 60 s; B writes last and is never answered.
    received(T(11, 0), 'B'),
    sent(T(11, 1), 'B', '2048'),
    received(T(11, 30), 'B'),
    // Buyer C before 08:00: answered in 10 min, outside Douyin's counting window.
    received(T(7, 0), 'C'),
    sent(T(7, 10), 'C', '1024'),
    // Pinduoduo buyer with no platform rule: seen late (logged at 12:05, page time 12:00), answered 12:03.
    received(T(12, 5), 'P', 'pinduoduo', T(12, 0)),
    sent(T(12, 3), 'P', '1024', 0, 'pinduoduo'),
    other('remark.saved', T(13), '1024', { orderNo: '1', valid: true, linesAdded: 1, via: 'button' }),
    other('remark.saved', T(13, 5), '1024', { orderNo: '1', valid: false, linesAdded: 1, via: 'button' }),
    other('remark.blocked', T(13, 6), '1024', { orderNo: '1', fields: ['staffId'], codes: ['missing'], via: 'button' }),
    other('lint.blocked', T(10, 14), '1024', { ruleIds: ['ad.absolute'], via: 'enter' }),
    other('lint.overridden', T(10, 14, 30), '1024', { ruleIds: ['tone.ni'] }),
    other('template.inserted', T(10, 2), '1024', { templateId: 'x', rank: 0, via: 'hotkey', missing: [] }),
  ];
  const rows = computeKpis([...log].reverse());
  const a1024 = rows.find((r) => r.agent === '1024')!;
  const a2048 = rows.find((r) => r.agent === '2048')!;

  it('counts rounds and response times per replying agent', () => {
    expect(a1024).toMatchObject({
      day: '2026-11-22',
      rounds: 4,
      responseMsTotal: (120 + 300 + 600 + 180) * 1000,
      firstResponses: 3,
      firstResponseMsTotal: (120 + 600 + 180) * 1000,
      messagesSent: 4,
      conversations: 3,
    });
    expect(a2048).toMatchObject({ rounds: 1, responseMsTotal: 60_000, unansweredRounds: 1, conversations: 1, repliedLastConversations: 0 });
    expect(kpiFigures(a1024).avgResponseMs).toBe(300_000);
    expect(kpiFigures(a1024).avgFirstResponseMs).toBe(300_000);
  });

  it('computes replied-last share, messages per hour, remark compliance, findings and Douyin’s 3-minute rate', () => {
    expect(a1024.repliedLastConversations).toBe(3);
    expect(a1024.activeHours).toBe(3); // 07h, 10h, 12h
    expect(a1024).toMatchObject({ remarksSaved: 2, remarksValid: 1, remarksBlocked: 1, findings: 1, lintBlocked: 1, overrides: 1, templatesInserted: 1 });
    const f = kpiFigures(a1024);
    expect(f.repliedLastShare).toBe(1);
    expect(f.messagesPerHour).toBeCloseTo(4 / 3);
    expect(f.remarkCompliance).toBeCloseTo(1 / 3);
    expect(f.findingsPer100).toBe(50);
    // Douyin rounds 08:00–23:00: A 10:00 (2 min ✓), A 10:10 (5 min ✗) for 1024; B 11:00 (1 min ✓), B 11:30 (unanswered ✗) for 2048.
    expect(a1024.platform).toEqual({ douyin3min: { rounds: 2, withinRule: 1 }, pddEffective: { rounds: 1, withinRule: 1 } });
    expect(a2048.platform).toEqual({ douyin3min: { rounds: 2, withinRule: 1 } });
    expect(kpiFigures(a2048).platformRate.douyin3min).toBe(0.5);
  });

  it('splits by China-time day and sums over days', () => {
    const night = computeKpis([received(T(23, 50), 'D'), sent(T(24, 5), 'D', '1024')]);
    expect(night.filter((r) => r.agent === '1024').map((r) => r.day)).toEqual(['2026-11-23', '2026-11-22']);
    expect(night.find((r) => r.day === '2026-11-22' && r.agent === '1024')).toMatchObject({ rounds: 1, responseMsTotal: 15 * 60_000 });
    const total = sumKpis(rows, '1024', 'all');
    expect(total.rounds).toBe(5);
    expect(total.platform.douyin3min).toEqual({ rounds: 4, withinRule: 2 });
  });

  it('computes Pinduoduo’s effective reply rate per buyer and day: one late answer fails the buyer-day', () => {
    const pdd = computeKpis([
      received(T(9), 'Q', 'pinduoduo'),
      sent(T(9, 10), 'Q', '1024', 0, 'pinduoduo'),
      received(T(13), 'Q', 'pinduoduo'),
      sent(T(15, 30), 'Q', '1024', 0, 'pinduoduo'),
      received(T(10), 'R', 'pinduoduo'),
      sent(T(10, 59), 'R', '1024', 0, 'pinduoduo'),
      received(T(23, 30), 'S', 'pinduoduo'),
    ]).find((r) => r.agent === '1024')!;
    expect(pdd.platform.pddEffective).toEqual({ rounds: 2, withinRule: 1 });
    expect(kpiFigures(pdd).platformRate.pddEffective).toBe(0.5);
  });

  it('is empty for an empty log and ignores replies nobody asked for', () => {
    expect(computeKpis([])).toEqual([]);
    expect(computeKpis([sent(T(9), 'E', '1024')])[0]).toMatchObject({ rounds: 0, messagesSent: 1, repliedLastConversations: 1 });
  });
});

describe('replies that left without passing the guard', () => {
  it('are counted per agent and day, with the ones a blocking rule would have stopped as violations', () => {
    const rows = computeKpis([
      other('message.sent_unguarded', T(10), '1024', { messageKey: 'a', length: 9, findings: 1, ruleIds: ['diversion.wechat'], blocking: true }),
      other('message.sent_unguarded', T(11), '1024', { messageKey: 'b', length: 9, findings: 1, ruleIds: ['tone.ni'], blocking: false }),
      other('message.sent_unguarded', T(12), '2048', { messageKey: 'c', length: 9, findings: 0, ruleIds: [], blocking: false }),
    ]);
    const of = (agent: string) => rows.find((r) => r.agent === agent)!;
    expect([of('1024').unguardedSent, of('1024').unguardedViolations]).toEqual([2, 1]);
    expect([of('2048').unguardedSent, of('2048').unguardedViolations]).toEqual([1, 0]);
    expect(sumKpis(rows, 'all', 'total').unguardedViolations).toBe(1);
  });

  it('a row whose payload is missing does not stop the count', () => {
    expect(() => computeKpis([{ kind: 'message.sent', at: T(10), payload: null, agent: { staffId: '1' } } as KpiAction])).not.toThrow();
  });
});

describe('a session-first platform rule (JD’s 30-second answer rate)', () => {
  const jd = (nick: string) => ({ site: 'jd', shop: '小熊数码', nick });
  const jdIn = (at: number, nick: string): KpiAction => ({ kind: 'message.received', at, payload: { messageKey: `${nick}${at}` }, site: 'jd', buyer: jd(nick) });
  const jdOut = (at: number, nick: string): KpiAction => ({
    kind: 'message.sent',
    at,
    payload: { length: 5, findings: 0, ruleIds: [], via: 'enter' },
    site: 'jd',
    buyer: jd(nick),
    agent: { staffId: '3021' },
  });
  const rows = computeKpis([
    // A: first consultation answered in 20 s ✓; writes again 5 min later (same session, not counted), answered in 2 min.
    jdIn(T(10, 0, 0), 'A'),
    jdOut(T(10, 0, 20), 'A'),
    jdIn(T(10, 5, 20), 'A'),
    jdOut(T(10, 7, 20), 'A'),
    // A again after 30 quiet minutes: a new session, answered in 45 s ✗.
    jdIn(T(10, 37, 20), 'A'),
    jdOut(T(10, 38, 5), 'A'),
    // B at 23:30: a left message, not counted.
    jdIn(T(23, 30), 'B'),
    jdOut(T(23, 31), 'B'),
  ]);

  it('counts only the first round of each session within the assessed hours', () => {
    const agent = rows.find((r) => r.agent === '3021')!;
    expect(agent.platform.jd30s).toEqual({ rounds: 2, withinRule: 1 });
    // The 3-minute manual reply rate counts every round 09–23.
    expect(agent.platform.jd3min).toEqual({ rounds: 3, withinRule: 3 });
  });
});

describe('cross-border shops: the market’s clock and its rules', () => {
  const tt = (nick: string) => ({ site: 'tiktok-shop', shop: 'Glow Case', nick });
  const US = 'https://seller-us.tiktok.com/chat/inbox/current';
  const TH = 'https://seller-th.tiktok.com/chat/inbox/current';
  const inMsg = (at: number, nick: string, pageUrl: string): KpiAction => ({ kind: 'message.received', at, payload: { messageKey: `${nick}${at}` }, site: 'tiktok-shop', buyer: tt(nick), pageUrl });
  const outMsg = (at: number, nick: string, pageUrl: string, greetingOnly = false): KpiAction => ({
    kind: 'message.sent',
    at,
    payload: { length: 5, findings: 0, ruleIds: [], via: 'enter', ...(greetingOnly ? { greetingOnly: true } : {}) },
    site: 'tiktok-shop',
    buyer: tt(nick),
    pageUrl,
    agent: { staffId: '7001' },
  });
  // Los Angeles is UTC−8 in late November.
  const LA = (day: number, h: number, m = 0) => Date.UTC(2026, 10, day, h + 8, m);

  const rows = computeKpis([
    // US, Saturday 2026-11-28 10:00 LA; answered Monday 11:00 LA (49 h later): on time under the weekend rule.
    inMsg(LA(28, 10), 'sat', US),
    outMsg(LA(30, 11), 'sat', US),
    // US, Tuesday 2026-11-24 09:00 LA: a greeting at 09:05, the real answer 30 h later: late, the greeting does not count.
    inMsg(LA(24, 9), 'tue', US),
    outMsg(LA(24, 9, 5), 'tue', US, true),
    outMsg(LA(25, 15, 5), 'tue', US),
    // Thailand: answered in 2 h; counted by the SEA rule only.
    inMsg(Date.UTC(2026, 10, 24, 2), 'th', TH),
    outMsg(Date.UTC(2026, 10, 24, 4), 'th', TH),
  ]);

  it('applies each rule to its markets, the weekend allowance, and not a greeting as an answer', () => {
    const total = sumKpis(rows, '7001', 'all');
    expect(total.platform.tiktokUs24h).toEqual({ rounds: 2, withinRule: 1 });
    expect(total.platform.tiktokSea12h).toEqual({ rounds: 1, withinRule: 1 });
  });

  it('counts days on the market’s calendar', () => {
    // Saturday 10:00 in Los Angeles is Sunday 02:00 in China: the row is Saturday's.
    expect(rows.some((r) => r.day === '2026-11-28' && r.buyerMessages === 1)).toBe(true);
    expect(rows.some((r) => r.day === '2026-11-29' && r.buyerMessages > 0)).toBe(false);
  });
});

describe('Lazada’s same-day cycle, Wish’s 48 hours in UTC, AliExpress’s 24 hours', () => {
  const chat = (site: string, nick: string) => ({ site, shop: 'Seeds & Co', nick });
  const inMsg = (site: string, at: number, nick: string, pageUrl: string): KpiAction => ({
    kind: 'message.received',
    at,
    payload: { messageKey: `${nick}${at}` },
    site,
    buyer: chat(site, nick),
    pageUrl,
  });
  const outMsg = (site: string, at: number, nick: string, pageUrl: string): KpiAction => ({
    kind: 'message.sent',
    at,
    payload: { length: 5, findings: 0, ruleIds: [], via: 'enter' },
    site,
    buyer: chat(site, nick),
    pageUrl,
    agent: { staffId: '8801' },
  });
  const TH = 'https://sellercenter.lazada.co.th/apps/im/chat';
  // Bangkok is UTC+7.
  const BKK = (day: number, h: number, m = 0) => Date.UTC(2026, 10, day, h - 7, m);
  const lz = (at: number, nick: string) => inMsg('lazada', at, nick, TH);
  const lzOut = (at: number, nick: string) => outMsg('lazada', at, nick, TH);
  const rows = computeKpis([
    // 17:50 answered 18:55 the same day: before 19:00 ✓ (65 minutes).
    lz(BKK(24, 17, 50), 'a'),
    lzOut(BKK(24, 18, 55), 'a'),
    // 10:00 answered 19:30: after that day's 19:00 ✗ (9.5 hours, inside any 12 h window).
    lz(BKK(24, 10), 'b'),
    lzOut(BKK(24, 19, 30), 'b'),
    // 18:30 belongs to the next day's cycle: answered 18:45 the next day ✓ (24 h 15 min).
    lz(BKK(24, 18, 30), 'c'),
    lzOut(BKK(25, 18, 45), 'c'),
    // 18:30 answered 19:10 the next day ✗.
    lz(BKK(24, 18, 30), 'd'),
    lzOut(BKK(25, 19, 10), 'd'),
    // Wish: 47 h ✓ and 49 h ✗, weekends counted.
    inMsg('wish', Date.UTC(2026, 10, 28, 8), 'w1', 'https://merchant.wish.com/ticket/5f0c2a9e1b3d4c0012ab34cd'),
    outMsg('wish', Date.UTC(2026, 10, 30, 7), 'w1', 'https://merchant.wish.com/ticket/5f0c2a9e1b3d4c0012ab34cd'),
    inMsg('wish', Date.UTC(2026, 10, 28, 8), 'w2', 'https://merchant.wish.com/ticket/5f0c2a9e1b3d4c0012ab34ce'),
    outMsg('wish', Date.UTC(2026, 10, 30, 9), 'w2', 'https://merchant.wish.com/ticket/5f0c2a9e1b3d4c0012ab34ce'),
    // AliExpress: 23 h ✓, and one never answered ✗.
    inMsg('aliexpress', Date.UTC(2026, 10, 24, 1), 'ae1', 'https://csp.aliexpress.com/m_apps/ai-im/im'),
    outMsg('aliexpress', Date.UTC(2026, 10, 25, 0), 'ae1', 'https://csp.aliexpress.com/m_apps/ai-im/im'),
    inMsg('aliexpress', Date.UTC(2026, 10, 24, 2), 'ae2', 'https://csp.aliexpress.com/m_apps/ai-im/im'),
  ]);

  it('judges each round by its platform’s rule on the market’s clock', () => {
    const total = sumKpis(rows, '8801', 'all');
    expect(total.platform.lazadaChatSameDay).toEqual({ rounds: 4, withinRule: 2 });
    expect(total.platform.wishTicket48h).toEqual({ rounds: 2, withinRule: 1 });
    const all = sumKpis(rows, 'all', 'all');
    expect(all.platform.aliexpressIm24h).toEqual({ rounds: 2, withinRule: 1 });
  });

  it('counts a Wish day in UTC and a Lazada day in the market’s zone', () => {
    // 18:30 in Bangkok on the 24th is 19:30 China time, still the 24th; Wish's Saturday 08:00 UTC is Saturday.
    expect(rows.some((r) => r.day === '2026-11-24' && r.buyerMessages >= 4)).toBe(true);
    expect(rows.some((r) => r.day === '2026-11-28' && r.buyerMessages === 2)).toBe(true);
  });
});

describe('response times as a lead reads them', () => {
  it('shows seconds under two minutes and minutes above', async () => {
    const { responseTime } = await import('@/utils/kpi/format');
    expect(responseTime(undefined)).toBe('—');
    expect(responseTime(4_200)).toBe('4.2 s');
    expect(responseTime(95_000)).toBe('95 s');
    expect(responseTime(150_000)).toBe('2.5 min');
  });
});

describe('a lead’s own reply rule on a site taught with the picker', () => {
  it('counts that site’s rounds against the lead’s limit, all day, beside the platforms’ rules', async () => {
    const { kpiOptionsFor } = await import('@/utils/kpi/kpi-types');
    const { customSiteModule } = await import('@/utils/sites/custom');
    const { SITES } = await import('@/utils/sites');
    const desk = customSiteModule({
      schemaVersion: 1,
      id: 'custom-desk-example-com',
      name: '云帆客服台',
      replyWithinSec: 120,
      pages: [{ kind: 'chat', urlPattern: 'https://desk.example.com/service/*', enterSends: false, fields: { buyerName: 'b', buyerMessages: 'm' } }],
    });
    const on = (action: KpiAction): KpiAction => ({ ...action, site: desk.profile.id, buyer: { ...action.buyer!, site: desk.profile.id } });
    const log = [on(received(T(2, 0), 'X')), on(sent(T(2, 1), 'X', '1024')), on(received(T(23, 0), 'X')), on(sent(T(23, 5), 'X', '1024'))];
    const row = computeKpis(log, kpiOptionsFor([...SITES.map((s) => s.profile), desk.profile])).find((r) => r.agent === '1024');
    expect(row!.platform).toEqual({ leadDeskExampleCom: { rounds: 2, withinRule: 1 } });
    expect(computeKpis(log).find((r) => r.agent === '1024')!.platform).toEqual({});
  });
});
