import { browser } from '#imports';
import { appendActions, appendBatch } from '@/utils/db/append-actions';
import type { AppDB } from '@/utils/db/app-db';
import { customerActions, promiseActions } from '@/utils/db/customer-query';
import { allLearned, recordPick } from '@/utils/db/learned';
import { learnedCounts } from '@/utils/suggest/learned-index';
import { recentActions } from '@/utils/db/queries';
import { withOpenDb } from '@/utils/db/reopening';
import { traceMark } from '@/utils/log/start-trace';
import { diskFullWatch, STORAGE_FULL } from '@/utils/log/log-problem';
import type { AgentHistory } from './agent-history';
import { createWaitingBadge } from './waiting-badge';
import { testConnection, type TeamSync } from './team-sync';
import { isTeaching, startTeaching } from './custom-sites';
import { injectCore } from './content-core';
import { checkRerankerModel, rerankScores } from './reranker';
import { isMessageType, onMessage, type MessageRequest, type MessageResponse, type MessageType } from '@/utils/messaging';
import { validateMessage, type SenderInfo } from '@/utils/messaging/validate';
import { makeDraft } from '@/utils/model';
import { settingsStore } from '@/utils/storage';
import { titlesPinyin } from '@/utils/phrases/title-pinyin';

type Handler<T extends MessageType> = (data: MessageRequest<T>, sender: SenderInfo & { tab?: { id?: number }; frameId?: number }) => Promise<MessageResponse<T>> | MessageResponse<T>;

export function registerHandlers(db: AppDB, agents: AgentHistory, teamSync?: TeamSync): void {
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
      return handler(checked.data, message.sender as SenderInfo & { tab?: { id?: number }; frameId?: number }) as never;
    });
  }

  // After a full disk Chrome cannot even reopen the database until space returns: the cause is still the full disk.
  const diskFull = diskFullWatch();
  handle('site:teach', ({ tabId }) => startTeaching(tabId));
  handle('site:teaching', async (_data, sender) => ({ teaching: await isTeaching(sender.tab?.id) }));
  handle('content:core', ({ script }, sender) => injectCore(script, sender));

  handle('log:append', async ({ drafts }, sender) => {
    traceMark('append-received', drafts.length);
    try {
      const { agent, history } = await agents.now();
      const acked = await withOpenDb(db, () => appendBatch(db, drafts, agent, sender.url, history));
      traceMark('append-stored', acked.length);
      diskFull.stored();
      teamSync?.afterCommit();
      return { acked };
    } catch (error) {
      // The sender keeps the drafts and retries; it needs to know why, to tell the agent.
      console.warn('[kefu] log:append failed', (error as Error)?.name, (error as Error)?.message);
      if (diskFull.failed(error)) throw new Error(STORAGE_FULL, { cause: error });
      throw error;
    }
  });
  handle('log:recent', ({ limit }) => withOpenDb(db, () => recentActions(db, limit)));
  handle('customer:actions', ({ buyer }) => withOpenDb(db, () => customerActions(db, buyer)));
  handle('promises:all', () => withOpenDb(db, () => promiseActions(db)));
  handle('sync:test', ({ code }) => testConnection(code));
  handle('sync:now', () => (teamSync?.runNow(), { started: !!teamSync }));
  handle('learned:record', async ({ templateId, buyerTexts, outcome }) => (await withOpenDb(db, () => recordPick(db, templateId, buyerTexts, outcome)), { recorded: true }));
  handle('learned:ranking', async () => (await withOpenDb(db, () => allLearned(db))).filter(learnedCounts));
  handle('rerank:score', ({ message, candidates }) => rerankScores(message, candidates));
  handle('rerank:check', () => checkRerankerModel());
  handle('phrases:pinyin', ({ titles }) => ({ keys: titlesPinyin(titles) }));
  handle('waiting:update', ({ level, risky }, sender) => ({ waitingTabs: waitingBadge.update(sender.tab?.id, level, risky) }));

  // Messages outside the protocol get no answer (the sender sees an error); they are logged.
  browser.runtime.onMessage.addListener((message: unknown) => {
    const type = (message as { type?: unknown } | null)?.type;
    if (!isMessageType(type)) void reject(String(type ?? typeof message), 'unknown message type').catch(() => {});
    return undefined;
  });
}
