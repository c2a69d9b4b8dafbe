import { signal } from '@preact/signals-react';
import { logProblemOf, type LogProblem } from '../log/log-problem';
import { sendMessage } from '../messaging';
import { ActionQueue } from '../log/action-queue';
import { settingsStore } from '../storage';
import { configureActionLog, setActionAgent } from '../log/log-action';
import { storageOutbox } from '../log/storage-outbox';

/** Why actions are being held for retry, if they are: the worker cannot be reached, or the disk is full. */
export const actionLogProblem = signal<LogProblem | null>(null);

/** Wires logAction to the background worker; used by content scripts and extension pages. */
export function connectActionLogToBackground(): void {
  // Each action carries who was logged in when it happened; the background checks it against its history.
  settingsStore.follow((settings) => setActionAgent(settings.agent));
  configureActionLog(
    () =>
      new ActionQueue({
        send: async (drafts) => (await sendMessage('log:append', { drafts })).acked,
        outbox: storageOutbox(),
        onRetry: (_attempt, error) => {
          actionLogProblem.value = logProblemOf(error);
        },
        onDelivered: () => {
          actionLogProblem.value = null;
        },
      }),
  );
}
