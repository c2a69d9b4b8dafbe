import { useState } from 'react';
import type { ChainIssue } from '@/utils/log/hash-chain';
import { t } from '@/utils/state/settings';
import { createChainCheck } from '@/utils/log/hash-chain';
import { teamChunks, type TeamSource } from '@/utils/team-log/client';

type Status = { state: 'idle' } | { state: 'running'; rows: number } | { state: 'done'; rows: number; devices: number; issues: ChainIssue[] } | { state: 'error'; message: string };

/** Each device's chain on the server, read in chain order a chunk at a time (the whole team log, not the filtered view). */
export function TeamChainCheck({ source }: { source: TeamSource }) {
  const tr = t.value;
  const [status, setStatus] = useState<Status>({ state: 'idle' });
  const run = async () => {
    const check = createChainCheck();
    setStatus({ state: 'running', rows: 0 });
    try {
      for await (const chunk of teamChunks(source, {}, 5000)) {
        check.add(chunk.rows);
        setStatus({ state: 'running', rows: check.result().rows });
      }
      setStatus({ state: 'done', ...check.result() });
    } catch (error) {
      setStatus({ state: 'error', message: (error as Error).message });
    }
  };
  return (
    <div className="dash-toolbar" data-testid="team-chain">
      <button type="button" onClick={() => void run()} disabled={status.state === 'running'} data-testid="team-verify">{tr('team.verify')}</button>
      <span role="status" data-testid="team-verify-status" data-issues={status.state === 'done' ? status.issues.length : ''}>
        {status.state === 'running' && tr('team.verifying', { rows: status.rows })}
        {status.state === 'done' && (status.issues.length === 0 ? tr('team.verified', { devices: status.devices, rows: status.rows }) : tr('team.verifyIssues', { devices: status.devices, rows: status.rows, count: status.issues.length }))}
        {status.state === 'error' && tr('dash.error', { message: status.message })}
      </span>
      {status.state === 'done' && status.issues.length > 0 && (
        <ul className="dash-bad">
          {status.issues.slice(0, 20).map((issue) => <li key={`${issue.deviceId}|${issue.seq}|${issue.problem}`}>{`${issue.deviceId.slice(0, 8)} #${issue.seq}: ${issue.problem}`}</li>)}
        </ul>
      )}
    </div>
  );
}
