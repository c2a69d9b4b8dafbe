import { describe, expect, it } from 'vitest';
import { playbookListSchema, type Action, type ActionKind } from '@/utils/model';
import { applicablePlaybooks, playbookApplies, type PlaybookContext } from '@/utils/playbooks/applicable';
import { draftDailyReport } from '@/utils/playbooks/daily-report';
import { DEFAULT_PLAYBOOK_CONFIG, DEFAULT_PLAYBOOKS } from '@/utils/playbooks/default-playbooks';
import { playbookProgress } from '@/utils/playbooks/progress';
import { mostSkippedSteps, traineeProgress } from '@/utils/playbooks/trainee-progress';

const N = DEFAULT_PLAYBOOK_CONFIG.numbers;
const HOUR = 3_600_000;
/** China time on 2026-11-22. */
const at = (h: number, m = 0) => Date.UTC(2026, 10, 22, h - 8, m);
const pb = (id: string) => DEFAULT_PLAYBOOKS.find((p) => p.id === id)!;
const ctx = (over: Partial<PlaybookContext>): PlaybookContext => ({ pageKind: 'chat', buyerTags: [], now: at(14), ...over });
const applies = (id: string, over: Partial<PlaybookContext>) => playbookApplies(pb(id).when, ctx(over), N);

describe('playbook triggers (fixed clock)', () => {
  it('pre-sales reception on a chat asking about size or price, not on order pages or logistics questions', () => {
    expect(applies('presale-reception', { buyerText: '在吗，这款有L码吗' })).toBe(true);
    expect(applies('presale-reception', { buyerText: '在吗', pageKind: 'orderDetail' })).toBe(false);
    expect(applies('presale-reception', { buyerText: '快递到哪了' })).toBe(false);
    expect(applies('presale-reception', { buyerText: '你好，我的快递怎么还没到' })).toBe(false);
  });

  it('unpaid reminder only once the order has been unpaid for the set hours', () => {
    const unpaid = { pageKind: 'orderList' as const, orderStatus: '待支付' };
    expect(applies('unpaid-reminder', { ...unpaid, placedAt: at(14) - N.unpaidRemindHours * HOUR })).toBe(true);
    expect(applies('unpaid-reminder', { ...unpaid, placedAt: at(14) - N.unpaidRemindHours * HOUR + 60_000 })).toBe(false);
    expect(applies('unpaid-reminder', { orderStatus: '已发货', placedAt: at(0) - 2 * 24 * HOUR })).toBe(false);
    expect(playbookApplies(pb('unpaid-reminder').when, ctx({ ...unpaid, placedAt: at(10) }), { ...N, unpaidRemindHours: 2 })).toBe(true);
  });

  it('address confirmation after payment, COD on its keyword, shipping notice when shipped and asked', () => {
    expect(applies('address-confirm', { pageKind: 'orderDetail', orderStatus: '待发货' })).toBe(true);
    expect(applies('address-confirm', { pageKind: 'orderDetail', orderStatus: '已发货' })).toBe(false);
    expect(applies('cod-confirm', { buyerText: '可以货到付款吗' })).toBe(true);
    expect(applies('cod-confirm', { buyerText: '可以包邮吗' })).toBe(false);
    expect(applies('shipping-notice', { orderStatus: '已发货', buyerText: '发货了吗' })).toBe(true);
    expect(applies('shipping-notice', { orderStatus: '待发货', buyerText: '发货了吗' })).toBe(false);
  });

  it('parcel chase in Chinese, returns and refunds, bad reviews', () => {
    expect(applies('parcel-chase', { buyerText: '我的快递怎么还没到' })).toBe(true);
    expect(applies('parcel-chase', { buyerText: 'where is my parcel' })).toBe(false);
    expect(applies('return-refund', { buyerText: '我要退货' })).toBe(true);
    expect(applies('return-refund', { buyerText: '我要退货', pageKind: 'orderList' })).toBe(false);
    expect(applies('bad-review', { buyerText: '不给我解决就给差评' })).toBe(true);
    expect(applies('bad-review', { buyerText: '谢谢' })).toBe(false);
  });

  it('cross-border: complaint in English, reassure from day 11, refund offer from day 25', () => {
    expect(applies('cross-border-complaint', { buyerText: 'The item arrived broken' })).toBe(true);
    expect(applies('cross-border-complaint', { buyerText: '东西坏了' })).toBe(false);
    const days = (d: number) => at(14) - d * 24 * HOUR;
    const en = { buyerText: 'where is my parcel?' };
    expect(applies('cross-border-reassure', { ...en, placedAt: days(N.crossBorderReassureDays) })).toBe(true);
    expect(applies('cross-border-reassure', { ...en, placedAt: days(N.crossBorderReassureDays - 1) })).toBe(false);
    expect(applies('cross-border-reassure', { ...en, placedAt: days(N.crossBorderRefundDays) })).toBe(false);
    expect(applies('cross-border-refund', { ...en, placedAt: days(N.crossBorderRefundDays) })).toBe(true);
    expect(applies('cross-border-refund', { ...en, placedAt: days(N.crossBorderRefundDays - 1) })).toBe(false);
  });

  it('abusive buyer by tag; shift start and end by the clock', () => {
    expect(applies('abusive-buyer', { buyerTags: ['恶意/黑名单'] })).toBe(true);
    expect(applies('abusive-buyer', { buyerTags: ['VIP'] })).toBe(false);
    expect(applies('shift-start', { now: at(9, 30) })).toBe(true);
    expect(applies('shift-start', { now: at(14) })).toBe(false);
    expect(applies('shift-end', { now: at(22, 30) })).toBe(true);
    expect(applies('shift-end', { now: at(21, 30) })).toBe(false);
  });

  it('the default set is valid playbook data, and a repeated id or step id is refused with its path', () => {
    expect(playbookListSchema.safeParse(DEFAULT_PLAYBOOKS).success).toBe(true);
    expect(playbookListSchema.safeParse([...DEFAULT_PLAYBOOKS, DEFAULT_PLAYBOOKS[0]]).error?.issues[0]?.path).toEqual([DEFAULT_PLAYBOOKS.length, 'id']);
    const twice = { ...pb('cod-confirm'), steps: [...pb('cod-confirm').steps, pb('cod-confirm').steps[0]!] };
    expect(playbookListSchema.safeParse([twice]).error?.issues[0]?.path).toEqual([0, 'steps', 3, 'id']);
  });

  it('every default playbook applies somewhere and nothing applies to an empty context', () => {
    expect(applicablePlaybooks(DEFAULT_PLAYBOOKS, ctx({ now: at(14) }), N)).toEqual([]);
    expect(playbookApplies({}, ctx({ buyerText: '在吗' }), N)).toBe(false);
  });
});

