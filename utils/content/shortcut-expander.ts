import type { ReadonlySignal } from '@preact/signals-react';
import type { Template } from '../model';
import { expandShortcut, shortcutIndex, undoExpansion, type Expansion } from '../templates/shortcut';
import { onCapture, stopEvent } from './capture';
import { isInReplyBox, readReplyBox, writeReplyBox } from './fill-input';
import type { PageSession } from './page-session';
import { offerReply, type ReplyWriter } from './reply-writer';

/**
 * Short codes in the host's reply box (utils/templates/shortcut.ts): a delimiter after `;code` expands it into the
 * template filled with the buyer's data, through the reply writer (so a changed buyer is refused and the insert is
 * logged); the next Backspace undoes it. Enter expands only where Enter makes a new line.
 */
export function watchShortcuts(session: PageSession, templates: ReadonlySignal<Template[]>, writer: ReplyWriter, signal: AbortSignal, doc: Document): void {
  const { adapter } = session;
  const win = doc.defaultView!;
  let index = shortcutIndex([]);
  let indexed: Template[] | undefined;
  let last: Expansion | undefined;
  const box = () => adapter.chatInput?.(doc);

  const expand = (key: string): boolean => {
    const el = box();
    if (!el) return false;
    if (indexed !== templates.value) index = shortcutIndex((indexed = templates.value));
    if (index.size === 0) return false;
    const typed = readReplyBox(el);
    const options = { key, enterSends: !!adapter.enterSends };
    const expansion = expandShortcut(typed, index, (t) => offerReply(session, t)?.text ?? t.body, options);
    const template = expansion && templates.value.find((t) => t.id === expansion.templateId);
    const offer = template && offerReply(session, template);
    if (!expansion || !offer) return false;
    // A phrase with fields opens the snippet form first; filled, the code expands in the text as typed then.
    if (offer.fields?.length) {
      last = undefined;
      writer.insert(offer, 0, 'shortcut', undefined, (filled) => ({ ...filled, text: expandShortcut(typed, index, () => filled.text, options)?.after ?? filled.text }));
      return true;
    }
    if (!writer.write({ ...offer, text: expansion.after }, 0, 'shortcut')) return false;
    last = expansion;
    return true;
  };

  onCapture(
    win,
    'input',
    (event) => {
      const data = (event as InputEvent).data;
      if (!isInReplyBox(box(), event.target) || !data || data.length !== 1 || (event as InputEvent).isComposing) return;
      if (!expand(data)) last = undefined;
    },
    signal,
  );
  onCapture(
    win,
    'keydown',
    (event) => {
      if (!isInReplyBox(box(), event.target) || event.isComposing) return;
      if (event.key === 'Backspace') {
        const el = box()!;
        const restore = undoExpansion(readReplyBox(el), last);
        last = undefined;
        if (restore === undefined) return;
        stopEvent(event);
        writeReplyBox(el, restore);
      } else if (event.key === 'Enter' && !event.shiftKey && !adapter.enterSends && expand('Enter')) stopEvent(event);
    },
    signal,
  );
}
