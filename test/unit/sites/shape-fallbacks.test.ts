// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { orderNumbersOutside, productCardByShape } from '@/utils/sites/shape-fallbacks';
import { appRoot, labelValue } from '@/utils/sites/read';

const page = (html: string) => new DOMParser().parseFromString(`<!doctype html><html><body>${html}</body></html>`, 'text/html');

// Ways to read a part by its shape when its class or id is gone (issue 28); the layout-mutation harness proves them on
// generated variants in a browser, these pin down what each one accepts and refuses.
describe('class-free fallbacks by shape', () => {
  it('finds order numbers outside the conversation and the list, never inside them or the reply box', () => {
    const doc = page(`
      <div id="list"><p>8209013605484000 昨天</p></div>
      <div id="chat"><p>我的订单 8209013605484111 还没到</p></div>
      <textarea>8209013605484222</textarea>
      <aside><span>Order</span><span>8209013605484399</span><span>8209013605484399</span></aside>`);
    const pattern = /(?<!\d)(\d{16})(?!\d)/;
    expect(orderNumbersOutside(doc, pattern, [doc.getElementById('chat')!, doc.getElementById('list')!])).toEqual(['8209013605484399']);
    expect(orderNumbersOutside(doc, pattern)).toEqual(['8209013605484000', '8209013605484111', '8209013605484399']);
  });

  it('takes a product card by the price its text ends in, not a buyer who names a price mid-sentence', () => {
    const card = page('<div id="row"><a><p>羊毛混纺围巾 燕麦色 ¥129.00</p></a></div>').getElementById('row')!;
    expect(productCardByShape(card)?.tagName).toBe('A');
    const words = page('<div id="row"><span>我付了¥129怎么还没发货</span></div>').getElementById('row')!;
    expect(productCardByShape(words)).toBeUndefined();
  });

  it('falls back to the body as app root only when the page shows the site’s order numbers', () => {
    expect(appRoot(page('<div>订单编号：261120-538127364510922</div>'), '#pdd-root', /订单编号：\s*\d{6}-\d{15}/)?.tagName).toBe('BODY');
    expect(appRoot(page('<div>欢迎使用</div>'), '#pdd-root', /订单编号：\s*\d{6}-\d{15}/)).toBeNull();
  });

  it('reads a label split across nodes right after another value, and a wrapped label by the text that follows', () => {
    const split = page('<div><span>订单</span><span>编号：</span><span>3981234567890123456</span></div><div><span>订单</span><span>状态：</span><span>卖家已发货</span></div>');
    expect(labelValue(split, '订单状态：')).toBe('卖家已发货');
    const wrapped = page('<div><div><span>买家昵称：</span></div><span>tb_春日迟迟</span></div>');
    expect(labelValue(wrapped, '买家昵称：')).toBe('tb_春日迟迟');
    // 订单号 inside 子订单号 is still another label.
    expect(labelValue(page('<p>子订单号：111</p>'), '订单号：')).toBeUndefined();
  });
});