let seq = 0;
const act = (kind: ActionKind, payload: object, minute: number, role: 'agent' | 'trainee' = 'trainee'): Action => ({
  id: crypto.randomUUID(),
  deviceId: 'device-aaaa',
  seq: seq++,
  at: at(10, minute),
  kind,
  payload,
  prevHash: '',
  hash: '',
  agent: { name: '小李', staffId: role === 'trainee' ? 'T01' : 'A01', role, shop: '鲜果小铺' },
  buyer: { site: 'pinduoduo', shop: '鲜果小铺', nick: 'x' },
});

describe('playbook progress from the log', () => {
  const unpaid = pb('unpaid-reminder');

  it('is all pending before it starts, and a check only counts after the start', () => {
    const before = act('template.inserted', { templateId: 'zh.payment.remind', rank: 0, via: 'click', missing: [] }, 0);
    expect(playbookProgress(unpaid, [before]).steps.every((s) => s.status === 'pending')).toBe(true);
    const started = act('playbook.started', { playbookId: unpaid.id, auto: true }, 1);
    expect(playbookProgress(unpaid, [before, started]).current).toBe('remind');
  });

  it('ticks a step by itself on the send that carries its template, and completes once required steps are done or skipped', () => {
    const log = [act('playbook.started', { playbookId: unpaid.id, auto: true }, 1), act('template.inserted', { templateId: 'zh.payment.remind', rank: 0, via: 'click', missing: [] }, 2)];
    // Inserted, not yet sent: the step waits.
    expect(playbookProgress(unpaid, log).steps[0]!.status).toBe('pending');
    log.push(act('message.sent', { length: 30, findings: 0, ruleIds: [], via: 'enter' }, 2.5));
    let progress = playbookProgress(unpaid, log);
    expect(progress.steps.map((s) => [s.step.id, s.status, s.auto])).toEqual([
      ['remind', 'done', true],
      ['intent', 'pending', false],
      ['follow', 'pending', false],
    ]);
    expect(progress).toMatchObject({ current: 'intent', complete: false });
    expect(progress.steps[0]!.unlogged).toBe(true);
    log.push(act('playbook.step_skipped', { playbookId: unpaid.id, stepId: 'intent', required: true, reason: '买家已付款' }, 3));
    progress = playbookProgress(unpaid, log);
    expect(progress.steps[1]).toMatchObject({ status: 'skipped', reason: '买家已付款' });
    expect(progress).toMatchObject({ complete: true, completedLogged: false, current: 'follow' });
  });

  it('does not tick a template step when another template went out instead', () => {
    const log = [
      act('playbook.started', { playbookId: unpaid.id, auto: true }, 1),
      act('template.inserted', { templateId: 'zh.payment.remind', rank: 0, via: 'click', missing: [] }, 2),
      act('template.inserted', { templateId: 'zh.closing', rank: 1, via: 'click', missing: [] }, 3),
      act('message.sent', { length: 12, findings: 0, ruleIds: [], via: 'button' }, 4),
    ];
    expect(playbookProgress(unpaid, log).steps[0]!.status).toBe('pending');
  });

  it('starts afresh on a new run', () => {
    const log = [
      act('playbook.started', { playbookId: unpaid.id, auto: true }, 1),
      act('playbook.step_done', { playbookId: unpaid.id, stepId: 'remind', auto: false }, 2),
      act('playbook.started', { playbookId: unpaid.id, auto: false }, 30),
    ];
    expect(playbookProgress(unpaid, log).steps[0]!.status).toBe('pending');
  });
});

