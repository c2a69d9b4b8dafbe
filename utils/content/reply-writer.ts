import { signal } from '@preact/signals-react';
import { logAction } from '../log/log-action';
import type { PageBuyer, Template } from '../model';
import { settings } from '../state/settings';
import { countTemplateUse } from '../storage';
import { templateContext } from '../templates/context';
import { renderTemplate } from '../templates/render';
import { writeReplyBox } from './fill-input';
import type { PageSession } from './page-session';

export interface OfferedReply {
  template: Template;
  text: string;
  missing: string[];
  /** Who the reply was made for; re-checked against the page before inserting. */
  forBuyer: string | undefined;
}

export type ReplyVia = 'click' | 'hotkey' | 'search' | 'playbook' | 'shortcut';
export type ReplyNotice = 'buyerChanged' | 'noInput';

export const buyerIdentity = (buyer: PageBuyer | undefined) => buyer?.id ?? buyer?.displayName;

/** A template filled with the data of the chat page now, or undefined when the page is not a readable chat. */
export function offerReply(session: PageSession, template: Template): OfferedReply | undefined {
  const result = session.snapshot.value;
  if (!result.ok || result.snapshot.pageKind !== 'chat') return undefined;
  return { template, ...renderTemplate(template.body, templateContext(result.snapshot, settings.value.agent)), forBuyer: buyerIdentity(result.snapshot.buyer) };
}

/**
 * Fills a reply into the site's own input — never sends — after re-reading the page: a reply made for another buyer
 * is refused. The last refusal is kept per session for the panel to say why.
 */
export function createReplyWriter(session: PageSession, doc: Document) {
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
  return { notice, write };
}

export type ReplyWriter = ReturnType<typeof createReplyWriter>;
