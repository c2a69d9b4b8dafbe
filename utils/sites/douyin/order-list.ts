import type { PageOrder } from '../../model';
import { defineAdapter, unreadable, type PageRead, type Unreadable } from '../define-adapter';
import { ordersRead } from '../page-adapters';
import { field, fieldElement, fieldElements } from '../fields';
import { pageFields } from '../page-fields';
import { appRoot, labelValue, labelledElement, linesOf, ORDER_NO_19_DIGITS, parseAmount, parseChinaTime, pickRadio, present, rowsByOrderNumber, textOf, uniqueMatch } from '../read';
import type { RemarkEditor } from '../types';
import { douyinProfile } from './profile';

// Evidence: site-evidence.md §3 "fxg order list DOM" (userscript 抖店-订单备注; DouYinAbnormalDelivery RPA).
const F = pageFields(douyinProfile, 'orderList', ['orderRows', 'remarkInput', 'remarkSave']);
const SELECTORS = {
  root: '#__GARFISH_SSR_ECOM_FXG_ADMIN_DOM', // Garfish micro-frontend root
  orderRow: F.orderRows, // row markup unconfirmed; see the fixture's header
  remarkInput: F.remarkInput, // the API field seller_words
  remarkConfirm: F.remarkSave,
  starRadios: 'input[name="star"]', // unconfirmed; order.addOrderRemark stars 0–5
};
// order.addOrderRemark star values 0–5, in the profile's flag order.
const STAR_COLOURS = douyinProfile.remark.flags.map((f) => f.name);
const ORDER_NO = ORDER_NO_19_DIGITS;
const STATUSES = ['待支付', '备货中', '待发货', '已发货', '已完成', '已关闭', '售后中'];

function readOrder(row: Element): PageOrder | undefined {
  const text = textOf(row);
  const orderNo = uniqueMatch(text, ORDER_NO);
  if (!orderNo) return undefined;
  const remark = linesOf(labelledElement(row, '备注：'));
  return {
    orderNo,
    status: STATUSES.find((s) => text.includes(s)),
    amount: parseAmount(text.match(/实付\s*¥\s*([\d.,]+)/)?.[1]),
    buyerName: labelValue(row, '买家：'),
    placedAt: parseChinaTime(text.match(/下单时间\s*([\d-]+\s+[\d:]+)/)?.[1]),
    ...(remark ? { remark } : {}),
  };
}

/** The order rows: the (unconfirmed) row hook, else each row found by its 19-digit order number. */
const orderRows = (root: Element) => fieldElements('orderRows', root, SELECTORS.orderRow, () => rowsByOrderNumber(root, ORDER_NO));
const rowsOf = (doc: Document) => {
  const root = appRoot(doc, SELECTORS.root, ORDER_NO);
  return root ? orderRows(root) : [];
};

function read(doc: Document): PageRead | Unreadable {
  const root = field(
    'appRoot',
    () => doc.querySelector(SELECTORS.root),
    () => appRoot(doc, SELECTORS.root, ORDER_NO),
  );
  if (!root) return unreadable('unknown-layout', SELECTORS.root);
  return ordersRead(orderRows(root), readOrder, !!fieldElement('remarkInput', doc, () => doc.querySelector(SELECTORS.remarkInput)));
}

/** The open remark drawer and its order: the nearest element around #seller_words that names one 19-digit number. */
function openDrawer(doc: Document): { drawer: Element; orderNo: string; input: HTMLTextAreaElement } | null {
  const input = fieldElement('remarkInput', doc, () => doc.querySelector(SELECTORS.remarkInput));
  if (!(input instanceof HTMLTextAreaElement) || input.closest('[hidden]')) return null;
  let drawer: Element | null = input.parentElement;
  let orderNo: string | undefined;
  while (drawer && !(orderNo = uniqueMatch(textOf(drawer), ORDER_NO))) drawer = drawer.parentElement;
  return drawer && orderNo ? { drawer, orderNo, input } : null;
}

const remarkDrawer = (doc: Document) => openDrawer(doc)?.drawer;

/** The remark drawer, when open, read for the builder and the save guard. */
function remarkEditor(doc: Document): RemarkEditor | null {
  const open = openDrawer(doc);
  if (!open) return null;
  const { drawer, orderNo, input } = open;
  const row = rowsOf(doc).find((r) => uniqueMatch(textOf(r), ORDER_NO) === orderNo);
  const stars = () => drawer.querySelectorAll<HTMLInputElement>(SELECTORS.starRadios);
  const checked = [...stars()].find((s) => s.checked)?.value;
  return {
    orderNo,
    input,
    saved: row ? linesOf(labelledElement(row, '备注：')) : '',
    flag: checked === undefined ? undefined : STAR_COLOURS[Number(checked)],
    selectFlag: (colour) => {
      const star = STAR_COLOURS.indexOf(colour);
      return star >= 0 && pickRadio(stars(), String(star));
    },
  };
}

export const douyinOrderList = defineAdapter({
  profile: douyinProfile,
  pageKind: 'orderList',
  read,
  remarkEditor,
  remarkSaveButton: (doc) => doc.querySelector<HTMLElement>(SELECTORS.remarkConfirm),
  remarkEnterSaves: true,
  // The open remark drawer and every row's own buttons (修改备注, 发货…); the rows themselves are better left in view.
  keepClear: (doc) => [...present([remarkDrawer(doc)]), ...rowsOf(doc).flatMap((row) => [...row.querySelectorAll('button')])],
  avoid: rowsOf,
});
