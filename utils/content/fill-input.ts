/**
 * The site's reply box: a plain textarea (Pinduoduo, Douyin, WeChat 小店) or a rich-text editor — a contenteditable
 * element with its own model of the text (Quill on Kuaishou, JD's EditorContent). Both are read as plain text and
 * written the way a person's typing would reach the host app; the text is never parsed as HTML.
 */
export type ReplyBox = HTMLElement;

const BLOCKS = new Set(['P', 'DIV', 'LI', 'BLOCKQUOTE', 'PRE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6']);

const isTextField = (box: HTMLElement): box is HTMLTextAreaElement | HTMLInputElement => box.tagName === 'TEXTAREA' || box.tagName === 'INPUT';

/** What the reply box holds as plain text (rich editors: one line per paragraph or `<br>`). */
export function readReplyBox(box: ReplyBox): string {
  if (isTextField(box)) return box.value;
  const lines: string[] = [];
  let current = '';
  const walk = (node: Node) => {
    for (const child of node.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) current += (child as Text).data;
      else if (child.nodeName === 'BR') {
        // Quill and most editors keep a lone <br> in an empty paragraph as a placeholder, not a line break.
        if (child === node.lastChild && BLOCKS.has(node.nodeName)) continue;
        lines.push(current);
        current = '';
      } else if (BLOCKS.has(child.nodeName)) {
        if (current) lines.push(current);
        current = '';
        walk(child);
        lines.push(current);
        current = '';
      } else if (child.nodeType === Node.ELEMENT_NODE) walk(child);
    }
  };
  walk(box);
  if (current || lines.length === 0) lines.push(current);
  return lines.join('\n');
}

/** Replaces what the reply box holds with `text` and puts the caret at its end. Never sends. */
export function writeReplyBox(box: ReplyBox, text: string): void {
  if (isTextField(box)) return fillTextField(box, text);
  const doc = box.ownerDocument;
  box.focus();
  const range = doc.createRange();
  range.selectNodeContents(box);
  const selection = doc.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
  // The editing command goes through the editor's own beforeinput/input handling, so its model takes the text
  // (Quill keeps its Delta in step); the DOM rebuild below is for editors that refuse the command.
  const accepted = typeof doc.execCommand === 'function' && doc.execCommand(text ? 'insertText' : 'delete', false, text);
  if (accepted && readReplyBox(box) === text) return;
  box.replaceChildren(
    ...text.split('\n').map((line) => {
      const paragraph = doc.createElement('p');
      if (line) paragraph.textContent = line;
      else paragraph.append(doc.createElement('br'));
      return paragraph;
    }),
  );
  box.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: text }));
  const end = doc.createRange();
  end.selectNodeContents(box);
  end.collapse(false);
  selection?.removeAllRanges();
  selection?.addRange(end);
}

/** The prototype's value setter (bypassing a Vue/React instance override) plus a bubbling input event. */
function fillTextField(input: HTMLTextAreaElement | HTMLInputElement, text: string): void {
  const proto = input.tagName === 'TEXTAREA' ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  Object.getOwnPropertyDescriptor(proto, 'value')?.set?.call(input, text);
  // composed: a textarea inside a web component (Amazon's kat-textarea) must reach the component and the page.
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  if (input.getRootNode() instanceof ShadowRoot) input.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  input.focus();
  input.setSelectionRange(text.length, text.length);
}

/**
 * Whether an event target is (inside) the reply box: in a rich editor keys may land on a paragraph inside it, and a
 * box inside a web component's shadow root (Amazon's kat-textarea) is seen from the page as its host element.
 */
export function isInReplyBox(box: ReplyBox | null | undefined, target: EventTarget | null): boolean {
  if (!box || !(target instanceof Node)) return false;
  for (let node: Node | undefined = box; node; node = (node.getRootNode() as ShadowRoot).host) {
    if (node === target || node.contains(target)) return true;
    if (!(node.getRootNode() instanceof ShadowRoot)) return false;
  }
  return false;
}
