// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { pageSnapshotSchema } from '@/utils/model';
import { taobaoOrderDetail } from '@/utils/sites/taobao/order-detail';
import { taobaoSoldList } from '@/utils/sites/taobao/sold-list';
import { loadFixture } from './load-fixture';

const MEMO = '【黄旗】补发｜原因：少发枕套一只｜工号：5012｜2026-11-30 09:40';

function openDialog(doc: Document, orderNo: string, memo: string, flag: string) {
  const dialog = doc.querySelector<HTMLElement>('.next-dialog')!;
  dialog.hidden = false;
  dialog.querySelector('.memo-order')!.textContent = orderNo;
  dialog.querySelector('textarea')!.value = memo;
  dialog.querySelector<HTMLInputElement>(`input[name="flag"][value="${flag}"]`)!.checked = true;
  return dialog;
}

describe('taobao sold list adapter', () => {
  for (const variant of ['sold.html', 'sold-rehashed.html']) {
    it(`reads each parent order from its header row and sub-orders (${variant})`, () => {
      const result = taobaoSoldList.snapshot(loadFixture(`taobao/${variant}`));
      if (!result.ok) throw new Error(result.reason);
      const snap = pageSnapshotSchema.parse(result.snapshot);
      expect(snap.orders).toEqual([
        { orderNo: '3981234567890123456', status: '卖家已发货', amount: 279, buyerName: 'tb_春日迟迟', placedAt: Date.UTC(2026, 10, 29, 12, 41, 7), remark: MEMO },
        { orderNo: '3981234567890120001', status: '买家已付款', amount: 89, buyerName: 't***8', placedAt: Date.UTC(2026, 10, 28, 3, 2, 45) },
      ]);
      expect(snap.capabilities.remark).toBe(false);
    });
  }

  it('reads the open memo dialog as a remark editor: its order, the memo the page holds, the flag by colour', () => {
    const doc = loadFixture('taobao/sold.html');
    expect(taobaoSoldList.remarkEditor!(doc)).toBeNull();
    openDialog(doc, '3981234567890123456', MEMO, '2');
    const editor = taobaoSoldList.remarkEditor!(doc)!;
    expect(editor).toMatchObject({ orderNo: '3981234567890123456', saved: MEMO, flag: '黄' });
    expect(editor.selectFlag('紫')).toBe(true);
    expect(doc.querySelector<HTMLInputElement>('input[name="flag"][value="5"]')!.checked).toBe(true);
    expect(editor.selectFlag('橙')).toBe(false);
    expect(taobaoSoldList.remarkSaveButton!(doc)?.textContent).toBe('确定');
  });

  it('is empty on the no-results page and cannot read another layout', () => {
    const doc = loadFixture('taobao/sold.html');
    doc.querySelector('.next-table-body')!.textContent = '没有符合条件的宝贝，请尝试其他搜索条件。';
    expect(taobaoSoldList.snapshot(doc)).toMatchObject({ ok: false, reason: 'empty' });
    expect(taobaoSoldList.snapshot(loadFixture('jd/order-list.html'))).toMatchObject({ ok: false, reason: 'unknown-layout' });
  });

  it('matches the sold pages on both hosts and not the workbench home', () => {
    expect(taobaoSoldList.isPage(new URL('https://qn.taobao.com/home.htm/trade-platform/tp/sold'))).toBe(true);
    expect(taobaoSoldList.isPage(new URL('https://myseller.taobao.com/home.htm/QnworkbenchHome/'))).toBe(false);
  });
});

describe('taobao order detail adapter', () => {
  it('reads the order by its labels', () => {
    const result = taobaoOrderDetail.snapshot(loadFixture('taobao/order-detail.html'));
    if (!result.ok) throw new Error(result.reason);
    expect(result.snapshot.buyer).toEqual({ idKind: 'nick', displayName: 'tb_春日迟迟' });
    expect(result.snapshot.orders).toEqual([
      { orderNo: '3981234567890123456', status: '卖家已发货', amount: 279, buyerName: 'tb_春日迟迟', placedAt: Date.UTC(2026, 10, 29, 12, 41, 7), remark: MEMO },
    ]);
  });

  it('knows Taobao and Tmall detail URLs', () => {
    expect(taobaoOrderDetail.isPage(new URL('https://trade.tmall.com/detail/orderDetail.htm?bizOrderId=3981234567890123456'))).toBe(true);
    expect(taobaoOrderDetail.isPage(new URL('https://trade.taobao.com/trade/itemlist/list_sold_items.htm'))).toBe(false);
  });
});
