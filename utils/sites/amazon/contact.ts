import { field } from '../fields';
import { pageFields } from '../page-fields';
import { unreadable, type PageRead, type Unreadable } from '../define-adapter';
import { chatRead, defineChatAdapter } from '../page-adapters';
import { present, textOf } from '../read';
import { amazonProfile } from './profile';

// Evidence: site-evidence.md §8 — a contact-buyer filler (B-): Katal web components whose real <textarea> is inside
// the kat-textarea's shadow root (the writer reaches into it), the buyer's name in the header h2, the order id in the
// URL (B).
// The reply box has no selector of its own: it is the textarea inside the Katal component's shadow root.
const F = pageFields(amazonProfile, 'chat', ['buyerName', 'sendButton']);
const SELECTORS = {
  header: F.buyerName, // B-: "Send message to <Name>"
  body: '.contact-buyer-text-area kat-textarea', // B-
  send: F.sendButton, // B-
  reasons: 'kat-radiobutton', // B-
};
const ORDER_ID = /^\d{3}-\d{7}-\d{7}$/;
/** "Send message to Jane" in the marketplaces' languages. */
const TO_NAME = /^(?:Send (?:a )?message to|Nachricht senden an|Envoyer un message à|Invia un messaggio a|Enviar mensaje a|Enviar mensagem para)\s+(.+)$/i;

/** The real textarea inside the Katal component (open shadow root), or the component's light-DOM fallback. */
/** The Katal textarea component: by the form's class, else (a renamed form) the page's one kat-textarea. */
const textareaHost = (doc: Document) => doc.querySelector(SELECTORS.body) ?? (doc.querySelectorAll('kat-textarea').length === 1 ? doc.querySelector('kat-textarea') : null);

function messageBox(doc: Document): HTMLElement | null {
  const host = textareaHost(doc);
  return host?.shadowRoot?.querySelector<HTMLElement>('textarea') ?? host?.querySelector<HTMLElement>('textarea') ?? null;
}

function read(doc: Document): PageRead | Unreadable {
  const header = doc.querySelector(SELECTORS.header);
  if (!header && !textareaHost(doc)) return unreadable('unknown-layout', SELECTORS.header);
  const orderNo = URL.canParse(doc.URL) ? (new URL(doc.URL).searchParams.get('orderID') ?? undefined) : undefined;
  const heading =
    field(
      'buyerName',
      () => textOf(header) || undefined,
      () => [...doc.querySelectorAll('h1, h2, h3')].map((h) => textOf(h)).find((t) => TO_NAME.test(t)),
    ) ?? '';
  const name = heading.match(TO_NAME)?.[1] ?? (heading || undefined);
  if (!name) return unreadable('empty');
  const order = orderNo && ORDER_ID.test(orderNo) ? orderNo : undefined;
  return { ...chatRead({ idKind: 'nick', displayName: name }, undefined, order ? [{ orderNo: order }] : []), capabilities: { reply: !!textareaHost(doc), remark: false } };
}

export const amazonContact = defineChatAdapter(amazonProfile, read, {
  replyBox: messageBox,
  sendButton: SELECTORS.send,
  keepClear: (doc) => present([doc.querySelector('.contact-buyer-text-area'), doc.querySelector(SELECTORS.send), doc.querySelector(SELECTORS.header)]),
  bubbles: SELECTORS.reasons,
});