describe('daily report and trainee progress', () => {
  const log = [
    act('message.sent', { length: 5, findings: 0, ruleIds: [], via: 'enter' }, 0),
    act('template.inserted', { templateId: 'zh.closing', rank: 0, via: 'click', missing: [] }, 1),
    act('remark.saved', { orderNo: '1', valid: true, linesAdded: 1, via: 'button' }, 2),
    act('lint.blocked', { ruleIds: ['ad.absolute'], via: 'enter' }, 3),
    act('promise.created', { promiseId: 'p-00000001', kind: 'check', summary: '查物流', dueAt: at(11) }, 4),
    act('playbook.started', { playbookId: 'unpaid-reminder', auto: true }, 5),
    act('playbook.step_skipped', { playbookId: 'unpaid-reminder', stepId: 'intent', required: true, reason: '买家已付款' }, 6),
    act('playbook.completed', { playbookId: 'unpaid-reminder', skipped: 1 }, 7),
    act('playbook.started', { playbookId: 'parcel-chase', auto: false }, 8),
    act('playbook.step_skipped', { playbookId: 'unpaid-reminder', stepId: 'intent', required: true, reason: '重复' }, 9),
    act('playbook.started', { playbookId: 'parcel-chase', auto: false }, 10, 'agent'),
  ];

  it('drafts the day from the log', () => {
    const text = draftDailyReport(log, { staffId: 'T01', day: '2026-11-22' });
    expect(text).toContain('日报 2026-11-22 · 小李（工号 T01）');
    expect(text).toContain('接待会话：1 个，发送消息 1 条');
    expect(text).toContain('使用模板：1 次');
    expect(text).toContain('保存 1 条');
    expect(text).toContain('发送拦截：1 次');
    expect(text).toContain('x：查物流');
    expect(text).toContain('unpaid-reminder/intent：买家已付款');
    expect(draftDailyReport(log, { staffId: 'T01', day: '2026-11-23' })).toContain('发送消息 0 条');
  });

  it('sums each trainee’s playbooks and the most skipped steps, ignoring agents', () => {
    const [trainee, ...others] = traineeProgress(log);
    expect(others).toEqual([]);
    expect(trainee).toMatchObject({ staffId: 'T01', started: 2, completed: 1, skippedSteps: 2, byDay: { '2026-11-22': { started: 2, completed: 1 } } });
    expect(mostSkippedSteps(log)).toEqual([{ playbookId: 'unpaid-reminder', stepId: 'intent', count: 2 }]);
  });
});
