import { useEffect, useState } from 'react';
import { teamReadStore } from '@/utils/storage';
import type { TeamSource } from '@/utils/team-log/client';
import { serverVersion, type SyncError } from '@/utils/team-sync/push';

export type TeamSourceState = { state: 'none' } | { state: 'connecting' } | { state: 'ready'; source: TeamSource } | { state: 'error'; error: SyncError; detail: string };

/** The lead's read-only connection, once its server's version is known (it decides how values are bound). */
export function useTeamSource(reloads = 0): TeamSourceState {
  const [state, setState] = useState<TeamSourceState>({ state: 'none' });
  useEffect(
    () =>
      teamReadStore.follow(({ connection }) => {
        if (!connection) return setState({ state: 'none' });
        setState({ state: 'connecting' });
        void serverVersion(connection).then((result) =>
          setState(result.ok ? { state: 'ready', source: { connection, version: result.version } } : { state: 'error', error: result.error, detail: result.detail }),
        );
      }),
    [reloads],
  );
  return state;
}
