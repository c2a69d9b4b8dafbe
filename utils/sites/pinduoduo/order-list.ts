import type { PageOrder } from '../../model';
import { defineAdapter, unreadable, type PageRead, type Unreadable } from '../define-adapter';
import { controlByWords, SEND_WORDS } from '../fallbacks';
import { field, fieldElements } from '../fields';
import { pageFields } from '../page-fields';
import { appRoot, labelValue, ORDER_NO_DATED, parseAmount, parseChinaTime, rowsByOrderNumber, textOf } from '../read';
import { pinduoduoProfile } from './profile';

// Evidence: site-evidence.md §2 "Order list and detail DOM" (Greasyfork 420453, ~2021; confidence C).
const F = pageFields(pinduoduoProfile, 'orderList', ['orderRows']);
const SELECTORS = {
  root: '#pdd-app-skeleton-main-content',
  orderBlock: F.orderRows, // one div per order
  cells: 'td', // goods, status, quantity, goods total, amount received, receiver, buyer nickname
};
const CELL = { status: 1, amountReceived: 4, buyerName: 6 } as const;
const ORDER_NO = /订单编号：\s*([\d-]+)/;

function readOrder(block: Element): PageOrder | undefined {
  const orderNo = textOf(block).match(ORDER_NO)?.[1];
  if (!orderNo) return undefined;
  const cells = [...block.querySelectorAll(SELECTORS.cells)].map(textOf);
  return {
    orderNo,
    status: cells[CELL.status] || undefined,
    amount: parseAmount(cells[CELL.amountReceived]),
    buyerName: cells[CELL.buyerName] || undefined,
    placedAt: parseChinaTime(labelValue(block, '订单成交时间：')),
  };
}

function read(doc: Document): PageRead | Unreadable {
  // Without its id the list is the body, unless the page is a chat (whose order column shows one labelled order too).
  const root = field(
    'appRoot',
    () => doc.querySelector(SELECTORS.root),
    () => (controlByWords(doc, SEND_WORDS) ? null : appRoot(doc, SELECTORS.root, ORDER_NO)),
  );
  if (!root) return unreadable('unknown-layout', SELECTORS.root);
  const orders = fieldElements('orderRows', root, SELECTORS.orderBlock, () => rowsByOrderNumber(root, ORDER_NO_DATED))
    .map(readOrder)
    .filter((o) => o !== undefined);
  if (orders.length === 0) return unreadable('empty');
  return { orders, capabilities: { reply: false, remark: false } };
}

export const pinduoduoOrderList = defineAdapter({
  profile: pinduoduoProfile,
  pageKind: 'orderList',
  read,
  // Each order's own buttons and links; the order blocks themselves are better left in view.
  keepClear: (doc) => [...doc.querySelectorAll(`${SELECTORS.orderBlock} button, ${SELECTORS.orderBlock} a`)],
  avoid: (doc) => [...doc.querySelectorAll(SELECTORS.orderBlock)],
});
