// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { pageSnapshotSchema } from '@/utils/model';
import { kuaishouChat } from '@/utils/sites/kuaishou/chat';
import { CHINA_OFFSET_MS } from '@/utils/time/china-time';
import { loadFixture } from './load-fixture';

describe('kuaishou workbench adapter', () => {
  for (const variant of ['workbench.html', 'workbench-rehashed.html']) {
    it(`reads the buyer id from the message ids, directions, system cards, orders and the platform timer (${variant})`, () => {
      const result = kuaishouChat.snapshot(loadFixture(`kuaishou/${variant}`));
      if (!result.ok) throw new Error(result.reason);
      const snap = pageSnapshotSchema.parse(result.snapshot);
      expect(snap.buyer).toEqual({ idKind: 'uid', id: '3301234567', displayName: '橙子汽水' });
      expect(snap.messages.map((m) => [m.direction, m.text])).toEqual([
        ['system', '订单卡片 买家正在查看订单 2418000123456789'],
        ['buyer', '在吗，我昨天拍的裙子发货了吗'],
        ['agent', '亲，已经发出啦，中通快递'],
        ['buyer', '快递到哪了？物流一直没更新'],
      ]);
      expect(snap.messages[1]).toMatchObject({ id: '0_3301234567_2' });
      expect(new Date(snap.messages[1]!.at! + CHINA_OFFSET_MS).toISOString().slice(5, 19)).toBe('11-30T10:02:11');
      expect(snap.orders).toEqual([
        { orderNo: '2418000123456789', status: '已发货', amount: 89, trackingNo: '75123456789012' },
        { orderNo: '2418000123450001', status: '已完成', amount: 19.9 },
      ]);
      expect(snap.activeOrderNo).toBe('2418000123456789');
      expect(snap.platformTimer).toBe('2分15秒后超时');
      expect(snap.capabilities).toEqual({ reply: true, remark: false });
    });
  }

  it('takes a numeric header as the id still loading, not as a name', () => {
    const doc = loadFixture('kuaishou/workbench.html');
    doc.querySelector('.LoginUserInfo-mainTitle-text')!.textContent = '3301234567';
    const result = kuaishouChat.snapshot(doc);
    expect(result.ok && result.snapshot.buyer).toEqual({ idKind: 'uid', id: '3301234567' });
  });

  it('is empty with no conversation open, and cannot read a page without the workbench', () => {
    const doc = loadFixture('kuaishou/workbench.html');
    // No conversation open: no header and no rows (a header renamed away with rows still there is a drifted page).
    doc.querySelector('.TargetUserHeader')!.remove();
    doc.querySelector('#ks-messages')!.replaceChildren();
    expect(kuaishouChat.snapshot(doc)).toMatchObject({ ok: false, reason: 'empty' });
    expect(kuaishouChat.snapshot(loadFixture('douyin/feige-chat.html'))).toMatchObject({ ok: false, reason: 'unknown-layout' });
  });

  it('reads a message a buyer wrote as markup as text', () => {
    const doc = loadFixture('kuaishou/workbench.html');
    doc.querySelector('#ks-messages [class*="msgBody"]')!.textContent = '<img src=x onerror=alert(1)>';
    const result = kuaishouChat.snapshot(doc);
    expect(result.ok && result.snapshot.messages[1]?.text).toBe('<img src=x onerror=alert(1)>');
  });

  it('knows the workbench URLs and not the login page', () => {
    expect(kuaishouChat.isPage(new URL('https://im.kwaixiaodian.com/workbench'))).toBe(true);
    expect(kuaishouChat.isPage(new URL('https://login.kwaixiaodian.com/'))).toBe(false);
  });
});
