import type { ChatMessage, PageBuyer } from '../../model';
import { conversationRows, replyBoxNearSend, sideOfRow } from '../fallbacks';
import { fieldElements } from '../fields';
import { pageFields } from '../page-fields';
import { unreadable, type PageRead, type Unreadable } from '../define-adapter';
import { buyerNameAt, chatRead, defineChatAdapter } from '../page-adapters';
import { columnAround, present, textOf } from '../read';
import { regionOfHost } from '../regions';
import { lazadaProfile } from './profile';

// Evidence (docs/site-evidence-cross-border.md §2): a Greasyfork reply bot on sellercenter.lazada.*/apps/im/* (C, 2020:
// market tabs .im-page-header-right .simple-tab .tab-item with `selected`, unread .content .badge, rows .message-row,
// send .im-icon-paper-plane) and an order tool's deep link /apps/im/window?buyerId= (B-). The rest is the
// Alibaba-international IM kit as AliExpress shows it (B there, D here): session names, `self` on the seller's rows,
// the reply textarea.
const F = pageFields(lazadaProfile, 'chat', ['buyerName', 'messageRows', 'replyBox', 'sendButton', 'agentMark']);
const SELECTORS = {
  marketTab: '.im-page-header-right .simple-tab .tab-item', // C
  session: '.im-session-item', // D (kit)
  message: F.messageRows, // C
  agent: F.agentMark, // D (kit)
  input: F.replyBox, // D (kit)
  send: F.sendButton, // C (and B+ on the kit)
  inputArea: '.im-message-input, .im-message-box-addon-after', // D (kit)
};

/** The market the chat shows: the selected market tab (its first two letters, as the bot reads it), else the host's. */
function market(doc: Document): string | undefined {
  const tab = [...doc.querySelectorAll(SELECTORS.marketTab)].find((t) => t.classList.contains('selected'));
  const code = textOf(tab).slice(0, 2).toUpperCase();
  if (lazadaProfile.regions.some((r) => r.code === code)) return code;
  return URL.canParse(doc.URL) ? regionOfHost(lazadaProfile, new URL(doc.URL).hostname)?.code : undefined;
}

function readMessages(doc: Document): ChatMessage[] {
  return fieldElements('messageRows', doc, SELECTORS.message, () => conversationRows(doc)).map((row): ChatMessage => ({
    direction: sideOfRow(row, { agent: SELECTORS.agent }, 'buyer') === 'agent' ? 'agent' : 'buyer',
    text: textOf(row),
  }));
}

function read(doc: Document): PageRead | Unreadable {
  if (!doc.querySelector(SELECTORS.send) && !doc.querySelector(SELECTORS.marketTab) && !replyBoxNearSend(doc)) return unreadable('unknown-layout', SELECTORS.send);
  const name = buyerNameAt(doc, F.buyerName);
  if (!name) return unreadable('empty');
  const buyerId = URL.canParse(doc.URL) ? new URL(doc.URL).searchParams.get('buyerId')?.match(/^\d{3,20}$/)?.[0] : undefined;
  const code = market(doc);
  // A buyer is one per market (as on Shopee); the deep link's buyerId is stable, the name is the weak key otherwise.
  const buyer: PageBuyer = buyerId ? { idKind: 'uid', id: `${code ?? 'XX'}/${buyerId}`, displayName: name } : { idKind: 'nick', ...(code ? { id: `${code}/${name}` } : {}), displayName: name };
  return chatRead(buyer, readMessages(doc));
}

export const lazadaChat = defineChatAdapter(lazadaProfile, read, {
  replyBox: SELECTORS.input,
  sendButton: (doc) => doc.querySelector(SELECTORS.send)?.closest<HTMLElement>('a, button, [role="button"]') ?? doc.querySelector<HTMLElement>(SELECTORS.send),
  keepClear: (doc) => present([doc.querySelector(SELECTORS.inputArea), columnAround(doc.querySelector(SELECTORS.session))]),
  bubbles: SELECTORS.message,
});
