import { useEffect, useState } from 'react';
import { sendMessage } from '@/utils/messaging';
import { syncStateStore, teamSyncStore, type SyncState } from '@/utils/storage';
import { t } from '@/utils/state/settings';
import type { SyncConnection } from '@/utils/team-sync/connection';
import { askForServer } from '../team-sync/ask-for-server';
import { SyncStateLine } from './SyncStateLine';

/** The agent's one step for the team log: paste the lead's code; the extension asks for that server and tests it. */
export function TeamSyncSettings() {
  const tr = t.value;
  const [connection, setConnection] = useState<SyncConnection | null | undefined>(undefined);
  const [state, setState] = useState<SyncState | null>(null);
  const [code, setCode] = useState('');
  const [message, setMessage] = useState('');
  useEffect(() => teamSyncStore.follow(({ connection: c }) => setConnection(c)), []);
  useEffect(() => syncStateStore.follow(setState), []);
  if (connection === undefined) return null;

  const connect = async () => {
    const decoded = await askForServer(code);
    if (!decoded.ok) return setMessage(tr(decoded.error as never));
    setMessage(tr('sync.testing'));
    const result: { ok: boolean; error?: string; detail?: string; version?: string } = await sendMessage('sync:test', { code }).catch((e: Error) => ({
      ok: false,
      error: 'server-error',
      detail: e.message,
    }));
    if (!result.ok) return setMessage(`${tr(`sync.error.${result.error ?? 'server-error'}` as never)}${result.detail ? ` (${result.detail.slice(0, 120)})` : ''}`);
    await teamSyncStore.save({ connection: decoded.connection });
    setCode('');
    setMessage(tr('sync.connected', { version: result.version ?? '' }));
  };

  return (
    <section className="popup-sync" data-testid="popup-sync">
      <h2>{tr('sync.title')}</h2>
      {connection ? (
        <>
          <p>{tr('sync.server', { url: new URL(connection.url).host, user: connection.user })}</p>
          {state && <SyncStateLine state={state} />}
          <button type="button" onClick={() => void sendMessage('sync:now', {})} data-testid="sync-now">
            {tr('sync.now')}
          </button>{' '}
          <button type="button" className="link" onClick={() => void teamSyncStore.save({ connection: null })}>
            {tr('sync.disconnect')}
          </button>
        </>
      ) : (
        <>
          <p className="popup-status">{tr('sync.local')}</p>
          <textarea rows={2} value={code} onChange={(e) => setCode(e.target.value)} placeholder="kefu-sync:…" translate="no" aria-label={tr('sync.code')} data-testid="sync-code" />
          <button type="button" onClick={() => void connect()} data-testid="sync-connect">
            {tr('sync.connect')}
          </button>
        </>
      )}
      {message && (
        <p className="popup-status" role="status" data-testid="sync-message">
          {message}
        </p>
      )}
    </section>
  );
}
