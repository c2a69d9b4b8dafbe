import { textOf } from './read';

/** Fallbacks shared by every adapter: ways to find a part that do not depend on the site's class names. */

const EDITABLE = 'textarea, [contenteditable="true"], [contenteditable=""]';
/** What a send control says in the markets we serve. */
export const SEND_WORDS = ['发送', '發送', 'Send', 'Kirim', 'Gửi', 'ส่ง', 'Enviar', 'Отправить'];
/** What a remark dialog's save control says. */
export const SAVE_WORDS = ['保存', '确定', '确认', '提交', 'Save', 'OK'];

const outsidePanel = (el: Element) => !el.closest('kefu-panel');

/** The page's one place to type (a textarea or a rich editor); none when there are several to choose from. */
export function onlyEditable(root: ParentNode): HTMLElement | undefined {
  const boxes = [...root.querySelectorAll<HTMLElement>(EDITABLE)].filter(outsidePanel).filter((el) => !el.parentElement?.closest(EDITABLE));
  return boxes.length === 1 ? boxes[0] : undefined;
}

const LABELLED = 'button, [role="button"], a, span, div';

/**
 * The one control under `root` whose own words are one of `words`: the innermost element saying it, or the button
 * around it. Found from the page's text nodes, so a read costs the page's text once, not every container's text.
 */
export function controlByWords(root: Node, words: readonly string[]): HTMLElement | undefined {
  const controls = new Set<HTMLElement>();
  const walker = (root.ownerDocument ?? (root as Document)).createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const word = (node.textContent ?? '').trim();
    if (!words.includes(word)) continue;
    const label = node.parentElement?.closest<HTMLElement>(LABELLED);
    if (!label || !outsidePanel(label) || textOf(label) !== word || (root instanceof Element && !root.contains(label))) continue;
    controls.add(label.closest<HTMLElement>('button, [role="button"], a') ?? label);
  }
  return controls.size === 1 ? [...controls][0] : undefined;
}

/** The save control nearest around a remark box: the smallest ancestor holding exactly one control that saves. */
export function saveControlAround(input: Element | undefined): HTMLElement | undefined {
  for (let around = input?.parentElement; around; around = around.parentElement) {
    const found = controlByWords(around, SAVE_WORDS);
    if (found) return found;
  }
  return undefined;
}

/** The name on the conversation the page marks as selected (ARIA), for pages that show the buyer nowhere else. */
export function selectedConversationName(root: ParentNode): string | undefined {
  const selected = root.querySelector('[aria-selected="true"], [aria-current="true"], [aria-current="page"]');
  const first = selected && [...selected.querySelectorAll('*')].find((el) => el.children.length === 0 && textOf(el));
  return textOf(first ?? selected) || undefined;
}
