// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { pageSnapshotSchema } from '@/utils/model';
import { pinduoduoChat } from '@/utils/sites/pinduoduo/chat';
import { pinduoduoOrderDetail } from '@/utils/sites/pinduoduo/order-detail';
import { pinduoduoOrderList } from '@/utils/sites/pinduoduo/order-list';
import { loadFixture } from './load-fixture';

describe('pinduoduo chat adapter', () => {
  for (const variant of ['chat.html', 'chat-rehashed.html']) {
    it(`reads buyer, messages and the order panel (${variant})`, () => {
      const result = pinduoduoChat.snapshot(loadFixture(`pinduoduo/${variant}`));
      if (!result.ok) throw new Error(result.reason);
      const snap = pageSnapshotSchema.parse(result.snapshot);
      expect(snap.buyer).toEqual({ id: '58812345', idKind: 'uid', displayName: 't***8' });
      expect(snap.orders).toEqual([{ orderNo: '261120-538127364510922', status: '已发货', amount: 39.9, trackingNo: 'YT7712345678901' }]);
      expect(snap.messages.map((m) => m.direction)).toEqual(['system', 'buyer', 'buyer']);
      expect(snap.messages[1]).toEqual({ id: 'middlePanel_list_7002', direction: 'buyer', text: '你好，我的快递怎么还没到？都三天了', at: Date.UTC(2026, 10, 22, 1, 30, 17) });
      expect(snap.messages[2]?.text).toBe('[图片]');
      expect(snap.capabilities.reply).toBe(true);
    });
  }

  it('says the session was taken over by another login', () => {
    expect(pinduoduoChat.snapshot(loadFixture('pinduoduo/chat-kicked.html'))).toMatchObject({ ok: false, reason: 'kicked' });
  });

  it('says there is no conversation open', () => {
    expect(pinduoduoChat.snapshot(loadFixture('pinduoduo/chat-empty.html'))).toMatchObject({ ok: false, reason: 'empty' });
  });

  it('says it cannot read an unknown layout', () => {
    expect(pinduoduoChat.snapshot(loadFixture('pinduoduo/order-list.html'))).toMatchObject({ ok: false, reason: 'unknown-layout' });
  });

  it('finds the reply box and the send button', () => {
    const doc = loadFixture('pinduoduo/chat.html');
    expect(pinduoduoChat.chatInput?.(doc)?.id).toBe('replyTextarea');
    expect(pinduoduoChat.sendButton?.(doc)?.textContent).toBe('发送');
  });

  it('keeps buyer text as text', () => {
    const doc = loadFixture('pinduoduo/chat.html');
    doc.querySelector('.msg-content-box')!.textContent = '<img src=x onerror=alert(1)>';
    const result = pinduoduoChat.snapshot(doc);
    expect(result.ok && result.snapshot.messages[1]?.text).toBe('<img src=x onerror=alert(1)>');
  });
});

describe('pinduoduo order pages', () => {
  it('reads every order of the list', () => {
    const result = pinduoduoOrderList.snapshot(loadFixture('pinduoduo/order-list.html'));
    if (!result.ok) throw new Error(result.reason);
    expect(result.snapshot.orders).toEqual([
      { orderNo: '261120-538127364510922', status: '已发货', amount: 39.9, buyerName: 't***8', placedAt: Date.UTC(2026, 10, 20, 2, 2, 11) },
      { orderNo: '261121-902211837465001', status: '待发货', amount: 109, buyerName: 'S*******n', placedAt: Date.UTC(2026, 10, 21, 12, 45, 3) },
    ]);
  });

  it('reads the detail page with its remark and flag', () => {
    const result = pinduoduoOrderDetail.snapshot(loadFixture('pinduoduo/order-detail.html'));
    if (!result.ok) throw new Error(result.reason);
    expect(result.snapshot.activeOrderNo).toBe('261120-538127364510922');
    expect(result.snapshot.buyer).toEqual({ idKind: 'nick', displayName: 't***8' });
    expect(result.snapshot.orders[0]).toMatchObject({
      status: '已发货',
      amount: 39.9,
      flag: '红',
      remark: '顺丰发货，不要放驿站\n【红旗】改地址｜原因：买家要求改为公司地址｜工号：1024｜2026-11-20 11:15',
    });
    expect(result.snapshot.capabilities.remark).toBe(true);
  });

  it('cannot read a page without its root', () => {
    expect(pinduoduoOrderList.snapshot(loadFixture('pinduoduo/chat.html'))).toMatchObject({ ok: false, reason: 'unknown-layout' });
    expect(pinduoduoOrderDetail.snapshot(loadFixture('pinduoduo/chat.html'))).toMatchObject({ ok: false, reason: 'unknown-layout' });
  });
});

describe('pinduoduo order detail remark editor', () => {
  it('reads the order, the saved remark lines, the flag and the save button, and selects a flag', () => {
    const doc = loadFixture('pinduoduo/order-detail.html');
    const editor = pinduoduoOrderDetail.remarkEditor!(doc)!;
    expect(editor).toMatchObject({ orderNo: '261120-538127364510922', flag: '红' });
    expect(editor.saved.split('\n')).toHaveLength(2);
    expect(pinduoduoOrderDetail.remarkSaveButton!(doc)?.textContent).toBe('保存');
    expect(editor.selectFlag('紫')).toBe(true);
    expect(doc.querySelector<HTMLInputElement>('input[name="note-tag"][value="5"]')!.checked).toBe(true);
    expect(editor.selectFlag('灰')).toBe(false);
  });

  it('has no editor when the order number is missing', () => {
    const doc = loadFixture('pinduoduo/order-detail.html');
    doc.querySelector('#mf-mms-orders-container .row')!.remove();
    expect(pinduoduoOrderDetail.remarkEditor!(doc)).toBeNull();
  });
});

describe('pinduoduo chat health', () => {
  it('names its fields: all found the evidenced way on the saved page, message rows by their ids once the class is renamed', () => {
    const doc = loadFixture('pinduoduo/chat.html');
    expect(pinduoduoChat.snapshot(doc).health).toEqual({ messageRows: 'default', buyerName: 'default', orderNumber: 'default', replyBox: 'default', sendButton: 'default' });
    const before = pinduoduoChat.snapshot(doc);
    doc.querySelectorAll('li.onemsg').forEach((li) => li.classList.replace('onemsg', 'msg-item-v2'));
    const after = pinduoduoChat.snapshot(doc);
    expect(after.health).toMatchObject({ messageRows: 'fallback' });
    expect(after.ok && before.ok && after.snapshot.messages).toEqual(before.ok && before.snapshot.messages);
  });
});
