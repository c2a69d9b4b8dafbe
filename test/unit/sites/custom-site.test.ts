// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CUSTOM_FIELDS, customSiteId, customSiteSchema, type CustomSite } from '@/utils/model';
import { fieldShape } from '@/utils/picker/field-shape';
import { proposeSelector } from '@/utils/picker/propose-selector';
import { adapterFor, siteProfile, registerCustomSites } from '@/utils/sites';
import { customSiteModule, matchesPattern, originPattern, suggestPattern } from '@/utils/sites/custom';

const DESK = 'https://desk.kefu-demo.test/service/chat';
const desk = () => new DOMParser().parseFromString(readFileSync('test/fixtures/custom/desk-chat.html', 'utf8'), 'text/html');

/** What a lead points at on the desk, found here by meaning (text), as a person would. */
function pointAt(doc: Document, field: string): Element | undefined {
  const byText = (text: string) => [...doc.body.querySelectorAll('*')].find((el) => el.children.length === 0 && el.textContent?.trim() === text);
  const targets: Record<string, () => Element | null | undefined> = {
    buyerName: () => byText('林小满'),
    buyerMessages: () => byText('你好，我的快递三天没动了'),
    agentMessages: () => byText('您好，我帮您查一下物流'),
    replyBox: () => doc.querySelector('textarea'),
    sendButton: () => byText('发送'),
    orderNumber: () => [...doc.body.querySelectorAll('aside *')].find((el) => el.textContent?.trim() === '4801234567890123'),
  };
  return targets[field]?.() ?? undefined;
}

function teach(doc: Document): CustomSite {
  const fields = Object.fromEntries(
    CUSTOM_FIELDS.chat.flatMap((field) => {
      const el = pointAt(doc, field);
      return el ? [[field, proposeSelector(el, fieldShape(field)).selector]] : [];
    }),
  );
  return customSiteSchema.parse({ id: customSiteId('desk.kefu-demo.test'), name: '云帆客服台', replyWithinSec: 120, pages: [{ kind: 'chat', urlPattern: suggestPattern(new URL(DESK)), fields }] });
}

