// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { pageSnapshotSchema } from '@/utils/model';
import { jdChat } from '@/utils/sites/jd/chat';
import { jdOrderList } from '@/utils/sites/jd/order-list';
import { loadFixture } from './load-fixture';

describe('jd dongdong chat adapter', () => {
  for (const variant of ['dongdong.html', 'dongdong-rehashed.html']) {
    it(`reads the buyer pin from the selected contact row, and the messages by side (${variant})`, () => {
      const result = jdChat.snapshot(loadFixture(`jd/${variant}`));
      if (!result.ok) throw new Error(result.reason);
      const snap = pageSnapshotSchema.parse(result.snapshot);
      expect(snap.buyer).toEqual({ idKind: 'uid', id: 'jd_7f3a9c21', displayName: 'jd_7f3a9c21' });
      expect(snap.messages.map((m) => [m.id, m.direction, m.text])).toEqual([
        ['m-9001', 'system', '买家从商品页进入咨询'],
        ['m-9002', 'buyer', '[商品] 无线蓝牙耳机 降噪版 ¥299.00'],
        ['m-9003', 'buyer', '我的快递怎么还没到，物流三天没动了'],
      ]);
      expect(snap.messages[2]!.at).toBe(Date.UTC(2026, 10, 30, 2, 20, 40));
      expect(snap.capabilities).toEqual({ reply: true, remark: false });
    });
  }

  it('falls back to the name node’s title for the pin, and is empty with nobody selected', () => {
    const doc = loadFixture('jd/dongdong.html');
    doc.querySelector('.alluser-item_check')!.id = '';
    const result = jdChat.snapshot(doc);
    expect(result.ok && result.snapshot.buyer?.id).toBe('jd_7f3a9c21');
    doc.querySelector('.alluser-item_check')!.className = 'alluser-item';
    doc.querySelector('.alluser-item')!.removeAttribute('aria-selected');
    doc.querySelector('.chat-head-name')!.replaceChildren();
    expect(jdChat.snapshot(doc)).toMatchObject({ ok: false, reason: 'empty' });
  });

  it('cannot read another site’s page', () => {
    expect(jdChat.snapshot(loadFixture('kuaishou/workbench.html'))).toMatchObject({ ok: false, reason: 'unknown-layout' });
  });
});

describe('jd jingmai order list adapter', () => {
  it('reads each card: order id, placed time, pin, amount, status and the remark shown', () => {
    const result = jdOrderList.snapshot(loadFixture('jd/order-list.html'));
    if (!result.ok) throw new Error(result.reason);
    expect(result.snapshot.orders).toEqual([
      {
        orderNo: '301245678912',
        status: '等待出库',
        amount: 299,
        buyerName: 'jd_7f3a9c21',
        placedAt: Date.UTC(2026, 10, 29, 13, 14, 6),
        remark: '【黄旗】换货｜原因：颜色发错｜工号：3021｜2026-11-30 09:12',
      },
      { orderNo: '301245670001', status: '已完成', amount: 39.8, buyerName: 'jd_55aa01ff', placedAt: Date.UTC(2026, 10, 28, 0, 2, 51) },
    ]);
    expect(result.snapshot.capabilities.remark).toBe(false);
  });

  it('is empty with no cards and cannot read the old route’s layout', () => {
    const doc = loadFixture('jd/order-list.html');
    doc.querySelectorAll('.card').forEach((c) => c.remove());
    expect(jdOrderList.snapshot(doc)).toMatchObject({ ok: false, reason: 'empty' });
    expect(jdOrderList.snapshot(loadFixture('jd/dongdong.html'))).toMatchObject({ ok: false, reason: 'unknown-layout' });
  });
});
