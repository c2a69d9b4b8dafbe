// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { pageSnapshotSchema } from '@/utils/model';
import { siteTimeZone } from '@/utils/sites';
import { wishChat } from '@/utils/sites/wish/chat';
import { loadFixture } from './load-fixture';

describe('wish ticket adapter', () => {
  for (const variant of ['ticket.html', 'ticket-rehashed.html']) {
    it(`reads the ticket by its words: customer, order, and who wrote each reply (${variant})`, () => {
      const result = wishChat.snapshot(loadFixture(`wish/${variant}`));
      if (!result.ok) throw new Error(result.reason);
      const snap = pageSnapshotSchema.parse(result.snapshot);
      expect(snap.buyer).toEqual({ idKind: 'nick', displayName: 'Anna K.' });
      expect(snap.orders).toEqual([{ orderNo: '5f0b77aa12cd4e0019fe0a11', status: 'Action Required' }]);
      expect(snap.messages.map((m) => m.direction)).toEqual(['buyer', 'system', 'agent', 'buyer']);
      expect(snap.messages[3]!.text).toBe('Прошло ещё четыре дня. Что с моей посылкой?');
      expect(snap.capabilities).toEqual({ reply: true, remark: false });
      // Nothing of this page is evidenced: the rows and the send control are found the class-free way, and health says so.
      expect(result.health).toMatchObject({ buyerName: 'default', messageRows: 'fallback', replyBox: 'default', sendButton: 'fallback' });
    });
  }

  it('cannot read a page that is not a ticket, and is empty without a customer', () => {
    expect(wishChat.snapshot(new DOMParser().parseFromString('<p>Log in</p>', 'text/html'))).toMatchObject({ ok: false, reason: 'unknown-layout' });
    const doc = loadFixture('wish/ticket.html');
    for (const dt of doc.querySelectorAll('dt')) if (dt.textContent === 'Customer Name') dt.nextElementSibling!.textContent = '';
    expect(wishChat.snapshot(doc)).toMatchObject({ ok: false, reason: 'empty' });
  });

  it('knows ticket pages only, and works in UTC', () => {
    expect(wishChat.isPage(new URL('https://merchant.wish.com/ticket/5f0c2a9e1b3d4c0012ab34cd'))).toBe(true);
    expect(wishChat.isPage(new URL('https://merchant.wish.com/products'))).toBe(false);
    expect(wishChat.isPage(new URL('https://www.wish.com/ticket/5f0c2a9e1b3d4c0012ab34cd'))).toBe(false);
    expect(siteTimeZone('wish')).toBe('UTC');
  });
});
