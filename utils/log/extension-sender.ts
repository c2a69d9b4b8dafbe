import { signal } from '@preact/signals-react';
import { sendMessage } from '../messaging';
import { ActionQueue } from './action-queue';
import { configureActionLog } from './log-action';

/** True while the background worker cannot be reached and actions are held for retry. */
export const actionLogOffline = signal(false);

/** Wires logAction to the background worker; used by content scripts and extension pages. */
export function connectActionLogToBackground(): void {
  configureActionLog(
    () =>
      new ActionQueue({
        send: async (drafts) => (await sendMessage('log:append', { drafts })).acked,
        onRetry: () => {
          actionLogOffline.value = true;
        },
        onDelivered: () => {
          actionLogOffline.value = false;
        },
      }),
  );
}
