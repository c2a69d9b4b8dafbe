// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { pageSnapshotSchema } from '@/utils/model';
import { tiktokShopChat } from '@/utils/sites/tiktok-shop/chat';
import { loadFixture } from './load-fixture';

describe('tiktok shop inbox adapter', () => {
  for (const variant of ['inbox.html', 'inbox-rehashed.html']) {
    it(`reads the open conversation’s buyer and the messages by bubble side (${variant})`, () => {
      const doc = loadFixture(`tiktok-shop/${variant}`);
      const result = tiktokShopChat.snapshot(doc);
      if (!result.ok) throw new Error(result.reason);
      const snap = pageSnapshotSchema.parse(result.snapshot);
      expect(snap.buyer).toEqual({ idKind: 'nick', displayName: 'Jessica M.' });
      expect(snap.messages.map((m) => [m.direction, m.text])).toEqual([
        ['buyer', 'Hi, I ordered the phone case 5 days ago and tracking still says label created'],
        ['agent', 'Hi Jessica, let me check that for you.'],
        ['buyer', "Where is my order?? It still hasn't arrived"],
      ]);
      expect(tiktokShopChat.chatInput!(doc)?.tagName).toBe('TEXTAREA');
    });
  }

  it('is empty with no conversation open, and knows the market hosts', () => {
    const doc = loadFixture('tiktok-shop/inbox.html');
    doc.querySelector('[aria-selected="true"]')!.removeAttribute('aria-selected');
    expect(tiktokShopChat.snapshot(doc)).toMatchObject({ ok: false, reason: 'empty' });
    expect(tiktokShopChat.isPage(new URL('https://seller-th.tiktok.com/chat/inbox/current?shop_region=TH'))).toBe(true);
    expect(tiktokShopChat.isPage(new URL('https://www.tiktok.com/chat/inbox/current'))).toBe(false);
  });
});
