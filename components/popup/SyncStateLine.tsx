import type { SyncState } from '@/utils/storage';
import { t } from '@/utils/state/settings';
import { chinaDateTime } from '@/utils/time/china-time';

/** Last sent, rows waiting, and the last error in words (the popup; the panel shows only the error). */
export function SyncStateLine({ state }: { state: SyncState }) {
  const tr = t.value;
  return (
    <p className="popup-status" data-testid="sync-state" data-error={state.lastError ?? ''} data-waiting={state.waiting}>
      {state.lastSentAt ? tr('sync.lastSent', { when: chinaDateTime(state.lastSentAt).slice(5, 16) }) : tr('sync.neverSent')} · {tr('sync.waiting', { count: state.waiting })}
      {state.lastError && (
        <>
          <br />
          <em>{tr(`sync.error.${state.lastError}`)}</em>
          {state.nextAttemptAt ? ` ${tr('sync.retryAt', { when: chinaDateTime(state.nextAttemptAt).slice(11, 16) })}` : ''}
        </>
      )}
    </p>
  );
}
