import type { PageOrder } from '../../model';
import { unreadable, type PageRead, type Unreadable } from '../define-adapter';
import { defineOrderListAdapter, ordersRead } from '../page-adapters';
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
  return ordersRead(
    fieldElements('orderRows', root, SELECTORS.orderBlock, () => rowsByOrderNumber(root, ORDER_NO_DATED)),
    readOrder,
  );
}

// Each order's own buttons and links; the order blocks themselves are better left in view.
export const pinduoduoOrderList = defineOrderListAdapter(pinduoduoProfile, read, SELECTORS.orderBlock, ['button', 'a']);
