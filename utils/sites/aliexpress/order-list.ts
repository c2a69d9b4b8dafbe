import type { PageOrder } from '../../model';
import { fieldElements } from '../fields';
import { pageFields } from '../page-fields';
import { unreadable, type PageRead, type Unreadable } from '../define-adapter';
import { defineOrderListAdapter, orderFromCells, ordersRead } from '../page-adapters';
import { labelValue, rowsByOrderNumber, textOf } from '../read';
import { aliexpressProfile } from './profile';

// Evidence (docs/site-evidence-cross-border.md §1): Fusion `next-table-row` rows with a 订单号： label — a 2026
// Selenium order crawler and a Greasyfork userscript agree (B+); the values carry CSS-module classes
// (header--valueHighLight--wCk3sLF, buyerInfo--inline--U3y4fIR, amount--amount--YdsJokJ: B, one source), so each is
// read by the stable part of its name and, failing that, by its label.
const F = pageFields(aliexpressProfile, 'orderList', ['orderRows']);
const SELECTORS = {
  rows: F.orderRows, // B+
  orderNo: '[class*="header--valueHighLight"]', // B (hash suffix dropped)
  buyer: '[class*="buyerInfo--inline"]', // B
  amount: '[class*="amount--amount"]', // B
  status: '.chc-state-label__stateText', // B
  table: '.next-table', // B+
};
const ORDER_LABEL = '订单号：';
/** A row's order number: 16 digits after 订单号 (8209013605484399); alone in its text node when found by content. */
const LABELLED_ORDER_NO = /订单号[：:]\s*(\d{15,19})(?!\d)/;
const ORDER_NO = /(?<![\d.,])(\d{16})(?![\d.,])/;

function readRow(row: Element): PageOrder | undefined {
  const orderNo = (textOf(row.querySelector(SELECTORS.orderNo)) || labelValue(row, ORDER_LABEL) || textOf(row).match(LABELLED_ORDER_NO)?.[1] || '').match(/\d{15,19}/)?.[0];
  if (!orderNo) return undefined;
  return orderFromCells(row, orderNo, SELECTORS);
}

function read(doc: Document): PageRead | Unreadable {
  const body = doc.body;
  if (!body || (!doc.querySelector(SELECTORS.table) && !textOf(body).includes(ORDER_LABEL))) return unreadable('unknown-layout', SELECTORS.table);
  const rows = fieldElements('orderRows', doc, SELECTORS.rows, () => rowsByOrderNumber(body, ORDER_NO));
  return ordersRead(rows, readRow);
}

export const aliexpressOrderList = defineOrderListAdapter(aliexpressProfile, read, SELECTORS.rows);
