import type { SnapshotResult } from '../model';
import { labelValue, linesOf, parseAmount, parseChinaTime, pickRadio, textOf } from './read';
import type { RemarkEditor, SiteAdapter } from './types';

// Evidence: site-evidence.md §2 (#mf-mms-orders-container, div.buyer-receive-info). The remark box has no public
// DOM evidence (confidence D); its selectors follow test/fixtures/sites/pinduoduo/order-detail.html.
const SELECTORS = {
  root: '#mf-mms-orders-container',
  remarkText: '.note-box .note-text',
  remarkInput: '.note-box textarea',
  remarkBox: '.note-box',
  flagChecked: 'input[name="note-tag"]:checked',
  flagRadios: 'input[name="note-tag"]',
};
// pdd.order.note.update tags: 1 red, 2 yellow, 3 green, 4 blue, 5 purple.
const FLAG_BY_TAG: Record<string, string> = { '1': '红', '2': '黄', '3': '绿', '4': '蓝', '5': '紫' };

function snapshot(doc: Document): SnapshotResult {
  const adapterId = pinduoduoOrderDetail.id;
  const root = doc.querySelector(SELECTORS.root);
  if (!root) return { ok: false, reason: 'unknown-layout', adapterId, detail: SELECTORS.root };
  const orderNo = labelValue(root, '订单号：')?.match(/\d{6}-\d{15}/)?.[0];
  if (!orderNo) return { ok: false, reason: 'loading', adapterId, detail: '订单号' };
  const buyerName = labelValue(root, '买家昵称：');
  const tag = doc.querySelector<HTMLInputElement>(SELECTORS.flagChecked)?.value;
  return {
    ok: true,
    snapshot: {
      site: 'pinduoduo',
      pageKind: 'orderDetail',
      adapterId,
      buyer: buyerName ? { idKind: 'nick', displayName: buyerName } : undefined,
      orders: [
        {
          orderNo,
          status: labelValue(root, '订单状态：'),
          amount: parseAmount(labelValue(root, '实收金额：')),
          buyerName,
          placedAt: parseChinaTime(labelValue(root, '成交时间：')),
          remark: linesOf(root.querySelector(SELECTORS.remarkText)) || undefined,
          flag: tag ? FLAG_BY_TAG[tag] : undefined,
        },
      ],
      activeOrderNo: orderNo,
      messages: [],
      capabilities: { reply: false, remark: !!root.querySelector(SELECTORS.remarkInput) },
    },
  };
}

function remarkEditor(doc: Document): RemarkEditor | null {
  const root = doc.querySelector(SELECTORS.root);
  const box = root?.querySelector(SELECTORS.remarkBox);
  const input = box?.querySelector<HTMLTextAreaElement>('textarea');
  const orderNo = root && labelValue(root, '订单号：')?.match(/\d{6}-\d{15}/)?.[0];
  if (!box || !input || !orderNo) return null;
  const tag = doc.querySelector<HTMLInputElement>(SELECTORS.flagChecked)?.value;
  return {
    orderNo,
    input,
    saved: linesOf(box.querySelector(SELECTORS.remarkText)),
    flag: tag ? FLAG_BY_TAG[tag] : undefined,
    selectFlag: (colour) => {
      const tagFor = Object.keys(FLAG_BY_TAG).find((t) => FLAG_BY_TAG[t] === colour);
      return !!tagFor && pickRadio(doc.querySelectorAll<HTMLInputElement>(SELECTORS.flagRadios), tagFor);
    },
  };
}

export const pinduoduoOrderDetail: SiteAdapter = {
  id: 'pinduoduo.orderDetail',
  site: 'pinduoduo',
  pageKind: 'orderDetail',
  matches: ['https://mms.pinduoduo.com/orders/*'],
  isPage: (url) => url.hostname === 'mms.pinduoduo.com' && url.pathname.startsWith('/orders/detail'),
  examples: ['https://mms.pinduoduo.com/orders/detail?type=4399&sn=261120-538127364510922'],
  snapshot,
  remarkEditor,
  remarkSaveButton: (doc) => [...doc.querySelectorAll<HTMLElement>(`${SELECTORS.root} ${SELECTORS.remarkBox} button`)].find((b) => textOf(b) === '保存') ?? null,
  keepClear: (doc) => [...doc.querySelectorAll(SELECTORS.remarkBox)],
};