describe('a site a lead teaches with the picker', () => {
  it('proposes a selector for every part on a page of hashed classes, none built on them', () => {
    const site = teach(desk());
    expect(site.id).toBe('custom-desk-kefu-demo-test');
    expect(site.pages[0]!.urlPattern).toBe('https://desk.kefu-demo.test/service/*');
    expect(site.pages[0]!.fields).toEqual({
      buyerName: 'span[data-role="customer-name"]',
      buyerMessages: 'div[data-author="customer"]',
      agentMessages: 'div[data-author="staff"]',
      replyBox: 'textarea[placeholder="输入回复内容，Ctrl+Enter 发送"]',
      sendButton: 'div:text("发送")',
      orderNumber: expect.stringMatching(/^aside\[aria-label="订单信息"\] > div:nth-of-type\(2\)$/),
    });
  });

  it('reads the page like a built-in site: buyer, messages in page order, order, reply box and send button', () => {
    const doc = desk();
    const { profile, adapters } = customSiteModule(teach(doc));
    const [chat] = adapters;
    const read = chat!.snapshot(doc);
    if (!read.ok) throw new Error(read.reason);
    expect(read.snapshot).toMatchObject({
      site: 'custom-desk-kefu-demo-test',
      adapterId: 'custom-desk-kefu-demo-test.chat',
      buyer: { idKind: 'nick', displayName: '林小满' },
      activeOrderNo: '4801234567890123',
      capabilities: { reply: true, remark: false },
    });
    expect(read.snapshot.messages.map((m) => `${m.direction}:${m.text.slice(0, 6)}`)).toEqual(['buyer:你好，我的快', 'agent:您好，我帮您', 'buyer:订单号是 4']);
    expect(read.health).toMatchObject({ buyerName: 'default', buyerMessages: 'default', replyBox: 'default', sendButton: 'default' });
    expect(chat!.chatInput!(doc)).toBe(doc.querySelector('textarea'));
    expect(profile.kpiRules[0]).toMatchObject({ id: 'leadDeskKefuDemoTest', withinMs: 120_000, unit: 'round' });
    expect(profile.waitThreshold).toEqual({ warnSec: 60, lateSec: 120 });
  });

  it('is known by URL and id once the team policy names it; a broken definition is skipped, not thrown', () => {
    const site = teach(desk());
    registerCustomSites([site, { ...site, id: 'custom-broken', pages: [{ ...site.pages[0]!, urlPattern: 'not a pattern' }] } as CustomSite]);
    expect(adapterFor(new URL(DESK))?.id).toBe('custom-desk-kefu-demo-test.chat');
    expect(adapterFor(new URL('https://desk.kefu-demo.test/other/page'))).toBeUndefined();
    expect(adapterFor(new URL('https://mms.pinduoduo.com/chat-merchant/index.html'))?.id).toBe('pinduoduo.chat');
    expect(siteProfile('custom-desk-kefu-demo-test')?.name['zh-CN']).toBe('云帆客服台');
    expect(siteProfile('custom-broken')).toBeUndefined();
    registerCustomSites([]);
    expect(adapterFor(new URL(DESK))).toBeUndefined();
  });

  it('says unknown layout when nothing picked is on the page, and empty when no buyer is open', () => {
    const { adapters } = customSiteModule(teach(desk()));
    const blank = new DOMParser().parseFromString('<body><p>维护中</p></body>', 'text/html');
    expect(adapters[0]!.snapshot(blank)).toMatchObject({ ok: false, reason: 'unknown-layout' });
    const doc = desk();
    doc.querySelector('[data-role="customer-name"]')!.textContent = '';
    doc.getElementById('message-stream')!.innerHTML = '<div data-author="customer"></div>';
    expect(adapters[0]!.snapshot(doc)).toMatchObject({ ok: false, reason: 'empty' });
  });

  it('matches its addresses by host and path prefix, and asks for its origin only', () => {
    const pattern = 'https://desk.kefu-demo.test/service/*';
    expect(matchesPattern(pattern, new URL('https://desk.kefu-demo.test/service/chat?tab=2'))).toBe(true);
    expect(matchesPattern(pattern, new URL('https://desk.kefu-demo.test/admin'))).toBe(false);
    expect(matchesPattern(pattern, new URL('https://evil.test/service/chat'))).toBe(false);
    expect(originPattern(pattern)).toBe('https://desk.kefu-demo.test/*');
    expect(customSiteSchema.safeParse({ id: 'custom-x', name: 'x', pages: [{ kind: 'chat', urlPattern: 'http://x.com/*', fields: {} }] }).success).toBe(false);
  });
});

describe('an order page of a lead’s site', () => {
  const page = () =>
    new DOMParser().parseFromString(
      `<body><ul class="Zx1"><li class="Rw9">订单 480123456789012 ¥59.00 待发货</li><li class="Rw9">订单 480123456789013 ¥12.50 已发货</li></ul>
       <div data-drawer><p>备注 订单 480123456789013</p><textarea name="memo"></textarea><button>保存</button></div></body>`,
      'text/html',
    );
  const site = customSiteSchema.parse({
    id: 'custom-erp-example-com',
    name: 'ERP',
    pages: [{ kind: 'orderList', urlPattern: 'https://erp.example.com/orders/*', fields: { orderRows: 'li', remarkInput: 'textarea[name="memo"]', remarkSave: 'button:text("保存")' } }],
  });

  it('reads the rows’ order numbers and amounts, and guards the picked remark box with its order', () => {
    const doc = page();
    const [list] = customSiteModule(site).adapters;
    const read = list!.snapshot(doc);
    if (!read.ok) throw new Error(read.reason);
    expect(read.snapshot.orders).toEqual([
      { orderNo: '480123456789012', amount: 59 },
      { orderNo: '480123456789013', amount: 12.5 },
    ]);
    expect(read.snapshot.capabilities.remark).toBe(true);
    const editor = list!.remarkEditor!(doc)!;
    expect(editor.orderNo).toBe('480123456789013');
    expect(editor.input).toBe(doc.querySelector('textarea'));
    expect(list!.remarkSaveButton!(doc)).toBe(doc.querySelector('button'));
  });
});
