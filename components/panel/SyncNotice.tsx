import { useEffect, useState } from 'react';
import { syncStateStore, teamSyncStore, type SyncState } from '@/utils/storage';
import { t } from '@/utils/state/settings';

/** One line in the panel when the team log's push is failing (the popup has the details and the retry). */
export function SyncNotice() {
  const tr = t.value;
  const [state, setState] = useState<SyncState | null>(null);
  const [connected, setConnected] = useState(false);
  useEffect(() => syncStateStore.follow(setState), []);
  useEffect(() => teamSyncStore.follow(({ connection }) => setConnected(!!connection)), []);
  if (!connected || !state?.lastError) return null;
  return (
    <p className="kefu-warning" role="status" data-testid="kefu-sync-problem" data-error={state.lastError}>
      {tr('sync.panelError', { reason: tr(`sync.error.${state.lastError}`) })}
    </p>
  );
}
