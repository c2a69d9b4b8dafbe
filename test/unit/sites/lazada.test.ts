// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { pageSnapshotSchema } from '@/utils/model';
import { siteRegion, siteTimeZone } from '@/utils/sites';
import { lazadaChat } from '@/utils/sites/lazada/chat';
import { loadFixture } from './load-fixture';

/** The fixture as if opened at `url` (the adapter reads the market and the deep link's buyerId from the URL). */
function at(url: string, file = 'lazada/im-chat.html'): Document {
  const html = new XMLSerializer().serializeToString(loadFixture(file));
  const doc = document.implementation.createHTMLDocument();
  doc.documentElement.innerHTML = html.replace(/^[\s\S]*?<html[^>]*>|<\/html>\s*$/g, '');
  Object.defineProperty(doc, 'URL', { value: url });
  return doc;
}

describe('lazada chat adapter', () => {
  for (const variant of ['im-chat.html', 'im-chat-rehashed.html']) {
    it(`reads the open session, the rows (the seller's marked self) and the reply box (${variant})`, () => {
      const result = lazadaChat.snapshot(at('https://sellercenter.lazada.sg/apps/im/chat', `lazada/${variant}`));
      if (!result.ok) throw new Error(result.reason);
      const snap = pageSnapshotSchema.parse(result.snapshot);
      expect(snap.buyer).toEqual({ idKind: 'nick', id: 'SG/Nurul Aisyah', displayName: 'Nurul Aisyah' });
      expect(snap.messages.map((m) => m.direction)).toEqual(['buyer', 'agent', 'buyer']);
      expect(snap.messages[0]!.text).toContain('blender jar is cracked');
      expect(snap.capabilities).toEqual({ reply: true, remark: false });
    });
  }

  it('keys the buyer by the deep link’s buyerId in the market the chat shows', () => {
    const result = lazadaChat.snapshot(at('https://sellercenter.lazada.vn/apps/im/window?isWindowOpen=true&buyerId=300182734'));
    // The open tab says SG although the host is Vietnam's: the bot this follows trusts the tab, and so do we.
    expect(result.ok && result.snapshot.buyer).toEqual({ idKind: 'uid', id: 'SG/300182734', displayName: 'Nurul Aisyah' });
    const doc = at('https://sellercenter.lazada.vn/apps/im/window?buyerId=300182734');
    doc.querySelectorAll('.tab-item').forEach((t) => t.classList.remove('selected'));
    const byHost = lazadaChat.snapshot(doc);
    expect(byHost.ok && byHost.snapshot.buyer?.id).toBe('VN/300182734');
  });

  it('is empty with no session open', () => {
    const doc = at('https://sellercenter.lazada.sg/apps/im/chat');
    doc.querySelector('[aria-selected="true"]')!.removeAttribute('aria-selected');
    expect(lazadaChat.snapshot(doc)).toMatchObject({ ok: false, reason: 'empty' });
  });

  it('knows every market host and its zone, and only the IM routes', () => {
    for (const host of ['sellercenter.lazada.sg', 'sellercenter.lazada.com.my', 'sellercenter.lazada.co.th', 'sellercenter.lazada.vn', 'sellercenter.lazada.com.ph', 'sellercenter.lazada.co.id']) {
      expect(lazadaChat.isPage(new URL(`https://${host}/apps/im/chat`)), host).toBe(true);
    }
    expect(lazadaChat.isPage(new URL('https://sellercenter.lazada.sg/apps/order/detail?tradeOrderId=1'))).toBe(false);
    expect(lazadaChat.isPage(new URL('https://www.lazada.sg/apps/im/chat'))).toBe(false);
    expect(siteRegion('lazada', 'https://sellercenter.lazada.co.th/apps/im/chat')?.code).toBe('TH');
    expect(siteTimeZone('lazada', 'https://sellercenter.lazada.co.id/apps/im/chat')).toBe('Asia/Jakarta');
  });
});
