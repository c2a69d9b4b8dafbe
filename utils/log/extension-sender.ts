import { sendMessage } from '../messaging';
import { ActionQueue } from './action-queue';
import { configureActionLog } from './log-action';

/** Wires logAction to the background worker; used by content scripts and extension pages. */
export function connectActionLogToBackground(onRetry?: (attempt: number) => void): void {
  configureActionLog(
    () =>
      new ActionQueue({
        send: async (drafts) => (await sendMessage('log:append', { drafts })).acked,
        onRetry,
      }),
  );
}
