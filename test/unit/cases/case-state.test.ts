import { describe, expect, it } from 'vitest';
import { buildCases, openCases } from '@/utils/cases/case-state';
import { caseStats, dailyCheck } from '@/utils/cases/case-stats';
import { caseCue, categoryFor, newCaseDueTimes } from '@/utils/cases/open-case';
import { actionPayloads, DEFAULT_CASE_POLICY, type Action } from '@/utils/model';
import { chinaDayNumber } from '@/utils/time/china-time';

const H = 3_600_000;
const T0 = Date.UTC(2026, 10, 30, 2); // 10:00 China time
const buyer = (nick: string) => ({ site: 'pinduoduo', shop: '鲜果小铺', buyerId: nick, nick });
let seq = 0;
const row = (kind: string, at: number, payload: object, staffId = '1024', nick = 'A'): Action =>
  ({ id: `r${seq}`, seq: seq++, at, kind, payload, buyer: buyer(nick), site: 'pinduoduo', agent: { staffId, name: staffId, shop: '鲜果小铺', role: 'agent' } }) as unknown as Action;
const opened = (id: string, at: number, staffId = '1024', nick = 'A', category = '质量') =>
  row('case.opened', at, { caseId: id, category, wants: '补发', evidence: 'asked', firstReplyDueAt: at + 3 * 60_000, resolveDueAt: at + 48 * H }, staffId, nick);

describe('a case folded from its rows', () => {
  it('walks open → waiting → resolved → visited → closed with one owner, the next due time at each step', () => {
    const rows = [
      opened('case-0001', T0),
      row('message.sent', T0 + 60_000, { length: 5, findings: 0, ruleIds: [], via: 'enter' }),
      row('case.updated', T0 + H, { caseId: 'case-0001', status: 'waiting_warehouse', evidence: 'received' }),
      row('case.resolved', T0 + 5 * H, { caseId: 'case-0001', resolution: 'resend', visitDueAt: T0 + 29 * H }),
    ];
    let [c] = buildCases(rows, T0 + 6 * H);
    expect(c).toMatchObject({ status: 'resolved', owner: '1024', evidence: 'received', resolution: 'resend', firstReplyAt: T0 + 60_000, next: { what: 'visit', at: T0 + 29 * H }, overdue: false });
    [c] = buildCases(rows, T0 + 30 * H);
    expect(c!.overdue).toBe(true);
    rows.push(row('case.visited', T0 + 28 * H, { caseId: 'case-0001', outcome: 'done' }), row('case.closed', T0 + 28 * H + 1, { caseId: 'case-0001' }));
    [c] = buildCases([...rows].reverse(), T0 + 30 * H);
    expect(c).toMatchObject({ status: 'closed', closedAt: T0 + 28 * H + 1, overdue: false, ignored: 0 });
    expect(c!.next).toBeUndefined();
  });

  it('is due for a first reply until one is sent, then for the resolution', () => {
    const [c] = buildCases([opened('case-0002', T0)], T0 + 10 * 60_000);
    expect(c).toMatchObject({ next: { what: 'firstReply', at: T0 + 3 * 60_000 }, overdue: true });
  });

  it('moves ownership only by a reassignment, and skips rows out of order', () => {
    const rows = [
      opened('case-0003', T0),
      row('case.closed', T0 + H, { caseId: 'case-0003' }), // not visited yet: ignored
      row('case.visited', T0 + H, { caseId: 'case-0003', outcome: 'done' }), // not resolved yet: ignored
      row('case.reassigned', T0 + 2 * H, { caseId: 'case-0003', to: '2048', reason: '换班交接' }, '1024'),
      row('case.updated', T0 + 3 * H, { caseId: 'case-0999', status: 'waiting_buyer' }), // unknown case
    ];
    const [c] = buildCases(rows, T0 + 4 * H);
    expect(c).toMatchObject({ owner: '2048', openedBy: '1024', status: 'open', ignored: 2 });
    expect(c!.history.map((h) => h.kind)).toEqual(['case.opened', 'case.reassigned']);
  });

  it('lists open cases soonest due first', () => {
    const cases = buildCases([opened('case-a', T0), opened('case-b', T0 - H)], T0);
    expect(openCases(cases).map((c) => c.id)).toEqual(['case-b', 'case-a']);
  });
});

