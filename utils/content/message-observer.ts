import { effect } from '@preact/signals-react';
import { logAction } from '../log/log-action';
import { stableActionId, textDigest } from '../log/stable-id';
import type { ChatMessage } from '../model';
import type { PageSession } from './page-session';

/** The key a buyer message is known by: the page's id, or a digest of its time, text and how many times that text came before. */
export function buyerMessageKeys(messages: readonly ChatMessage[]): { message: ChatMessage; key: string }[] {
  return messageKeys(messages, 'buyer');
}

/** The same keys for the messages of one direction (the agent's own, for sends that did not pass the guard). */
export function messageKeys(messages: readonly ChatMessage[], direction: ChatMessage['direction']): { message: ChatMessage; key: string }[] {
  const seen = new Map<string, number>();
  return messages
    .filter((m) => m.direction === direction)
    .map((message) => {
      if (message.id) return { message, key: message.id };
      const base = `${message.at ?? ''}|${message.text}`;
      const nth = seen.get(base) ?? 0;
      seen.set(base, nth + 1);
      return { message, key: textDigest(`${base}|${nth}`) };
    });
}

/**
 * Logs each buyer message a chat page shows, once: within the page by key, and across reloads and tabs by a
 * stable action id. These rows are what response-time KPIs measure from.
 */
export function observeBuyerMessages(session: PageSession, stop: AbortSignal): void {
  const logged = new Set<string>();
  const dispose = effect(() => {
    const result = session.snapshot.value;
    if (!result.ok || result.snapshot.pageKind !== 'chat') return;
    const { site, buyer } = result.snapshot;
    const conversation = buyer?.id ?? buyer?.displayName;
    if (!conversation) return;
    for (const { message, key } of buyerMessageKeys(result.snapshot.messages)) {
      const id = stableActionId('message.received', site, conversation, key);
      if (logged.has(id)) continue;
      logged.add(id);
      logAction('message.received', { messageKey: key, ...(message.at ? { sentAt: message.at } : {}) }, { id });
    }
  });
  stop.addEventListener('abort', dispose);
}
