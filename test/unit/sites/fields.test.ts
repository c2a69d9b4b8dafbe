// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { field, healthLevel, withFieldProbe } from '@/utils/sites/fields';
import { healthBySite } from '@/utils/sites/health-history';
import type { Action } from '@/utils/model';

beforeEach(() => fakeBrowser.reset());

describe('named fields and their health', () => {
  it('records how each field was found: its default, its fallback, or not at all; the worst way wins', () => {
    const { value, health } = withFieldProbe(() => {
      field('buyer', () => '小鹿');
      field(
        'rows',
        () => [],
        () => ['a', 'b'],
      );
      field(
        'remark',
        () => null,
        () => null,
      );
      field('rows', () => ['x']);
      return field(
        'orderNo',
        () => undefined,
        () => '6925095897028853458',
      );
    });
    expect(value).toBe('6925095897028853458');
    expect(health).toEqual({ buyer: 'default', rows: 'fallback', remark: 'missing', orderNo: 'fallback' });
    expect(healthLevel(health)).toBe('red');
    expect(healthLevel({ buyer: 'default', rows: 'fallback' })).toBe('amber');
    expect(healthLevel({ buyer: 'default' })).toBe('green');
    expect(healthLevel({})).toBe('none');
    expect(field('outside a read', () => 1)).toBe(1);
  });

  it('logs a page kind’s health once a day, and again as soon as it changes', async () => {
    const { reportHealth } = await import('@/utils/content/health-log');
    const day = Date.UTC(2026, 10, 30, 2);
    const logged: unknown[] = [];
    const logModule = await import('@/utils/log/log-action');
    logModule.configureActionLog((() => ({ enqueue: (d: unknown) => logged.push(d) })) as never);
    expect(await reportHealth('douyin.orderList', { orderRows: 'default' }, day)).toBe(true);
    expect(await reportHealth('douyin.orderList', { orderRows: 'default' }, day + 3_600_000)).toBe(false);
    expect(await reportHealth('douyin.orderList', { orderRows: 'fallback' }, day + 7_200_000)).toBe(true);
    expect(await reportHealth('douyin.orderList', { orderRows: 'fallback' }, day + 86_400_000)).toBe(true);
    expect(await reportHealth('douyin.orderList', undefined, day)).toBe(false);
    expect(logged.map((d) => (d as { kind: string; payload: { level: string } }).payload.level)).toEqual(['green', 'amber', 'amber']);
  });

  it('tells since when a page kind has looked changed', () => {
    const row = (at: number, level: string): Action =>
      ({ kind: 'adapter.health', at, site: 'douyin', payload: { adapterId: 'douyin.orderList', level, fields: { orderRows: level === 'green' ? 'default' : 'fallback' } } }) as unknown as Action;
    const [health] = healthBySite([row(3, 'amber'), row(1, 'green'), row(2, 'amber')]);
    expect(health).toMatchObject({ adapterId: 'douyin.orderList', level: 'amber', lastAt: 3, brokeAt: 2 });
    expect(healthBySite([row(1, 'amber'), row(2, 'green')])[0]!.brokeAt).toBeUndefined();
  });
});

describe('a lead’s selectors', () => {
  it('may end in :text("…") to find a control by its words; a bad one finds nothing and never throws', async () => {
    const { isValidSelector, selectAll } = await import('@/utils/sites/fields');
    const doc = new DOMParser().parseFromString('<body><div role="button"> 发送 </div><div role="button">取消</div><b>发送</b></body>', 'text/html');
    expect(selectAll(doc, 'div[role="button"]:text("发送")').map((e) => e.outerHTML)).toEqual(['<div role="button"> 发送 </div>']);
    expect(selectAll(doc, ':text("发送")').length).toBe(2);
    expect(selectAll(doc, 'div[')).toEqual([]);
    expect(isValidSelector('div:text("a \\" b")')).toBe(true);
    expect(isValidSelector('div[')).toBe(false);
  });

  it('win over the adapter’s own way outside a read too (the reply box a suggestion is written into)', async () => {
    const { setPageOverrides } = await import('@/utils/sites/fields');
    const { pinduoduoChat } = await import('@/utils/sites/pinduoduo/chat');
    const { loadFixture } = await import('./load-fixture');
    const doc = loadFixture('pinduoduo/chat.html');
    const own = pinduoduoChat.chatInput!(doc);
    doc.body.insertAdjacentHTML('beforeend', '<textarea data-kefu-test="new-box"></textarea>');
    setPageOverrides({ replyBox: '[data-kefu-test="new-box"]' });
    try {
      expect(pinduoduoChat.chatInput!(doc)?.dataset.kefuTest).toBe('new-box');
      expect(pinduoduoChat.snapshot(doc).health).toMatchObject({ replyBox: 'override' });
      setPageOverrides({ replyBox: '#nothing-here' });
      expect(pinduoduoChat.chatInput!(doc)).toBe(own);
      expect(pinduoduoChat.snapshot(doc).health).toMatchObject({ replyBox: 'override-missed' });
    } finally {
      setPageOverrides({});
    }
  });
});

describe('whose message a row is, as a named mark', () => {
  it('a renamed buyer mark is read through the fallback (and health says so) until a lead names the new one; the adapter’s own still counts', async () => {
    const { setPageOverrides } = await import('@/utils/sites/fields');
    const { pinduoduoChat } = await import('@/utils/sites/pinduoduo/chat');
    const { loadFixture } = await import('./load-fixture');
    const doc = loadFixture('pinduoduo/chat.html');
    const directions = () => {
      const read = pinduoduoChat.snapshot(doc);
      return read.ok ? read.snapshot.messages.map((m) => m.direction) : [];
    };
    const before = directions();
    expect(before).toContain('buyer');
    expect(pinduoduoChat.snapshot(doc).health?.messageSide).toBeUndefined();
    doc.querySelectorAll('.buyer-item').forEach((el) => el.classList.replace('buyer-item', 'buyer-item-2027'));
    expect(directions()).toEqual(before);
    expect(pinduoduoChat.snapshot(doc).health?.messageSide).toBe('fallback');
    setPageOverrides({ buyerMark: '.buyer-item-2027' });
    try {
      expect(directions()).toEqual(before);
      expect(pinduoduoChat.snapshot(doc).health?.messageSide).toBeUndefined();
    } finally {
      setPageOverrides({});
    }
  });
});
