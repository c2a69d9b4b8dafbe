// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { pageSnapshotSchema } from '@/utils/model';
import { adapterFor, siteTimeZone } from '@/utils/sites';
import { aliexpressChat } from '@/utils/sites/aliexpress/chat';
import { aliexpressOrderList } from '@/utils/sites/aliexpress/order-list';
import { loadFixture } from './load-fixture';

const CHAT_URL = 'https://csp.aliexpress.com/m_apps/ai-im/im?channelId=1579196#/window';

describe('aliexpress chat adapter', () => {
  for (const variant of ['im.html', 'im-rehashed.html']) {
    it(`reads the buyer panel, the seller's rows by \`self\`, the order card, and strips the translation mark (${variant})`, () => {
      const result = aliexpressChat.snapshot(loadFixture(`aliexpress/${variant}`));
      if (!result.ok) throw new Error(result.reason);
      const snap = pageSnapshotSchema.parse(result.snapshot);
      expect(snap.buyer).toEqual({ idKind: 'nick', displayName: 'Ivan Petrov' });
      expect(snap.messages.map((m) => m.direction)).toEqual(['buyer', 'agent', 'buyer']);
      expect(snap.messages[0]!.text).toBe('Здравствуйте, заказ 8209013605484399 оплачен 25 дней назад.');
      expect(snap.orders).toEqual([{ orderNo: '8209013605484399', status: 'Awaiting delivery' }]);
      expect(snap.activeOrderNo).toBe('8209013605484399');
      expect(snap.capabilities).toEqual({ reply: true, remark: false });
      expect(result.health).toMatchObject({ buyerName: 'default', messageRows: 'default', replyBox: 'default', sendButton: 'default' });
    });
  }

  it('falls back to the selected session when the buyer panel is renamed past recognition', () => {
    const doc = loadFixture('aliexpress/im.html');
    doc.querySelector('[class*="user-name__"]')!.className = 'nm';
    const result = aliexpressChat.snapshot(doc);
    expect(result.ok && result.snapshot.buyer).toEqual({ idKind: 'nick', displayName: 'Ivan Petrov' });
    expect(result.health?.buyerName).toBe('fallback');
  });

  it('is empty with no conversation open, and an unknown layout elsewhere', () => {
    const doc = loadFixture('aliexpress/im.html');
    doc.querySelector('[class*="user-name__"]')!.remove();
    doc.querySelector('[aria-selected="true"]')!.removeAttribute('aria-selected');
    expect(aliexpressChat.snapshot(doc)).toMatchObject({ ok: false, reason: 'empty' });
    expect(aliexpressChat.snapshot(new DOMParser().parseFromString('<p>登录</p>', 'text/html'))).toMatchObject({ ok: false, reason: 'unknown-layout' });
  });

  it('knows both seller hosts and both chat routes, and no other page', () => {
    expect(adapterFor(new URL(CHAT_URL))?.id).toBe('aliexpress.chat');
    expect(adapterFor(new URL('https://gsp.aliexpress.com/m_apps/im-chat/im#/window'))?.id).toBe('aliexpress.chat');
    expect(adapterFor(new URL('https://csp.aliexpress.com/m_apps/order-manage/orderList?channelId=1'))?.id).toBe('aliexpress.orderList');
    expect(adapterFor(new URL('https://csp.aliexpress.com/m_apps/order-manage/orderDetail?orderId=8209013605484399'))).toBeUndefined();
    expect(adapterFor(new URL('https://www.aliexpress.com/m_apps/im-chat/im'))).toBeUndefined();
    expect(siteTimeZone('aliexpress', CHAT_URL)).toBe('Asia/Shanghai');
  });
});

describe('aliexpress order list adapter', () => {
  const ORDERS = [
    { orderNo: '8209013605484399', status: '等待买家收货', amount: 12.8, buyerName: 'Ivan Petrov' },
    { orderNo: '8209017781120455', status: '等待您发货', amount: 1249.9, buyerName: 'Olga S.' },
  ];

  it('reads each next-table-row: order number, status, amount and buyer', () => {
    const result = aliexpressOrderList.snapshot(loadFixture('aliexpress/order-list.html'));
    if (!result.ok) throw new Error(result.reason);
    expect(result.snapshot.orders).toEqual(ORDERS);
    expect(result.health).toEqual({ orderRows: 'default' });
  });

  it('after a rebuild renames the rows and the CSS modules, finds rows by their order numbers and numbers by 订单号', () => {
    const result = aliexpressOrderList.snapshot(loadFixture('aliexpress/order-list-rehashed.html'));
    if (!result.ok) throw new Error(result.reason);
    expect(result.snapshot.orders.map((o) => o.orderNo)).toEqual(ORDERS.map((o) => o.orderNo));
    expect(result.snapshot.orders[0]!.status).toBe('等待买家收货');
    expect(result.health).toEqual({ orderRows: 'fallback' });
  });
});
