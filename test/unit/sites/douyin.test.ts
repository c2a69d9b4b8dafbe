// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { pageSnapshotSchema } from '@/utils/model';
import { douyinChat } from '@/utils/sites/douyin/chat';
import { douyinOrderList } from '@/utils/sites/douyin/order-list';
import { loadFixture } from './load-fixture';

describe('douyin feige chat adapter', () => {
  for (const variant of ['feige-chat.html', 'feige-chat-rehashed.html']) {
    it(`reads buyer, messages and the order panel (${variant})`, () => {
      const result = douyinChat.snapshot(loadFixture(`douyin/${variant}`));
      if (!result.ok) throw new Error(result.reason);
      const snap = pageSnapshotSchema.parse(result.snapshot);
      expect(snap.buyer).toEqual({ idKind: 'nick', displayName: '小鹿爱吃橙' });
      expect(snap.orders).toEqual([{ orderNo: '6925095897028853458', status: '已发货', amount: 59, trackingNo: 'SF1402233445566' }]);
      expect(snap.messages.map((m) => [m.direction, m.text])).toEqual([
        ['buyer', '你好，订单6925095897028853458什么时候发货'],
        ['agent', '您好，已经为您查询，今天下午发出'],
        ['buyer', '我的快递到哪了？怎么还没到'],
      ]);
      expect(snap.messages[0]?.id).toBe('7391000000000000001');
    });
  }

  it('falls back to the input placeholder for the buyer name', () => {
    const doc = loadFixture('douyin/feige-chat.html');
    doc.querySelector('#topbar-left-info')!.replaceChildren();
    const result = douyinChat.snapshot(doc);
    expect(result.ok && result.snapshot.buyer?.displayName).toBe('小鹿爱吃橙');
  });

  it('is empty when no conversation is open', () => {
    const doc = loadFixture('douyin/feige-chat.html');
    doc.querySelector('#topbar-left-info')!.replaceChildren();
    doc.querySelector<HTMLTextAreaElement>('textarea')!.placeholder = '';
    expect(douyinChat.snapshot(doc)).toMatchObject({ ok: false, reason: 'empty' });
  });

  it('cannot read an unknown layout', () => {
    expect(douyinChat.snapshot(loadFixture('douyin/fxg-order-list.html'))).toMatchObject({ ok: false, reason: 'unknown-layout' });
  });

  it('ignores an order panel with two different order numbers', () => {
    const doc = loadFixture('douyin/feige-chat.html');
    doc.querySelector('section[role="tabpanel"]')!.append('订单编号 6925095897028850001');
    const result = douyinChat.snapshot(doc);
    expect(result.ok && result.snapshot.orders).toEqual([]);
  });
});

describe('douyin fxg order list adapter', () => {
  it('reads each order row with buyer, amount, status and remark', () => {
    const result = douyinOrderList.snapshot(loadFixture('douyin/fxg-order-list.html'));
    if (!result.ok) throw new Error(result.reason);
    expect(result.snapshot.orders).toEqual([
      { orderNo: '6925095897028853458', status: '已发货', amount: 59, buyerName: '小鹿爱吃橙', placedAt: Date.UTC(2026, 10, 21, 11, 20, 5) },
      {
        orderNo: '6925095897028850001',
        status: '待支付',
        amount: 128.5,
        buyerName: 'momo_22',
        placedAt: Date.UTC(2026, 10, 20, 0, 1, 44),
        remark: '【红旗】赠品｜原因：老客户加赠小样｜工号：2048｜2026-11-20 09:00',
      },
    ]);
    expect(result.snapshot.capabilities.remark).toBe(true);
  });

  it('is empty when the list has no rows', () => {
    const doc = loadFixture('douyin/fxg-order-list.html');
    doc.querySelectorAll('[data-kora="order-row"]').forEach((row) => row.remove());
    expect(douyinOrderList.snapshot(doc)).toMatchObject({ ok: false, reason: 'empty' });
  });
});

describe('douyin fxg remark drawer', () => {
  const openDrawer = (doc: Document, rowIndex: number) => {
    const row = doc.querySelectorAll('[data-kora="order-row"]')[rowIndex]!;
    doc.querySelector('.drawer-order')!.textContent = row.textContent!.match(/\d{19}/)![0];
    doc.querySelector<HTMLElement>('.remark-drawer')!.hidden = false;
  };

  it('has no editor while the drawer is closed', () => {
    expect(douyinOrderList.remarkEditor!(loadFixture('douyin/fxg-order-list.html'))).toBeNull();
  });

  it('reads the open drawer: its order, that order’s saved remark lines, the red star, and selects another star', () => {
    const doc = loadFixture('douyin/fxg-order-list.html');
    doc.querySelectorAll('.remark-text')[1]!.innerHTML = '顺丰<br>【红旗】赠品｜原因：老客户加赠小样｜工号：2048｜2026-11-20 09:00';
    openDrawer(doc, 1);
    const editor = douyinOrderList.remarkEditor!(doc)!;
    expect(editor).toMatchObject({ orderNo: '6925095897028850001', saved: '顺丰\n【红旗】赠品｜原因：老客户加赠小样｜工号：2048｜2026-11-20 09:00', flag: '红' });
    expect(douyinOrderList.remarkSaveButton!(doc)?.textContent).toBe('确定');
    expect(editor.selectFlag('青')).toBe(true);
    expect(douyinOrderList.remarkEditor!(doc)!.flag).toBe('青');
    expect(editor.selectFlag('黄')).toBe(false);
  });
});

describe('douyin order list without its row hook', () => {
  it('finds every order row by its 19-digit number instead, and says it used the fallback', () => {
    const doc = loadFixture('douyin/fxg-order-list.html');
    const expected = douyinOrderList.snapshot(doc);
    doc.querySelectorAll('[data-kora="order-row"]').forEach((row) => row.setAttribute('data-kora', 'list-item-v2'));
    const result = douyinOrderList.snapshot(doc);
    if (!result.ok || !expected.ok) throw new Error('unreadable');
    expect(result.snapshot.orders).toEqual(expected.snapshot.orders);
    expect(expected.health).toMatchObject({ orderRows: 'default' });
    expect(result.health).toMatchObject({ orderRows: 'fallback' });
  });
});

describe('a lead’s selector fix for the 抖店 order list', () => {
  it('reads the rows by the lead’s selector first; one that matches nothing (or is not CSS) leaves the adapter’s way running', () => {
    const doc = loadFixture('douyin/fxg-order-list.html');
    doc.querySelectorAll('[data-kora="order-row"]').forEach((row) => row.setAttribute('data-kora', 'list-item-v2'));
    const fixed = douyinOrderList.snapshot(doc, { orderRows: '[data-kora="list-item-v2"]' });
    expect(fixed.ok && fixed.snapshot.orders.map((o) => o.orderNo)).toEqual(['6925095897028853458', '6925095897028850001']);
    expect(fixed.health).toMatchObject({ orderRows: 'override' });
    expect(douyinOrderList.snapshot(doc, { orderRows: '.nothing-here' }).health).toMatchObject({ orderRows: 'fallback' });
    const intact = loadFixture('douyin/fxg-order-list.html');
    expect(douyinOrderList.snapshot(intact, { orderRows: '.nothing-here' }).health).toMatchObject({ orderRows: 'override-missed' });
    expect(douyinOrderList.snapshot(intact, { orderRows: '[[[' }).health).toMatchObject({ orderRows: 'override-missed' });
  });
});
