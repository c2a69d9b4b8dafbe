import type { CustomPage, PageOrder, SiteProfile } from '../../model';
import { defineAdapter, unreadable, type PageRead, type Unreadable } from '../define-adapter';
import { fieldElement, fieldElements } from '../fields';
import { parseAmount, present, textOf, uniqueMatch } from '../read';
import type { RemarkEditor } from '../types';
import { firstPicked } from './picked';
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
  const first = firstPicked(fields);
  const rows = (doc: Document) => (fields.orderRows ? fieldElements('orderRows', doc, fields.orderRows) : []);
  const read = (doc: Document): PageRead | Unreadable => {
    const listed = kind === 'orderList' ? rows(doc) : [];
    const numbered = kind === 'orderDetail' ? fieldElement('orderNumber', doc, () => first('orderNumber')(doc)) : undefined;
    const orders = present((numbered ? [numbered] : listed).map(orderOf));
    if (orders.length === 0) return unreadable(listed.length ? 'empty' : 'unknown-layout', fields.orderRows ?? fields.orderNumber);
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
    const numbered = kind === 'orderDetail' ? first('orderNumber')(doc) : null;
    let orderNo = numbered ? orderOf(numbered)?.orderNo : undefined;
    for (let around = input.parentElement; !orderNo && around; around = around.parentElement) orderNo = uniqueMatch(textOf(around), ORDER_NO);
    return orderNo ? { orderNo, input, saved: '', flag: undefined, selectFlag: () => false } : null;
  };
  return defineAdapter({
    profile,
    pageKind: kind,
    isPage: (url) => matchesPattern(page.urlPattern, url),
    read,
    remarkEditor,
    remarkSaveButton: first('remarkSave'),
    keepClear: (doc) => present([first('remarkInput')(doc)?.parentElement, first('remarkSave')(doc)]),
    avoid: rows,
  });
}
