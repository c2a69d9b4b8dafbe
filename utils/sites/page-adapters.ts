import type { ChatMessage, PageBuyer, PageOrder, SiteProfile } from '../model';
import { defineAdapter, unreadable, type AdapterSpec, type PageRead, type Unreadable } from './define-adapter';
import { openConversationName, selectedConversationName } from './fallbacks';
import { field } from './fields';
import { parseLocalAmount, textAt, textOf } from './read';
import type { SiteAdapter } from './types';

/** One element by a selector, or by the adapter's own finder where a selector is not enough. */
type Finder = string | ((doc: Document) => HTMLElement | null);
const finderOf = (find: Finder) => (typeof find === 'string' ? (doc: Document) => doc.querySelector<HTMLElement>(find) : find);

export interface ChatParts {
  /** The reply box and the send control (the wrapper tries a lead's selector before, the shared fallback after). */
  replyBox: Finder;
  sendButton: Finder;
  keepClear: SiteAdapter['keepClear'];
  /** The message bubbles, better left in view. */
  bubbles: string | ((doc: Document) => Element[]);
}

/** A chat page's adapter: `defineAdapter` with its reply box, send control and bubbles named by selector where one is enough. */
export function defineChatAdapter(profile: SiteProfile, read: AdapterSpec['read'], parts: ChatParts): SiteAdapter {
  const { replyBox, sendButton, keepClear, bubbles } = parts;
  const avoid = typeof bubbles === 'string' ? (doc: Document) => [...doc.querySelectorAll(bubbles)] : bubbles;
  return defineAdapter({ profile, pageKind: 'chat', read, chatInput: finderOf(replyBox), sendButton: finderOf(sendButton), keepClear, avoid });
}

/**
 * A chat page's read: the buyer, the conversation and the orders beside it (the first is the open one unless named).
 * Whether the agent can reply is the wrapper's to say: it is whether the reply box is found.
 */
export function chatRead(buyer: PageBuyer, messages?: ChatMessage[], orders: PageOrder[] = [], activeOrderNo = orders[0]?.orderNo): PageRead {
  return { buyer, orders, ...(activeOrderNo ? { activeOrderNo } : {}), ...(messages ? { messages } : {}), capabilities: { reply: false, remark: false } };
}

/** An order list's read: each row read by `readRow`, rows that name no order dropped; none left is an empty page. */
export function ordersRead(rows: readonly Element[], readRow: (row: Element) => PageOrder | undefined, remark = false): PageRead | Unreadable {
  const orders = rows.map(readRow).filter((order) => order !== undefined);
  return orders.length ? { orders, capabilities: { reply: false, remark } } : unreadable('empty');
}

/** An order list whose rows are better left in view and whose controls inside a row (its buttons) are the host's own. */
export function defineOrderListAdapter(profile: SiteProfile, read: AdapterSpec['read'], rows: string, controls: readonly string[] = ['button']): SiteAdapter {
  const rowControls = controls.map((control) => `${rows} ${control}`).join(', ');
  return defineAdapter({ profile, pageKind: 'orderList', read, keepClear: (doc) => [...doc.querySelectorAll(rowControls)], avoid: (doc) => [...doc.querySelectorAll(rows)] });
}

/** The conversation the list marks selected (ARIA), else the one it shows open. */
export const shownConversationName = (doc: Document) => selectedConversationName(doc) ?? openConversationName(doc)?.name;

/** The open conversation's buyer name (the `buyerName` field): the text at the site's selector, else the shared fallback. */
export function buyerNameAt(doc: Document, selector: string, fallback: (doc: Document) => string | undefined = selectedConversationName): string | undefined {
  return field(
    'buyerName',
    () => textAt(doc, selector),
    () => fallback(doc),
  );
}

/** An order row read by its cells' selectors: the status and the buyer as shown, the amount in the market's notation. */
export function orderFromCells(row: Element, orderNo: string, cells: { status: string; amount: string; buyer: string }): PageOrder {
  return { orderNo, status: textAt(row, cells.status), amount: parseLocalAmount(textOf(row.querySelector(cells.amount))), buyerName: textAt(row, cells.buyer) };
}
