import { useState } from 'react';
import { teamReadStore } from '@/utils/storage';
import { t } from '@/utils/state/settings';
import { askForServer } from '../../team-sync/ask-for-server';
import { serverVersion } from '@/utils/team-sync/push';
import type { TeamSourceState } from './use-team-source';

/** The lead pastes the read-only code once; the dashboard can then read the whole team's log from the server. */
export function TeamReadSetup({ team }: { team: TeamSourceState }) {
  const tr = t.value;
  const [code, setCode] = useState('');
  const [message, setMessage] = useState('');
  const connect = async () => {
    const decoded = await askForServer(code);
    if (!decoded.ok) return setMessage(tr(decoded.error as never));
    setMessage(tr('sync.testing'));
    const version = await serverVersion(decoded.connection);
    if (!version.ok) return setMessage(`${tr(`sync.error.${version.error}`)} (${version.detail.slice(0, 120)})`);
    await teamReadStore.save({ connection: decoded.connection });
    setCode('');
    setMessage('');
  };
  return (
    <section className="dash-rules-block" data-testid="team-read">
      <h2>{tr('teamRead.title')}</h2>
      {team.state === 'ready' ? (
        <p>
          {tr('teamRead.connected', { version: team.source.version.join('.'), user: team.source.connection.user })}{' '}
          <button type="button" onClick={() => void teamReadStore.save({ connection: null })}>
            {tr('teamRead.disconnect')}
          </button>
        </p>
      ) : (
        <>
          <p className="dash-muted">{tr('teamRead.hint')}</p>
          {team.state === 'error' && (
            <p className="dash-bad" role="alert">
              {tr(`sync.error.${team.error}`)}
            </p>
          )}
          <textarea rows={2} value={code} onChange={(e) => setCode(e.target.value)} placeholder="kefu-sync:…" translate="no" data-testid="team-read-code" />
          <button type="button" className="primary" onClick={() => void connect()} data-testid="team-read-connect">
            {tr('teamRead.save')}
          </button>
        </>
      )}
      {message && (
        <p className="dash-muted" role="status" data-testid="team-read-message">
          {message}
        </p>
      )}
    </section>
  );
}