describe('the register’s figures', () => {
  const generate = () => {
    const rows: Action[] = [];
    // 10 cases: agents 1024 (6) and 2048 (4); quality for even, service for odd; 1024 closes 4, 2048 closes 1.
    for (let i = 0; i < 10; i++) {
      const staff = i < 6 ? '1024' : '2048';
      const id = `case-${String(i).padStart(4, '0')}`;
      const at = T0 + i * H;
      rows.push(opened(id, at, staff, `B${i}`, i % 2 === 0 ? '质量' : '服务'));
      if ((staff === '1024' && i < 4) || i === 6) {
        rows.push(row('case.resolved', at + 2 * H, { caseId: id, resolution: 'refund', visitDueAt: at + 26 * H }, staff, `B${i}`));
        rows.push(row('case.visited', at + 3 * H, { caseId: id, outcome: 'skipped', reason: '买家未接电话' }, staff, `B${i}`));
        rows.push(row('case.closed', at + 4 * H, { caseId: id }, staff, `B${i}`));
      }
    }
    return rows;
  };

  it('computes the completion rate and time to close per owner and category', () => {
    const stats = caseStats(buildCases(generate(), T0 + 100 * H));
    expect(stats.total).toMatchObject({ opened: 10, closed: 5, completionRate: 0.5, avgTimeToCloseMs: 4 * H });
    expect(stats.byOwner.find((s) => s.key === '1024')).toMatchObject({ opened: 6, closed: 4, completionRate: 4 / 6 });
    expect(stats.byOwner.find((s) => s.key === '2048')).toMatchObject({ opened: 4, closed: 1, completionRate: 0.25, overdue: 3 });
    expect(stats.byCategory.find((s) => s.key === '质量')).toMatchObject({ opened: 5, closed: 3 });
  });

  it('gives the daily check: opened and closed that day, overdue now', () => {
    const cases = buildCases(generate(), T0 + 100 * H);
    const check = dailyCheck(cases, chinaDayNumber(T0));
    expect(check.opened).toHaveLength(10);
    expect(check.closed).toHaveLength(5);
    expect(check.overdue).toHaveLength(5);
  });
});

describe('opening a case', () => {
  it('recognises why a buyer needs one', () => {
    expect(caseCue(['收到的杯子碎了'])).toBe('damage');
    expect(caseCue(['你们发错颜色了'])).toBe('wrong_item');
    expect(caseCue(['不处理我就给差评'])).toBe('review');
    expect(caseCue(['The item arrived damaged'])).toBe('damage');
    expect(caseCue(['在吗', '什么时候发货'])).toBeUndefined();
    expect(categoryFor('damage')).toBe('质量');
  });

  it('dates a review case by the seed’s one week and others by the lead’s policy', () => {
    expect(newCaseDueTimes(DEFAULT_CASE_POLICY, T0, 180, 'review').resolveDueAt).toBe(T0 + 7 * 24 * H);
    expect(newCaseDueTimes(DEFAULT_CASE_POLICY, T0, 180, 'damage')).toEqual({ firstReplyDueAt: T0 + 180_000, resolveDueAt: T0 + 48 * H });
  });

  it('refuses a skipped return visit without a reason and a reassignment without one', () => {
    expect(actionPayloads['case.visited'].safeParse({ caseId: 'case-0001', outcome: 'skipped' }).success).toBe(false);
    expect(actionPayloads['case.visited'].safeParse({ caseId: 'case-0001', outcome: 'skipped', reason: '买家不接' }).success).toBe(true);
    expect(actionPayloads['case.reassigned'].safeParse({ caseId: 'case-0001', to: '2048', reason: '' }).success).toBe(false);
  });
});

describe('the register', () => {
  it('filters by status, category, owner, site and overdue, and exports the rows as CSV', async () => {
    const { filterCases, caseRegisterCsv } = await import('@/utils/cases/case-register');
    const cases = buildCases([opened('case-r1', T0, '1024', 'A', '质量'), opened('case-r2', T0, '2048', 'B', '服务')], T0 + 100 * H, { withReplies: false });
    expect(filterCases(cases, { owner: '2048' }).map((c) => c.id)).toEqual(['case-r2']);
    expect(filterCases(cases, { category: '质量', overdueOnly: true }).map((c) => c.id)).toEqual(['case-r1']);
    expect(filterCases(cases, { status: 'closed' })).toEqual([]);
    const csv = caseRegisterCsv(cases, ['a', 'b'], () => ({ status: '处理中', resolution: '' }));
    expect(csv.split('\r\n')[0]).toContain('a,b');
    expect(csv).toContain('质量');
    expect(csv).toContain('处理中');
  });
});

describe('the handover', () => {
  it('lists open cases with their owner beside the promises, and not closed ones', async () => {
    const { handoverItems } = await import('@/utils/customer/handover');
    const rows = [
      opened('case-h1', T0, '1024', 'A'),
      row('case.reassigned', T0 + H, { caseId: 'case-h1', to: '2048', reason: '下班交接' }, '1024', 'A'),
      opened('case-h2', T0, '1024', 'B'),
      row('case.resolved', T0 + H, { caseId: 'case-h2', resolution: 'refund', visitDueAt: T0 + 2 * H }, '1024', 'B'),
      row('case.visited', T0 + H, { caseId: 'case-h2', outcome: 'done' }, '1024', 'B'),
      row('case.closed', T0 + H, { caseId: 'case-h2' }, '1024', 'B'),
    ];
    const items = handoverItems(rows, T0 + 50 * H);
    expect(items).toEqual([expect.objectContaining({ kind: 'case', id: 'case-h1', by: '2048', overdue: true, summary: '[质量] 补发' })]);
  });
});
