import type { PageOrder, SnapshotResult } from '../model';
import { labelValue, parseAmount, parseChinaTime, textOf, uniqueMatch } from './read';
import type { SiteAdapter } from './types';

// Evidence: site-evidence.md §3 "fxg order list DOM" (userscript 抖店-订单备注; DouYinAbnormalDelivery RPA).
const SELECTORS = {
  root: '#__GARFISH_SSR_ECOM_FXG_ADMIN_DOM', // Garfish micro-frontend root
  orderRow: '[data-kora="order-row"]', // row markup unconfirmed; see the fixture's header
  remarkInput: '#seller_words', // the API field seller_words
  remarkConfirm: '[data-btm="d440734"]',
};
const ORDER_NO = /(?:^|\D)(\d{19})(?!\d)/;
const STATUSES = ['待支付', '备货中', '待发货', '已发货', '已完成', '已关闭', '售后中'];

function readOrder(row: Element): PageOrder | undefined {
  const text = textOf(row);
  const orderNo = uniqueMatch(text, ORDER_NO);
  if (!orderNo) return undefined;
  const remark = labelValue(row, '备注：');
  return {
    orderNo,
    status: STATUSES.find((s) => text.includes(s)),
    amount: parseAmount(text.match(/实付\s*¥\s*([\d.,]+)/)?.[1]),
    buyerName: labelValue(row, '买家：'),
    placedAt: parseChinaTime(text.match(/下单时间\s*([\d-]+\s+[\d:]+)/)?.[1]),
    ...(remark ? { remark } : {}),
  };
}

function snapshot(doc: Document): SnapshotResult {
  const adapterId = douyinOrderList.id;
  const root = doc.querySelector(SELECTORS.root);
  if (!root) return { ok: false, reason: 'unknown-layout', adapterId, detail: SELECTORS.root };
  const orders = [...root.querySelectorAll(SELECTORS.orderRow)].map(readOrder).filter((o) => o !== undefined);
  if (orders.length === 0) return { ok: false, reason: 'empty', adapterId };
  return {
    ok: true,
    snapshot: { site: 'douyin', pageKind: 'orderList', adapterId, orders, messages: [], capabilities: { reply: false, remark: !!doc.querySelector(SELECTORS.remarkInput) } },
  };
}

export const douyinOrderList: SiteAdapter = {
  id: 'douyin.orderList',
  site: 'douyin',
  pageKind: 'orderList',
  matches: ['https://fxg.jinritemai.com/ffa/*'],
  isPage: (url) => url.hostname === 'fxg.jinritemai.com' && url.pathname.startsWith('/ffa/morder/order/list'),
  examples: ['https://fxg.jinritemai.com/ffa/morder/order/list', 'https://fxg.jinritemai.com/ffa/morder/order/list?tab=stock_up'],
  snapshot,
  keepClear: (doc) => [doc.querySelector(SELECTORS.remarkInput)?.parentElement].filter((el): el is HTMLElement => !!el),
};
