// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { amazonContact } from '@/utils/sites/amazon/contact';
import { loadFixture } from './load-fixture';

describe('amazon contact-buyer adapter', () => {
  for (const variant of ['contact.html', 'contact-rehashed.html']) {
    it(`reads the buyer from the header in the marketplace's wording (${variant})`, () => {
      const result = amazonContact.snapshot(loadFixture(`amazon/${variant}`));
      if (!result.ok) throw new Error(result.reason);
      expect(result.snapshot.buyer).toEqual({ idKind: 'nick', displayName: 'Emily Carter' });
      expect(result.snapshot.messages).toEqual([]);
      expect(result.snapshot.capabilities.reply).toBe(true);
    });
  }

  it('reaches the textarea inside the Katal component’s shadow root', () => {
    const doc = loadFixture('amazon/contact.html');
    const host = doc.querySelector('kat-textarea')!;
    host.replaceChildren();
    const inner = host.attachShadow({ mode: 'open' }).appendChild(doc.createElement('textarea'));
    expect(amazonContact.chatInput!(doc)).toBe(inner);
  });

  it('reads a German header, and calls a page without the form changed', () => {
    const doc = loadFixture('amazon/contact.html');
    doc.querySelector('h2')!.textContent = 'Nachricht senden an Jonas Weber';
    const result = amazonContact.snapshot(doc);
    expect(result.ok && result.snapshot.buyer?.displayName).toBe('Jonas Weber');
    expect(amazonContact.snapshot(loadFixture('shopee/order-list.html'))).toMatchObject({ ok: false, reason: 'unknown-layout' });
  });

  it('knows the contact page on every marketplace and not the inbox', () => {
    expect(amazonContact.isPage(new URL('https://sellercentral.amazon.co.jp/messaging/contact?orderID=503-1234567-1234567'))).toBe(true);
    expect(amazonContact.isPage(new URL('https://sellercentral.amazon.com/messaging/inbox'))).toBe(false);
  });
});
