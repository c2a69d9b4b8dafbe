import type { ChatMessage, CustomPage, SiteProfile } from '../../model';
import { defineAdapter, unreadable, type PageRead, type Unreadable } from '../define-adapter';
import { fieldElement, fieldElements, selectAll } from '../fields';
import { present, textOf } from '../read';
import { firstPicked } from './picked';
import { matchesPattern } from './url-pattern';

const ORDER_NO = /\d{10,25}/;

/** Buyer and agent messages, each found by the lead's selector, in the order the page shows them. */
function readMessages(doc: Document, fields: CustomPage['fields']): ChatMessage[] {
  const buyer = new Set(fields.buyerMessages ? fieldElements('buyerMessages', doc, fields.buyerMessages) : []);
  const agent = fields.agentMessages ? fieldElements('agentMessages', doc, fields.agentMessages) : [];
  const all = [...new Set([...buyer, ...agent])].sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
  return all.map((el): ChatMessage => ({ direction: buyer.has(el) ? 'buyer' : 'agent', text: textOf(el) }));
}

/** A chat page of a lead's site: the buyer by the picked name (and id), messages, the reply box and the send button. */
export function customChat(profile: SiteProfile, page: CustomPage) {
  const { fields } = page;
  const pick = firstPicked(fields);
  const read = (doc: Document): PageRead | Unreadable => {
    const nameEl = fieldElement('buyerName', doc, () => pick('buyerName')(doc));
    const messages = readMessages(doc, fields);
    if (!nameEl && messages.length === 0) return unreadable('unknown-layout', fields.buyerName);
    const displayName = textOf(nameEl) || undefined;
    const id = fields.buyerId ? textOf(fieldElement('buyerId', doc, () => pick('buyerId')(doc))) || undefined : undefined;
    if (!displayName && !id) return unreadable('empty');
    const orderNo = fields.orderNumber ? textOf(fieldElement('orderNumber', doc, () => pick('orderNumber')(doc))).match(ORDER_NO)?.[0] : undefined;
    return {
      buyer: { ...(id ? { id, idKind: 'uid' as const } : { idKind: 'nick' as const }), displayName },
      orders: orderNo ? [{ orderNo }] : [],
      activeOrderNo: orderNo,
      messages,
      capabilities: { reply: false, remark: false },
    };
  };
  return defineAdapter({
    profile,
    pageKind: 'chat',
    isPage: (url) => matchesPattern(page.urlPattern, url),
    read,
    chatInput: pick('replyBox'),
    sendButton: pick('sendButton'),
    keepClear: (doc) => present([pick('replyBox')(doc)?.parentElement, pick('sendButton')(doc)]),
    avoid: (doc) => (fields.buyerMessages ? selectAll(doc, fields.buyerMessages) : []),
  });
}
