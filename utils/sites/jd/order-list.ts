import type { PageOrder } from '../../model';
import { unreadable, type PageRead, type Unreadable } from '../define-adapter';
import { defineOrderListAdapter, ordersRead } from '../page-adapters';
import { field, fieldElements } from '../fields';
import { pageFields } from '../page-fields';
import { linesOf, parseAmount, parseChinaTime, rowsByOrderNumber, textAt, textOf } from '../read';
import { jdProfile } from './profile';

// Evidence: site-evidence-2.md §1.4, a content script "adapted to the 2026 JD merchant backend DOM" (B): Vue cards in
// .jd-scrollbar__view .table-body; the remark is shown (.remark-cell__text), its editor is not evidenced (D).
const F = pageFields(jdProfile, 'orderList', ['orderRows']);
const SELECTORS = {
  body: '.jd-scrollbar__view .table-body', // B
  card: F.orderRows, // B
  orderNo: '.shop-order-id .order-info-btn span', // B
  time: '.order-time-info .shop-overflow-tooltip__content', // B: "… 下单，… 付款"
  buyerPin: '[prop="consigneeInfo"] .user-pin', // B
  status: '[prop="orderStatus"] .order-status span', // B
  amount: '[prop="orderAmount"]', // C: the amount column's prop is not in the evidence; read by its ¥ text
  remark: '.remark-cell__text', // B (display)
};

const ORDER_NO = /(?:^|\D)(\d{12})(?!\d)/;

function readOrder(card: Element): PageOrder | undefined {
  const orderNo = textOf(card.querySelector(SELECTORS.orderNo)).match(/\d{9,20}/)?.[0] ?? textOf(card).match(ORDER_NO)?.[1];
  if (!orderNo) return undefined;
  const remark = linesOf(card.querySelector(SELECTORS.remark));
  const amountText = textOf(card.querySelector(SELECTORS.amount)) || textOf(card).match(/¥\s*[\d,]+(?:\.\d+)?/)?.[0];
  return {
    orderNo,
    status: textAt(card, SELECTORS.status),
    amount: parseAmount(amountText),
    buyerName: textAt(card, SELECTORS.buyerPin),
    placedAt: parseChinaTime(textOf(card.querySelector(SELECTORS.time))),
    ...(remark ? { remark } : {}),
  };
}

function read(doc: Document): PageRead | Unreadable {
  // Renamed, the list's body is the page's: its cards are then found by their order numbers.
  const body = field(
    'orderList',
    () => doc.querySelector(SELECTORS.body),
    () => doc.body,
  );
  if (!body) return unreadable('unknown-layout', SELECTORS.body);
  const found = ordersRead(
    fieldElements('orderRows', doc, SELECTORS.card, () => rowsByOrderNumber(body, ORDER_NO)),
    readOrder,
  );
  return 'cannotRead' in found && !doc.querySelector(SELECTORS.body) ? unreadable('unknown-layout', SELECTORS.body) : found;
}

// Each card's own buttons (备注, 发货 …); the cards are better left in view.
export const jdOrderList = defineOrderListAdapter(jdProfile, read, SELECTORS.card);
