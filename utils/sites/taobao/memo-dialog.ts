import { selectAll } from '../fields';
import { pageFields } from '../page-fields';
import { labelValue, linesOf, pickRadio, textOf, uniqueMatch } from '../read';
import type { RemarkEditor } from '../types';
import { taobaoProfile } from './profile';

// The 标记/备注 dialog. Its DOM has no public evidence (D); the pages are built with Alibaba's Fusion Next components
// (B-), so the dialog is read through Fusion's own component classes and text anchors (C): a .next-dialog with
// role="dialog" that names one order number, its textarea, radios valued by flag number, and the 确定 button.
const SELECTORS = {
  dialog: '.next-dialog[role="dialog"]',
  input: 'textarea',
  flagRadios: 'input[type="radio"][name="flag"]',
};
/** The same 确定 on the sold list and the order detail (both profiles' remarkSave). */
const SAVE = pageFields(taobaoProfile, 'orderList', ['remarkSave']).remarkSave;
export const TAOBAO_ORDER_NO = /(?:^|\D)(\d{16,19})(?!\d)/;
const FLAGS = taobaoProfile.remark.flags.map((f) => f.name);

/** The open memo dialog and its order number, or null. */
export function openMemoDialog(doc: Document): { dialog: Element; orderNo: string; input: HTMLTextAreaElement } | null {
  for (const dialog of doc.querySelectorAll(SELECTORS.dialog)) {
    if (dialog.closest('[hidden]') || !textOf(dialog).includes('备注')) continue;
    const input = dialog.querySelector<HTMLTextAreaElement>(SELECTORS.input);
    const orderNo = uniqueMatch(textOf(dialog), TAOBAO_ORDER_NO);
    if (input && orderNo) return { dialog, orderNo, input };
  }
  return null;
}

/**
 * The memo dialog as a remark editor; `savedFor` gives the memo the page shows for an order (a save replaces it, so
 * the builder writes earlier lines back).
 */
export function memoEditor(doc: Document, savedFor: (orderNo: string) => string): RemarkEditor | null {
  const open = openMemoDialog(doc);
  if (!open) return null;
  const radios = () => open.dialog.querySelectorAll<HTMLInputElement>(SELECTORS.flagRadios);
  const checked = [...radios()].find((r) => r.checked)?.value;
  return {
    orderNo: open.orderNo,
    input: open.input,
    saved: savedFor(open.orderNo),
    flag: checked === undefined ? undefined : FLAGS[Number(checked)],
    selectFlag: (colour) => {
      const flag = FLAGS.indexOf(colour);
      return flag >= 0 && pickRadio(radios(), String(flag));
    },
  };
}

export const memoSaveButton = (doc: Document): HTMLElement | null => {
  const open = openMemoDialog(doc);
  return open ? ((selectAll(open.dialog.ownerDocument, SAVE).find((b) => open.dialog.contains(b)) as HTMLElement | undefined) ?? null) : null;
};

/** The memo shown on a page region by its label (卖家备注：), line by line. */
export const shownMemo = (root: ParentNode): string => {
  const label = [...root.querySelectorAll('*')].find((el) => el.children.length === 0 && textOf(el) === '卖家备注：');
  return label ? linesOf(label.nextElementSibling) : (labelValue(root, '卖家备注：') ?? '');
};
