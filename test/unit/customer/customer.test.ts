import { describe, expect, it } from 'vitest';
import { buildCustomerRecord, openPromises } from '@/utils/customer/customer-record';
import { handoverCsv, handoverItems, newlyDue } from '@/utils/customer/handover';
import { detectPromise } from '@/utils/customer/promise-detect';
import { formatWait, waitingState, waitLevel } from '@/utils/customer/waiting';
import { dueInWorkingHours } from '@/utils/customer/promise-due';
import type { Action, ActionKind } from '@/utils/model';

const T0 = Date.UTC(2026, 10, 20, 2);
let seq = 0;
const row = (kind: ActionKind, payload: object, minutes: number, extra: Partial<Action> = {}): Action => ({
  id: crypto.randomUUID(),
  deviceId: 'device-aaaa',
  seq: seq++,
  at: T0 + minutes * 60_000,
  kind,
  payload,
  agent: { name: '王', staffId: '1024', role: 'agent', shop: '鲜果小铺' },
  site: 'pinduoduo',
  buyer: { site: 'pinduoduo', shop: '鲜果小铺', buyerId: '58812345', nick: 't***8' },
  prevHash: '',
  hash: '',
  ...extra,
});

describe('buildCustomerRecord', () => {
  const log = [
    row('message.received', { messageKey: 'm1', sentAt: T0 - 60_000 }, 0),
    row('message.sent', { length: 10, findings: 1, ruleIds: ['tone.ni'], via: 'enter' }, 1),
    row('order.seen', { orderNo: '261120-1', status: '已发货', amount: 39.9, placedAt: T0 - 86_400_000 }, 2),
    row('order.seen', { orderNo: '261120-1', status: '已签收' }, 3000),
    row('order.seen', { orderNo: '261001-9', status: '已完成', amount: 20 }, 5, { buyer: { site: 'pinduoduo', shop: '鲜果小铺', nick: 't***8' } }),
    row('customer.tagged', { tag: 'VIP', colour: '#d4380d', op: 'add' }, 6),
    row('customer.tagged', { tag: '差评风险', op: 'add' }, 7),
    row('customer.tagged', { tag: '差评风险', op: 'remove' }, 8),
    row('customer.noted', { note: '喜欢顺丰' }, 9),
    row('customer.marked', { event: 'complaint', orderNo: '261120-1' }, 10),
    row('customer.marked', { event: 'gift_given' }, 11),
    row('promise.created', { promiseId: 'p-000001', kind: 'check', summary: '查物流', dueAt: T0 + 20 * 60_000 }, 12),
    row('promise.created', { promiseId: 'p-000002', kind: 'resend', summary: '补发', dueAt: T0 + 90 * 60_000 }, 13),
    row('promise.done', { promiseId: 'p-000002' }, 14),
    row('remark.saved', { orderNo: '261120-1', valid: true, linesAdded: 1, via: 'button' }, 15),
    row('message.received', { messageKey: 'm2' }, 16),
  ];

  it('collects orders, contacts, tags, notes, events and promises', () => {
    const record = buildCustomerRecord([...log].reverse(), T0 + 30 * 60_000);
    expect(record.displayName).toBe('t***8');
    expect(record.buyerIds).toEqual(['58812345']);
    expect(record.orders.map((o) => [o.orderNo, o.status, o.amount])).toEqual([
      ['261001-9', '已完成', 20],
      ['261120-1', '已签收', 39.9],
    ]);
    expect(record.totalAmount).toBeCloseTo(59.9);
    expect(record.contact).toMatchObject({ first: T0 - 60_000, last: T0 + 16 * 60_000, lastBy: '1024', buyerMessages: 2, replies: 1, sellerRepliedLast: false });
    expect(record.tags).toEqual([{ tag: 'VIP', colour: '#d4380d' }]);
    expect(record.notes.map((n) => n.note)).toEqual(['喜欢顺丰']);
    expect(openPromises(record).map((p) => p.id)).toEqual(['p-000001']);
    expect(record).toMatchObject({ remarks: 1, findings: 1 });
    expect(record.warnings.sort()).toEqual(['complaint', 'gift_given', 'overdue_promise']);
    expect(record.timeline[0]!.kind).toBe('order.seen');
  });

  it('closes a complaint, flags a blacklist tag, and is empty for no actions', () => {
    const record = buildCustomerRecord([...log, row('customer.marked', { event: 'complaint_closed' }, 20), row('customer.tagged', { tag: '恶意/黑名单', op: 'add' }, 21)], T0);
    expect(record.warnings).toContain('blacklist');
    expect(record.warnings).not.toContain('complaint');
    expect(buildCustomerRecord([], T0)).toMatchObject({ orders: [], tags: [], promises: [], warnings: [], contact: { buyerMessages: 0, replies: 0, sellerRepliedLast: false } });
  });
});

