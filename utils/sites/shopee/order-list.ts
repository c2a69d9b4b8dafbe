import type { PageOrder } from '../../model';
import { field, fieldElements } from '../fields';
import { pageFields } from '../page-fields';
import { unreadable, type PageRead, type Unreadable } from '../define-adapter';
import { defineOrderListAdapter, orderFromCells, ordersRead } from '../page-adapters';
import { textOf } from '../read';
import { shopeeProfile } from './profile';

// Evidence: site-evidence.md §7 "Order list DOM" — measured on Shopee BR at 1500 px, data-testid hooks (B+).
const F = pageFields(shopeeProfile, 'orderList', ['orderRows']);
const SELECTORS = {
  rows: F.orderRows, // B+
  buyer: '.order-card-header .buyer-info .buyer-username', // B+
  orderSn: '.order-card-header .order-identifiers span.order-sn', // B+
  status: '.order-status-info-v2 .status-tag, .order-status-info-v2 span.status', // B+
  payment: '[data-testid="order-payment-info"]', // B+
  list: '.order-list-table-all', // B+
};

/** An order SN as the list writes it: 6 date digits and 8 capitals or digits (261126P0ZR4LMB), standing alone. */
const SHOPEE_ORDER_SN = /(?:^|[^0-9A-Z])(\d{6}[0-9A-Z]{8})(?![0-9A-Z])/;

function readOrder(row: Element): PageOrder | undefined {
  const orderNo =
    textOf(row.querySelector(SELECTORS.orderSn)).match(/[0-9A-Z]{14}/)?.[0] ??
    field(
      'orderNumber',
      () => undefined,
      () => textOf(row).match(SHOPEE_ORDER_SN)?.[1],
    );
  if (!orderNo) return undefined;
  return orderFromCells(row, orderNo, { status: SELECTORS.status, amount: SELECTORS.payment, buyer: SELECTORS.buyer });
}

function read(doc: Document): PageRead | Unreadable {
  const list =
    doc.querySelector(SELECTORS.list) ??
    field(
      'orderList',
      () => undefined,
      () => (doc.querySelector('[data-testid="order-item"]') ? doc.body : undefined),
    );
  if (!list) return unreadable('unknown-layout', SELECTORS.list);
  return ordersRead(
    fieldElements('orderRows', doc, SELECTORS.rows, () => [...doc.querySelectorAll('[data-testid="order-item"]')]),
    readOrder,
  );
}

// The header's empty right-suffix and the row buttons belong to the host; the rows are better left in view.
export const shopeeOrderList = defineOrderListAdapter(shopeeProfile, read, SELECTORS.rows);
