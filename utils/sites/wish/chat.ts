import type { ChatMessage, PageOrder } from '../../model';
import { selectedConversationName } from '../fallbacks';
import { field, fieldElements, selectAll } from '../fields';
import { pageFields } from '../page-fields';
import { unreadable, type PageRead, type Unreadable } from '../define-adapter';
import { chatRead, defineChatAdapter } from '../page-adapters';
import { labelValue, present, textOf } from '../read';
import { wishProfile } from './profile';

// Evidence (docs/site-evidence-cross-border.md §3): D for the page. Wish's ticket API (several independent SDKs, B+)
// gives the fields a ticket has — id, order, the customer's name, replies from the user, the merchant or Wish support —
// and the help centre names the states (Action Required, Awaiting User, Closed). Every hook below is a word or an ARIA
// role, never a class, so nothing here depends on markup no one has seen.
const F = pageFields(wishProfile, 'chat', ['buyerName', 'messageRows', 'replyBox', 'sendButton']);
/** Who wrote a reply, as the API's `sender` values would be worded on the page. */
const SENDER: [RegExp, ChatMessage['direction']][] = [
  [/^(wish support|wish customer support|wish)\b/i, 'system'],
  [/^(you|merchant|商户|我)\b/i, 'agent'],
  [/^(customer|user|买家|顾客)\b/i, 'buyer'],
];
/** Wish ids (tickets, orders): 24 hex digits. */
const WISH_ID = /\b([0-9a-f]{24})\b/;

function readMessages(doc: Document): ChatMessage[] {
  const rows = fieldElements('messageRows', doc, F.messageRows, () => [...doc.querySelectorAll('article')].filter((a) => SENDER.some(([p]) => p.test(textOf(a.firstElementChild)))));
  return rows.map((row): ChatMessage => {
    const head = textOf(row.firstElementChild);
    const direction = SENDER.find(([pattern]) => pattern.test(head))?.[1] ?? 'system';
    const body = [...row.children].slice(1).map(textOf).filter(Boolean).join('\n');
    return { direction, text: body || textOf(row) };
  });
}

function readOrder(doc: Document): PageOrder | undefined {
  const orderNo = labelValue(doc, 'Order ID')?.match(WISH_ID)?.[1];
  return orderNo ? { orderNo, status: labelValue(doc, 'Ticket State') } : undefined;
}

function read(doc: Document): PageRead | Unreadable {
  const ticket = URL.canParse(doc.URL) ? new URL(doc.URL).pathname.match(WISH_ID)?.[1] : undefined;
  if (!ticket && !labelValue(doc, 'Order ID')) return unreadable('unknown-layout', 'Order ID');
  const name =
    field(
      'buyerName',
      () => textOf(selectAll(doc, F.buyerName)[0]?.nextElementSibling) || undefined,
      () => selectedConversationName(doc),
    ) ?? '';
  if (!name) return unreadable('empty');
  const order = readOrder(doc);
  return { ...chatRead({ idKind: 'nick', displayName: name }, readMessages(doc), present([order])), capabilities: { reply: !!doc.querySelector('textarea'), remark: false } };
}

const replyBox = (doc: Document) => (selectAll(doc, F.replyBox)[0] as HTMLElement | undefined) ?? null;

export const wishChat = defineChatAdapter(wishProfile, read, {
  replyBox,
  // The control's words are a guess (D): the shared fallback (the one control that says Send) takes over when they differ.
  sendButton: (doc) => (selectAll(doc, F.sendButton)[0] as HTMLElement | undefined) ?? null,
  keepClear: (doc) => present([replyBox(doc)?.closest('form') ?? replyBox(doc)?.parentElement]),
  bubbles: 'article',
});
