import type { CustomPage, PageOrder, SiteProfile } from '../../model';
import { defineAdapter, unreadable, type PageRead, type Unreadable } from '../define-adapter';
import { fieldElement, fieldElements, selectAll } from '../fields';
import { parseAmount, present, textOf, uniqueMatch } from '../read';
import type { RemarkEditor } from '../types';
import { matchesPattern } from './url-pattern';

const ORDER_NO = /(?:^|\D)(\d{10,25})(?!\d)/;

function orderOf(el: Element): PageOrder | undefined {
  const text = textOf(el);
  const orderNo = uniqueMatch(text, ORDER_NO);
  return orderNo ? { orderNo, amount: parseAmount(text.match(/[¥￥$]\s*([\d.,]+)/)?.[1]) } : undefined;
}

/**
 * An order list or detail page of a lead's site: orders by the picked rows (or the picked order number), each order
 * number the one 10–25 digit number in it; the remark box and its save button when the lead picked them.
 */
export function customOrders(profile: SiteProfile, page: CustomPage) {
  const { fields, kind } = page;
  const first = (name: string) => (doc: Document) => (fields[name] ? ((selectAll(doc, fields[name])[0] as HTMLElement | undefined) ?? null) : null);
  const rows = (doc: Document) => (fields.orderRows ? fieldElements('orderRows', doc, fields.orderRows) : []);
  const read = (doc: Document): PageRead | Unreadable => {
    const orders = kind === 'orderList' ? rows(doc).map(orderOf).filter((o) => o !== undefined) : present([orderOf(fieldElement('orderNumber', doc, () => first('orderNumber')(doc)) ?? doc.createElement('i'))]);
    if (orders.length === 0) return unreadable(kind === 'orderList' && rows(doc).length ? 'empty' : 'unknown-layout', fields.orderRows ?? fields.orderNumber);
    const displayName = fields.buyerName ? textOf(fieldElement('buyerName', doc, () => first('buyerName')(doc))) || undefined : undefined;
    const remark = !!fieldElement('remarkInput', doc, () => first('remarkInput')(doc));
    return {
      ...(displayName ? { buyer: { idKind: 'nick' as const, displayName } } : {}),
      orders,
      activeOrderNo: kind === 'orderDetail' ? orders[0]!.orderNo : undefined,
      capabilities: { reply: false, remark },
    };
  };
  /** The remark box's order: the detail page's own, or the one number around the box on a list. */
  const remarkEditor = (doc: Document): RemarkEditor | null => {
    const input = first('remarkInput')(doc);
    if (!(input instanceof HTMLTextAreaElement) || input.closest('[hidden]')) return null;
    let orderNo = kind === 'orderDetail' ? orderOf(first('orderNumber')(doc) ?? doc.createElement('i'))?.orderNo : undefined;
    for (let around = input.parentElement; !orderNo && around; around = around.parentElement) orderNo = uniqueMatch(textOf(around), ORDER_NO);
    return orderNo ? { orderNo, input, saved: '', flag: undefined, selectFlag: () => false } : null;
  };
  return defineAdapter({
    profile,
    pageKind: kind,
    matches: [page.urlPattern],
    isPage: (url) => matchesPattern(page.urlPattern, url),
    read,
    remarkEditor,
    remarkSaveButton: first('remarkSave'),
    keepClear: (doc) => present([first('remarkInput')(doc)?.parentElement, first('remarkSave')(doc)]),
    avoid: rows,
  });
}
