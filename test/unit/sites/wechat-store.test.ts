// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { pageSnapshotSchema } from '@/utils/model';
import { wechatStoreChat } from '@/utils/sites/wechat-store/chat';
import { loadFixture } from './load-fixture';

describe('wechat store kf workbench adapter', () => {
  for (const variant of ['kf.html', 'kf-rehashed.html']) {
    it(`reads the buyer, the room id, messages by side and the order panel (${variant})`, () => {
      const result = wechatStoreChat.snapshot(loadFixture(`wechat-store/${variant}`));
      if (!result.ok) throw new Error(result.reason);
      const snap = pageSnapshotSchema.parse(result.snapshot);
      expect(snap.buyer).toEqual({ idKind: 'uid', id: '47000012', displayName: '林间小鹿' });
      expect(snap.messages.map((m) => [m.direction, m.text])).toEqual([
        ['buyer', '[商品] 羊毛混纺围巾 燕麦色 ¥129.00'],
        ['buyer', '这条围巾今天能发货吗？我想周末送人'],
        ['agent', '您好，下午四点前付款当天发出哦'],
        ['buyer', '那我的订单发了吗，快递到哪了'],
      ]);
      expect(snap.orders).toEqual([{ orderNo: '3721984560012345678', status: '已发货' }]);
      expect(snap.capabilities).toEqual({ reply: true, remark: false });
    });
  }

  it('names the lapsed login instead of calling the page changed', () => {
    expect(wechatStoreChat.snapshot(loadFixture('wechat-store/kf-expired.html'))).toMatchObject({ ok: false, reason: 'session-expired' });
  });

  it('says the workbench is not receiving when the shop switched to API mode', () => {
    const doc = loadFixture('wechat-store/kf.html');
    doc.querySelector('.chat-title')!.replaceChildren();
    expect(wechatStoreChat.snapshot(doc)).toMatchObject({ ok: false, reason: 'empty' });
    doc.querySelector('.msg-list')!.textContent = '当前店铺已开启自研客服，新的咨询将通过 API 通道接收';
    expect(wechatStoreChat.snapshot(doc)).toMatchObject({ ok: false, reason: 'not-receiving' });
  });

  it('keys the buyer by nickname when two sessions share the name', () => {
    const doc = loadFixture('wechat-store/kf.html');
    doc.querySelector('[data-room-id="47000019"] .user-nickname')!.textContent = '林间小鹿';
    const result = wechatStoreChat.snapshot(doc);
    expect(result.ok && result.snapshot.buyer).toEqual({ idKind: 'nick', displayName: '林间小鹿' });
  });
});
