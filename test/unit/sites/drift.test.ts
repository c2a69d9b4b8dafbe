// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { jdChat } from '@/utils/sites/jd/chat';
import { pinduoduoChat } from '@/utils/sites/pinduoduo/chat';
import { labelElement, labelValue, ORDER_NO_LABELS, textAnchor } from '@/utils/sites/read';
import { loadFixture } from './load-fixture';

// The two pages of issue 28 the adapters were not written with (test/fixtures/drift/).
describe('pages the adapters have never seen', () => {
  it('Pinduoduo: 订单编号：251120-… in one text node is read, and its column is found as the order column', () => {
    const doc = loadFixture('../drift/pinduoduo-merged-order-label.html');
    const result = pinduoduoChat.snapshot(doc);
    if (!result.ok) throw new Error(result.reason);
    expect(result.snapshot.orders).toEqual([{ orderNo: '251120-538127364510922', status: '已发货', amount: 39.9, trackingNo: 'YT7712345678901' }]);
    expect(result.snapshot.buyer).toMatchObject({ id: '58812345', displayName: 't***8' });
    // The label is inside a longer text: the anchor is the node holding it, not nothing.
    expect(labelElement(doc.body, '订单编号：')?.textContent).toBe('订单编号：251120-538127364510922');
  });

  it('JD 咚咚: a renamed contact list and id-less .message_left/.message_right rows still give the buyer and the messages, logged as fallbacks', () => {
    const result = jdChat.snapshot(loadFixture('../drift/jd-renamed-contacts.html'));
    if (!result.ok) throw new Error(result.reason);
    expect(result.snapshot.buyer).toEqual({ idKind: 'uid', id: 'jd_7f3a9c21', displayName: 'jd_7f3a9c21' });
    expect(result.snapshot.messages.map((m) => [m.direction, m.text])).toEqual([
      ['system', '买家从商品页进入咨询'],
      ['buyer', '我的快递怎么还没到，物流三天没动了'],
      ['agent', '您好，我马上帮您查一下物流'],
      ['buyer', '好的，麻烦快一点'],
    ]);
    expect(result.snapshot.messages[3]!.at).toBe(Date.UTC(2026, 10, 30, 2, 21, 30));
    // Site health names what was found only through a fallback.
    expect(result.health).toMatchObject({ buyerName: 'fallback', messageRows: 'fallback' });
  });
});

describe('text anchors', () => {
  const page = (html: string) => new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');

  it('find a label and its value in one node, in the next node, or split across three', () => {
    expect(labelValue(page('<div>订单编号：251120-538127364510922</div>').body, '订单编号：')).toBe('251120-538127364510922');
    expect(textAnchor(page('<p><span>订单号</span> <b>251120-538127364510922</b></p>'), ORDER_NO_LABELS)?.value).toBe('251120-538127364510922');
    expect(textAnchor(page('<p><i>订单</i><i>编号：</i><i>251120-538127364510922</i></p>'), ORDER_NO_LABELS)?.value).toBe('251120-538127364510922');
    expect(textAnchor(page('<td>Order ID: 2400123456789</td>'), ORDER_NO_LABELS)?.value).toBe('2400123456789');
    expect(textAnchor(page('<td>order id #2400123456789</td>'), ORDER_NO_LABELS)?.value).toBe('2400123456789');
  });

  it('do not take a label inside another word, and say when there is no value', () => {
    expect(textAnchor(page('<p>子订单号 123</p>'), ['订单号'])).toBeUndefined();
    expect(textAnchor(page('<p>订单编号：</p>'), ORDER_NO_LABELS)).toMatchObject({ value: undefined });
    expect(textAnchor(page('<p>nothing here</p>'), ORDER_NO_LABELS)).toBeUndefined();
  });
});