describe('detectPromise', () => {
  it.each([
    ['亲，请稍等，我马上为您查询物流', 'check'],
    ['请稍等一下哦', 'wait'],
    ['我这边帮您核实一下', 'check'],
    ['明天有结果了第一时间回复您', 'callback'],
    ['给您补发一件，今天发出', 'resend'],
    ['我偷偷给您备注多送一个小礼物', 'gift'],
    ['Let me check the tracking for you.', 'check'],
    ["I'll get back to you within 24 hours.", 'callback'],
    ['We will resend the parcel today.', 'resend'],
    ['Just a moment please.', 'wait'],
  ])('finds a promise in %s', (text, kind) => {
    expect(detectPromise(text)?.kind).toBe(kind);
  });

  it.each([['好的，已经为您处理完毕'], ['这个没法补发哦，非常抱歉'], ['需要帮您查询吗？'], ['Thank you for your order!'], ["Sorry, we can't resend this item."], ['不用稍等了，已经好了']])(
    'finds none in %s',
    (text) => {
      expect(detectPromise(text)).toBeNull();
    },
  );
});

describe('waiting timer', () => {
  it('counts from the first buyer message after our last reply', () => {
    const seen = () => 5000;
    expect(
      waitingState(
        [
          { direction: 'buyer', text: 'a', at: 1000 },
          { direction: 'agent', text: 'b', at: 2000 },
          { direction: 'buyer', text: 'c', at: 3000 },
          { direction: 'buyer', text: 'd', at: 4000 },
        ],
        seen,
      ),
    ).toEqual({ since: 3000, sellerRepliedLast: false });
    expect(
      waitingState(
        [
          { direction: 'buyer', text: 'a' },
          { direction: 'agent', text: 'b' },
        ],
        seen,
      ),
    ).toEqual({ sellerRepliedLast: true });
    expect(
      waitingState(
        [
          { direction: 'system', text: 'x' },
          { direction: 'buyer', text: 'a' },
        ],
        seen,
      ),
    ).toEqual({ since: 5000, sellerRepliedLast: false });
  });

  it('turns amber and red at the thresholds', () => {
    const t = { warnSec: 120, lateSec: 180 };
    expect(waitLevel({ since: 0, sellerRepliedLast: false }, 119_000, t)).toBe('ok');
    expect(waitLevel({ since: 0, sellerRepliedLast: false }, 120_000, t)).toBe('warn');
    expect(waitLevel({ since: 0, sellerRepliedLast: false }, 180_000, t)).toBe('late');
    expect(waitLevel({ sellerRepliedLast: true }, 1e9, t)).toBe('none');
    expect(formatWait(125_000)).toBe('2:05');
    expect(formatWait(3_725_000)).toBe('1小时2分');
    expect(formatWait(3_725_000, 'en')).toBe('1h 2m');
    // 210 hours reads as days and hours, not 210:19:35.
    expect(formatWait(210 * 3_600_000 + 19 * 60_000 + 35_000)).toBe('8天18小时');
    expect(formatWait(210 * 3_600_000 + 19 * 60_000 + 35_000, 'en')).toBe('8d 18h');
  });
});

describe('handover', () => {
  it('lists open promises across buyers, oldest due first, as CSV for Excel', () => {
    const other = { site: 'douyin' as const, shop: '鲜果小铺', nick: '=cmd' };
    const items = handoverItems(
      [
        row('promise.created', { promiseId: 'p-000010', kind: 'callback', summary: '明天回复', dueAt: T0 + 3600_000 }, 0),
        row('promise.created', { promiseId: 'p-000011', kind: 'check', summary: '查单', dueAt: T0 - 60_000 }, 0, { buyer: other, site: 'douyin' }),
        row('promise.created', { promiseId: 'p-000012', kind: 'wait', summary: '稍等', dueAt: T0 }, 0),
        row('promise.done', { promiseId: 'p-000012' }, 1),
      ],
      T0,
    );
    expect(items.map((i) => [i.id, i.overdue])).toEqual([
      ['p-000011', true],
      ['p-000010', false],
    ]);
    expect(handoverItems([row('promise.created', { promiseId: 'p-000013', kind: 'wait', summary: 'x', dueAt: T0 }, 0)], T0, '别的店')).toEqual([]);
    expect(newlyDue(items, new Set()).map((i) => i.id)).toEqual(['p-000011']);
    expect(newlyDue(items, new Set(['p-000011']))).toEqual([]);
    const csv = handoverCsv(items);
    expect(csv.startsWith('\uFEFF类型,平台,买家,事项,到期,状态,负责人工号')).toBe(true);
    expect(csv).toContain("'=cmd");
  });
});

describe('follow-up due times in working hours', () => {
  const at = (day: number, h: number, m = 0) => Date.UTC(2026, 10, day, h - 8, m);
  it('a "tomorrow" promise is due an hour into the next shift, not 24 hours later to the minute', () => {
    expect(dueInWorkingHours(at(22, 22, 40), 24 * 3_600_000, '09:00', '23:00')).toBe(at(23, 10));
    expect(dueInWorkingHours(at(22, 9, 5), 24 * 3_600_000, '09:00', '18:00')).toBe(at(23, 10));
  });
  it('a short promise keeps its time inside the shift and moves into the next one outside it', () => {
    expect(dueInWorkingHours(at(22, 14, 0), 30 * 60_000, '09:00', '23:00')).toBe(at(22, 14, 30));
    expect(dueInWorkingHours(at(22, 22, 50), 30 * 60_000, '09:00', '23:00')).toBe(at(23, 10));
    expect(dueInWorkingHours(at(22, 6, 0), 30 * 60_000, '09:00', '23:00')).toBe(at(22, 10));
  });
});
