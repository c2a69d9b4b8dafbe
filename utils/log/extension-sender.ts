import { signal } from '@preact/signals-react';
import { logProblemOf, type LogProblem } from './log-problem';
import { sendMessage } from '../messaging';
import { ActionQueue } from './action-queue';
import { configureActionLog } from './log-action';
import { storageOutbox } from './storage-outbox';

/** Why actions are being held for retry, if they are: the worker cannot be reached, or the disk is full. */
export const actionLogProblem = signal<LogProblem | null>(null);

/** Wires logAction to the background worker; used by content scripts and extension pages. */
export function connectActionLogToBackground(): void {
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
