import { defineAdapter, unreadable, type PageRead, type Unreadable } from '../define-adapter';
import { onlyEditable } from '../fallbacks';
import { field, fieldElement, selectAll } from '../fields';
import { pageFields } from '../page-fields';
import { appRoot, labelValue, linesOf, ORDER_NO_DATED, parseAmount, parseChinaTime, pickRadio, present } from '../read';
import type { RemarkEditor } from '../types';
import { pinduoduoProfile } from './profile';

// Evidence: site-evidence.md §2 (#mf-mms-orders-container, div.buyer-receive-info). The remark box has no public
// DOM evidence (confidence D); its selectors follow test/fixtures/sites/pinduoduo/order-detail.html.
const F = pageFields(pinduoduoProfile, 'orderDetail', ['remarkInput', 'remarkSave']);
const SELECTORS = {
  root: '#mf-mms-orders-container',
  remarkText: '.note-box .note-text',
  remarkInput: F.remarkInput,
  remarkBox: '.note-box',
  flagChecked: 'input[name="note-tag"]:checked',
  flagRadios: 'input[name="note-tag"]',
};
// pdd.order.note.update tags 1–5, in the profile's flag order.
const FLAG_BY_TAG: Record<string, string> = Object.fromEntries(pinduoduoProfile.remark.flags.map((f, i) => [String(i + 1), f.name]));
const orderNoIn = (root: ParentNode) => labelValue(root, '订单号：')?.match(ORDER_NO_DATED)?.[0];

function read(doc: Document): PageRead | Unreadable {
  const root = field(
    'appRoot',
    () => doc.querySelector(SELECTORS.root),
    () => appRoot(doc, SELECTORS.root, /订单号：\s*\d{6}-\d{15}/),
  );
  if (!root) return unreadable('unknown-layout', SELECTORS.root);
  const orderNo = orderNoIn(root);
  if (!orderNo) return unreadable('loading', '订单号');
  const buyerName = labelValue(root, '买家昵称：');
  const tag = doc.querySelector<HTMLInputElement>(SELECTORS.flagChecked)?.value;
  return {
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
    capabilities: { reply: false, remark: !!remarkInput(doc) },
  };
}

const remarkInput = (doc: Document) =>
  fieldElement<HTMLTextAreaElement>(
    'remarkInput',
    doc,
    () => doc.querySelector(SELECTORS.remarkInput),
    () => onlyEditable(doc),
  );

function remarkEditor(doc: Document): RemarkEditor | null {
  const root = doc.querySelector(SELECTORS.root);
  const input = remarkInput(doc);
  const box = input?.closest(SELECTORS.remarkBox) ?? input?.parentElement;
  const orderNo = root && orderNoIn(root);
  if (!box || !(input instanceof HTMLTextAreaElement) || !orderNo) return null;
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

export const pinduoduoOrderDetail = defineAdapter({
  profile: pinduoduoProfile,
  pageKind: 'orderDetail',
  read,
  remarkEditor,
  remarkSaveButton: (doc) => (selectAll(doc, F.remarkSave)[0] as HTMLElement | undefined) ?? null,
  keepClear: (doc) => [...doc.querySelectorAll(SELECTORS.remarkBox)],
  avoid: (doc) => present([doc.querySelector(SELECTORS.root)]),
});
