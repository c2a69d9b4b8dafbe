// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { pageSnapshotSchema } from '@/utils/model';
import { siteRegion, siteTimeZone } from '@/utils/sites';
import { parseLocalAmount } from '@/utils/sites/read';
import { shopeeChat } from '@/utils/sites/shopee/chat';
import { shopeeOrderList } from '@/utils/sites/shopee/order-list';
import { loadFixture } from './load-fixture';

describe('shopee webchat adapter', () => {
  for (const variant of ['webchat.html', 'webchat-rehashed.html']) {
    it(`reads the buyer, messages by data-cy and the order in the workstation (${variant})`, () => {
      const result = shopeeChat.snapshot(loadFixture(`shopee/${variant}`));
      if (!result.ok) throw new Error(result.reason);
      const snap = pageSnapshotSchema.parse(result.snapshot);
      expect(snap.buyer).toMatchObject({ idKind: 'nick', displayName: 'rina.ayu88' });
      expect(snap.messages.map((m) => m.direction)).toEqual(['buyer', 'buyer']);
      expect(snap.messages[0]!.text).toContain('the lamp is broken');
      expect(snap.orders).toEqual([{ orderNo: '261128K7QW2MZP' }]);
      expect(snap.capabilities).toEqual({ reply: true, remark: false });
    });
  }

  it('is empty with no conversation open', () => {
    const doc = loadFixture('shopee/webchat.html');
    doc.querySelector('[data-cy="webchat-conversation-detail-chat"]')!.removeAttribute('data-cy');
    expect(shopeeChat.snapshot(doc)).toMatchObject({ ok: false, reason: 'empty' });
  });

  it('knows every market host, and each market’s zone', () => {
    for (const host of ['seller.shopee.co.id', 'seller.shopee.co.th', 'seller.shopee.com.br', 'banhang.shopee.vn']) {
      expect(shopeeChat.isPage(new URL(`https://${host}/new-webchat/conversations`)), host).toBe(true);
    }
    expect(shopeeChat.isPage(new URL('https://shopee.co.id/new-webchat/conversations'))).toBe(false);
    expect(siteRegion('shopee', 'https://seller.shopee.co.th/new-webchat/conversations')?.code).toBe('TH');
    expect(siteTimeZone('shopee', 'https://seller.shopee.com.br/portal/sale/order')).toBe('America/Sao_Paulo');
    expect(siteTimeZone('pinduoduo', 'https://mms.pinduoduo.com/')).toBe('Asia/Shanghai');
  });
});

describe('shopee order list adapter', () => {
  it('reads order_sn, buyer, status and the amount in the market’s notation', () => {
    const result = shopeeOrderList.snapshot(loadFixture('shopee/order-list.html'));
    if (!result.ok) throw new Error(result.reason);
    expect(result.snapshot.orders).toEqual([
      { orderNo: '261127N3XY8KQA', status: 'A Enviar', amount: 1249.9, buyerName: 'marcos.silva' },
      { orderNo: '261126P0ZR4LMB', status: 'Concluído', amount: 39.8, buyerName: 'ana_beatriz' },
    ]);
    expect(shopeeOrderList.isPage(new URL('https://seller.shopee.com.br/portal/sale/order/183004551277'))).toBe(false);
  });

  it('parses amounts the way each market writes them', () => {
    expect(parseLocalAmount('Rp189.000')).toBe(189000);
    expect(parseLocalAmount('R$ 1.249,90')).toBe(1249.9);
    expect(parseLocalAmount('₫1,250,000')).toBe(1250000);
    expect(parseLocalAmount('$12.99')).toBe(12.99);
    expect(parseLocalAmount('฿1,290.00')).toBe(1290);
    expect(parseLocalAmount('R$ 39,80')).toBe(39.8);
    expect(parseLocalAmount('no price')).toBeUndefined();
  });
});
