import { browser } from '#imports';
import { appendActions, appendBatch } from '@/utils/db/append-actions';
import type { AppDB } from '@/utils/db/app-db';
import { customerActions, promiseActions } from '@/utils/db/customer-query';
import { recentActions } from '@/utils/db/queries';
import { isQuotaError, STORAGE_FULL } from '@/utils/log/log-problem';
import { createWaitingBadge } from './waiting-badge';
import { isMessageType, onMessage, type MessageRequest, type MessageResponse, type MessageType } from '@/utils/messaging';
import { validateMessage, type SenderInfo } from '@/utils/messaging/validate';
import { makeDraft } from '@/utils/model';
import { settingsStore } from '@/utils/storage';

type Handler<T extends MessageType> = (data: MessageRequest<T>, sender: SenderInfo & { tab?: { id?: number } }) => Promise<MessageResponse<T>> | MessageResponse<T>;

export function registerHandlers(db: AppDB): void {
  const extensionOrigin = browser.runtime.getURL('/');
  const waitingBadge = createWaitingBadge();

  // A sender that retries a malformed message would write a row per retry: each (type, error) is logged once.
  const rejectionsLogged = new Set<string>();
  async function reject(type: string, error: string): Promise<never> {
    console.warn(`[kefu] rejected message ${type}: ${error}`);
    const key = `${type}|${error}`;
    if (!rejectionsLogged.has(key)) {
      rejectionsLogged.add(key);
      const settings = await settingsStore.load();
      await appendActions(db, [makeDraft('message.rejected', { type: type.slice(0, 80), error: error.slice(0, 300) })], settings.agent);
    }
    throw new Error(error);
  }

  function handle<T extends MessageType>(type: T, handler: Handler<T>): void {
    onMessage(type, async (message) => {
      const checked = validateMessage(type, message.data, message.sender as SenderInfo, extensionOrigin);
      if (!checked.ok) return reject(type, checked.error);
      return handler(checked.data, message.sender as SenderInfo & { tab?: { id?: number } }) as never;
    });
  }

  handle('log:append', async ({ drafts }, sender) => {
    const settings = await settingsStore.load();
    try {
      return { acked: await appendBatch(db, drafts, settings.agent, sender.url) };
    } catch (error) {
      // The sender keeps the drafts and retries; it needs to know why, to tell the agent.
      throw isQuotaError(error) ? new Error(STORAGE_FULL) : error;
    }
  });
  handle('log:recent', ({ limit }) => recentActions(db, limit));
  handle('customer:actions', ({ buyer }) => customerActions(db, buyer));
  handle('promises:all', () => promiseActions(db));
  handle('waiting:update', ({ level }, sender) => ({ waitingTabs: waitingBadge.update(sender.tab?.id, level) }));

  // Messages outside the protocol get no answer (the sender sees an error); they are logged.
  browser.runtime.onMessage.addListener((message: unknown) => {
    const type = (message as { type?: unknown } | null)?.type;
    if (!isMessageType(type)) void reject(String(type ?? typeof message), 'unknown message type').catch(() => {});
    return undefined;
  });
}
