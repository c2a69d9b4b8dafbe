import { signal } from '@preact/signals-react';
import { logAction } from '../log/log-action';
import type { PageBuyer, Template } from '../model';
import { settings } from '../state/settings';
import { countTemplateUse } from '../storage';
import { templateContext } from '../templates/context';
import { renderTemplate } from '../templates/render';
import type { SnippetError, SnippetField } from '../templates/snippets';
import { siteTimeZone } from '../sites/profiles';
import { writeReplyBox } from './fill-input';
import type { PageSession } from './page-session';
import { createInsertFlow, sharedPendingInsert, type PendingInsert, type ReplyVia } from './insert-flow';

export interface OfferedReply {
  template: Template;
  text: string;
  missing: string[];
  /** Snippet fields the agent has to fill or choose before this text is complete (see templates/snippets.ts). */
  fields?: SnippetField[];
  snippetError?: SnippetError;
  /** Who the reply was made for; re-checked against the page before inserting. */
  forBuyer: string | undefined;
}

export type { ReplyVia } from './insert-flow';
export type ReplyNotice = 'buyerChanged' | 'noInput';

export const buyerIdentity = (buyer: PageBuyer | undefined) => buyer?.id ?? buyer?.displayName;

/**
 * A template filled with the data of the chat page now (dates on the market's clock, the agent's field answers when
 * given), or undefined when the page is not a readable chat.
 */
export function offerReply(session: PageSession, template: Template, values?: Readonly<Record<string, string>>): OfferedReply | undefined {
  const result = session.snapshot.value;
  if (!result.ok || result.snapshot.pageKind !== 'chat') return undefined;
  const clock = { now: Date.now(), timeZone: siteTimeZone(result.snapshot.site, location.href), language: template.language };
  return { template, ...renderTemplate(template.body, templateContext(result.snapshot, settings.value.agent), { clock, values }), forBuyer: buyerIdentity(result.snapshot.buyer) };
}

/** The page's one open snippet form, shared by every part of the panel that inserts (a new pick replaces it). */
const pendingBySession = new WeakMap<PageSession, ReturnType<typeof sharedPendingInsert<OfferedReply>>>();
const pendingFor = (session: PageSession) => {
  let pending = pendingBySession.get(session);
  if (!pending) pendingBySession.set(session, (pending = sharedPendingInsert<OfferedReply>()));
  return pending;
};
export type PendingReply = PendingInsert<OfferedReply>;

/**
 * Fills a reply into the site's own input — never sends — after re-reading the page: a reply made for another buyer
 * is refused. The last refusal is kept per session for the panel to say why. `insert` is what every insert path calls:
 * a reply with snippet fields opens the snippet form first (`form`, shown by the panel part named `owner`).
 */
export function createReplyWriter(session: PageSession, doc: Document, owner = 'reply') {
  const notice = signal<ReplyNotice | null>(null);
  const { adapter } = session;
  function write(item: OfferedReply, rank: number, via: ReplyVia): boolean {
    const now = adapter.snapshot(doc);
    if (!now.ok || buyerIdentity(now.snapshot.buyer) !== item.forBuyer) {
      notice.value = 'buyerChanged';
      logAction('template.refused', { templateId: item.template.id, reason: 'buyer-changed' });
      session.refresh();
      return false;
    }
    const input = adapter.chatInput?.(doc);
    if (!input) {
      notice.value = 'noInput';
      logAction('template.refused', { templateId: item.template.id, reason: 'no-input' });
      return false;
    }
    notice.value = null;
    writeReplyBox(input, item.text);
    logAction('template.inserted', { templateId: item.template.id, rank, via, missing: item.missing });
    void countTemplateUse(item.template.id);
    return true;
  }
  const flow = createInsertFlow<OfferedReply>(pendingFor(session), owner, (item, values) => offerReply(session, item.template, values), write);
  return { notice, write, insert: flow.insert, form: flow.form, submitForm: flow.submit, cancelForm: flow.cancel };
}

export type ReplyWriter = ReturnType<typeof createReplyWriter>;
