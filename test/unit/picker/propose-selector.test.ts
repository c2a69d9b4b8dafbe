// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { looksGenerated } from '@/utils/picker/stable-names';
import { matchCount, proposeSelector } from '@/utils/picker/propose-selector';
import { adapterFor, type SiteAdapter } from '@/utils/sites';
import { selectAll } from '@/utils/sites/fields';
import { loadFixture } from '../sites/load-fixture';

describe('generated names', () => {
  it.each(['Xk2mN0pQ7rVb', 'NameContent-k2f9', 'wmvLQcpt39Hk9PSISrlN', 'css-1x2y3z', 'sc-bdVaJa', 'middlePanel_list_1700000000', 'a4512.b7731.c0.current'])('%s looks generated', (name) => {
    expect(looksGenerated(name)).toBe(true);
  });
  it.each(['msg-content-box', 'replyTextarea', 'chatWindowHeader', 'send-btn', 'qa-send-message-button', 'h2', 'buyer-item'])('%s looks written by hand', (name) => {
    expect(looksGenerated(name)).toBe(false);
  });
});

/** The leaf element showing exactly this text (class-free, so it finds the same element in every variant). */
const leafWithText = (doc: Document, text: string) => [...doc.body.querySelectorAll('*')].find((el) => el.children.length === 0 && el.textContent?.trim() === text)!;

interface Case {
  fixture: string;
  rehashed: string;
  url: string;
  targets: { name: string; many?: boolean; byText?: boolean; find: (doc: Document, adapter: SiteAdapter) => Element | Element[] }[];
}

const buyerName = (doc: Document, adapter: SiteAdapter) => {
  const read = adapter.snapshot(doc);
  if (!read.ok) throw new Error(read.reason);
  return leafWithText(doc, read.snapshot.buyer!.displayName!);
};
const chatTargets: Case['targets'] = [
  { name: 'reply box', find: (doc, a) => a.chatInput!(doc)! },
  { name: 'send button', byText: true, find: (doc, a) => a.sendButton!(doc)! },
  { name: 'buyer name', find: buyerName },
  { name: 'message rows', many: true, find: (doc, a) => a.avoid!(doc) },
];

const CASES: Case[] = [
  { fixture: 'douyin/feige-chat.html', rehashed: 'douyin/feige-chat-rehashed.html', url: 'https://im.jinritemai.com/pc_seller_v2/main/workspace', targets: chatTargets },
  { fixture: 'pinduoduo/chat.html', rehashed: 'pinduoduo/chat-rehashed.html', url: 'https://mms.pinduoduo.com/chat-merchant/index.html', targets: chatTargets },
  { fixture: 'kuaishou/workbench.html', rehashed: 'kuaishou/workbench-rehashed.html', url: 'https://im.kwaixiaodian.com/workbench/zone/chat', targets: chatTargets },
  { fixture: 'shopee/webchat.html', rehashed: 'shopee/webchat-rehashed.html', url: 'https://seller.shopee.cn/webchat/conversations', targets: chatTargets },
  { fixture: 'wechat-store/kf.html', rehashed: 'wechat-store/kf-rehashed.html', url: 'https://store.weixin.qq.com/shop/kf', targets: chatTargets },
  { fixture: 'tiktok-shop/inbox.html', rehashed: 'tiktok-shop/inbox-rehashed.html', url: 'https://seller-us.tiktok.com/chat/inbox', targets: chatTargets },
];

describe('the selector proposer on saved seller pages', () => {
  for (const { fixture, rehashed, url, targets } of CASES) {
    const adapter = adapterFor(new URL(url));
    for (const { name, many = false, byText = false, find } of targets) {
      it(`${fixture}: the ${name} is found again after the classes are renamed`, () => {
        expect(adapter, url).toBeDefined();
        const before = loadFixture(fixture);
        const wanted = find(before, adapter!);
        const sample = Array.isArray(wanted) ? wanted[0]! : wanted;
        const proposal = proposeSelector(sample, { many, byText });
        expect(proposal.matches).toBe(Array.isArray(wanted) ? wanted.length : 1);
        expect(proposal.selector).not.toMatch(/k2f9|Xk2mN|nth-of-type/);
        const after = loadFixture(rehashed);
        const expected = find(after, adapter!);
        const found = selectAll(after, proposal.selector);
        if (Array.isArray(expected)) expect(found).toEqual(expected);
        else expect(found).toEqual([expected]);
      });
    }
  }
});

describe('a page with nothing but generated names', () => {
  const doc = new DOMParser().parseFromString(
    `<body><div class="a1b2c3d4"><div class="x9y8z7w6"><span class="q1w2e3r4">甲</span><span class="q1w2e3r4">乙</span></div></div><main id="app"><ul><li class="k3j4h5g6">one</li><li class="k3j4h5g6">two</li></ul><button class="p0o9i8u7">发送</button><button class="p0o9i8u7">取消</button></main></body>`,
    'text/html',
  );
  it('anchors under the nearest element with a written name and falls back to position', () => {
    const send = doc.querySelectorAll('button')[0]!;
    expect(proposeSelector(send)).toMatchObject({ selector: '#app > button:nth-of-type(1)', matches: 1, basis: 'structure' });
    expect(proposeSelector(send, { byText: true })).toMatchObject({ selector: 'button:text("发送")', matches: 1, basis: 'text' });
    const rows = proposeSelector(doc.querySelector('li')!, { many: true });
    expect(rows).toMatchObject({ selector: '#app li', matches: 2, basis: 'anchored' });
    expect(proposeSelector(doc.querySelectorAll('span')[1]!).selector).toBe('body > div > div > span:nth-of-type(2)');
  });
  it('counts a typed selector, and says when it is not CSS', () => {
    expect(matchCount(doc, 'li')).toBe(2);
    expect(matchCount(doc, 'li[')).toBeUndefined();
  });
});
