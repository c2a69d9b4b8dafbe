import type { PageOrder } from '../../model';
import { defineAdapter, unreadable, type PageRead, type Unreadable } from '../define-adapter';
import { field, fieldElements } from '../fields';
import { pageFields } from '../page-fields';
import { labelValue, parseAmount, parseChinaTime, present, rowsByOrderNumber, textOf, uniqueMatch } from '../read';
import { memoEditor, memoSaveButton, openMemoDialog, shownMemo, TAOBAO_ORDER_NO } from './memo-dialog';
import { taobaoProfile } from './profile';

// Evidence: site-evidence.md §5 "Sold-list DOM (myseller)" (userscript 天猫后台订单信息增强, B-): each parent order is
// a table in div.next-table div.next-table-body whose first tr is the order header (order number, time, buyer) and
// whose other rows are sub-orders. Cell selectors are not public: fields are read by their text labels.
const F = pageFields(taobaoProfile, 'orderList', ['orderRows']);
const SELECTORS = {
  body: 'div.next-table div.next-table-body', // B-
  order: F.orderRows, // B-: one per parent order
  emptyText: '没有符合条件的宝贝', // B-
};
/** mainOrders[].statusInfo.text values as the list shows them. */
const STATUSES = ['等待买家付款', '买家已付款', '卖家已发货', '交易成功', '交易关闭', '退款中', '部分发货'];

function readOrder(table: Element): PageOrder | undefined {
  const header = table.querySelector('tr');
  const orderNo = header && uniqueMatch(textOf(header), TAOBAO_ORDER_NO);
  if (!orderNo) return undefined;
  const text = textOf(table);
  const memo = shownMemo(table);
  return {
    orderNo,
    status: STATUSES.find((s) => text.includes(s)),
    amount: parseAmount(labelValue(table, '实收款：')),
    buyerName: labelValue(header, '买家：'),
    placedAt: parseChinaTime(labelValue(header, '创建时间：')),
    ...(memo ? { remark: memo } : {}),
  };
}

/** The list's body; renamed, the page's body (its orders are then found by their numbers). */
const listBody = (doc: Document) =>
  field(
    'orderList',
    () => doc.querySelector(SELECTORS.body),
    () => doc.body,
  );
const tables = (doc: Document) => {
  const body = listBody(doc);
  return body ? fieldElements('orderRows', body, SELECTORS.order, () => rowsByOrderNumber(body, TAOBAO_ORDER_NO)) : [];
};

function read(doc: Document): PageRead | Unreadable {
  const body = listBody(doc);
  if (!body) return unreadable('unknown-layout', SELECTORS.body);
  const orders = tables(doc)
    .map(readOrder)
    .filter((o) => o !== undefined);
  if (orders.length === 0 && !doc.querySelector(SELECTORS.body)) return unreadable('unknown-layout', SELECTORS.body);
  if (orders.length === 0) return unreadable(textOf(body).includes(SELECTORS.emptyText) || textOf(body) === '' ? 'empty' : 'unknown-layout');
  return { orders, capabilities: { reply: false, remark: !!openMemoDialog(doc) } };
}

export const taobaoSoldList = defineAdapter({
  profile: taobaoProfile,
  pageKind: 'orderList',
  read,
  remarkEditor: (doc) =>
    memoEditor(doc, (orderNo) => {
      const table = tables(doc).find((t) => uniqueMatch(textOf(t.querySelector('tr')), TAOBAO_ORDER_NO) === orderNo);
      return table ? shownMemo(table) : '';
    }),
  remarkSaveButton: memoSaveButton,
  // The open memo dialog and every order's own buttons (标记/备注, 发货 …); the orders are better left in view.
  keepClear: (doc) => [...present([openMemoDialog(doc)?.dialog]), ...doc.querySelectorAll(`${SELECTORS.body} button`)],
  avoid: (doc) => tables(doc),
});
