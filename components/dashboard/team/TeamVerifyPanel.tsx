import { useState } from 'react';
import type { MessageKey } from '@/utils/i18n';
import { keyFingerprint } from '@/utils/log/signing';
import { t } from '@/utils/state/settings';
import { deviceKeysStore } from '@/utils/storage';
import type { TeamSource } from '@/utils/team-log/client';
import type { TeamDeviceReport, TeamIssue } from '@/utils/team-log/verify';
import { runTeamVerification, teamVerification } from './team-verification';
import { useTr } from '../../use-tr';

/** One problem in words (the row's device and sequence are shown beside it). */
function issueText(tr: typeof t.value, issue: TeamIssue): string {
  switch (issue.problem) {
    case 'conflict':
      return tr('verify.problem.conflict', { versions: issue.versions });
    case 'gap':
      return tr('verify.problem.gap', { expectedSeq: issue.expectedSeq, before: issue.seq - 1 });
    case 'wrong-user':
      return tr('verify.problem.wrong-user', { users: issue.users.join(', ') });
    case 'unsigned':
      return tr('verify.problem.unsigned', { count: issue.count });
    default:
      return tr(`verify.problem.${issue.problem}` as MessageKey);
  }
}

/**
 * The team log checked as it is read: each device's chain and signed checkpoints against the keys registered in the
 * team policy, conflicting versions, and who inserted what (where the server stamps it). Rows it cannot vouch for are
 * listed here and left out of the KPIs.
 */
export function TeamVerifyPanel({ source }: { source: TeamSource }) {
  const tr = useTr();
  const status = teamVerification.value;
  const [registering, setRegistering] = useState('');
  const register = async (device: TeamDeviceReport) => {
    if (!device.candidateKey) return;
    setRegistering(device.deviceId);
    const keys = await deviceKeysStore.load();
    await deviceKeysStore.save([
      ...keys.filter((k) => k.deviceId !== device.deviceId),
      {
        deviceId: device.deviceId,
        publicKey: device.candidateKey,
        ...(device.staffId ? { staffId: device.staffId.slice(0, 40) } : {}),
        ...(device.candidateUser ? { agentUser: device.candidateUser } : {}),
        registeredAt: Date.now(),
      },
    ]);
    setRegistering('');
    await runTeamVerification(source);
  };
  const result = status.state === 'done' ? status.result : undefined;
  const problems = result?.issues.filter((i) => i.problem !== 'unsigned') ?? [];
  const problemCount = result ? result.issueCount - (result.issues.length - problems.length) : 0;
  const pending = result?.issues.filter((i) => i.problem === 'unsigned').reduce((n, i) => n + (i.problem === 'unsigned' ? i.count : 0), 0) ?? 0;
  return (
    <div className="dash-rules-block" data-testid="team-chain">
      <div className="dash-toolbar">
        <button type="button" onClick={() => void runTeamVerification(source)} disabled={status.state === 'running'} data-testid="team-verify">
          {tr('verify.run')}
        </button>
        <span role="status" data-testid="team-verify-status" data-issues={result ? problemCount : ''} data-excluded={result ? result.rows - result.trustedRows : ''}>
          {status.state === 'running' && tr('verify.running', { rows: status.rows })}
          {result &&
            `${tr('verify.summary', { devices: result.devices.length, rows: result.rows, trusted: result.trustedRows, excluded: result.rows - result.trustedRows })} · ${problemCount === 0 ? tr('verify.clean') : tr('verify.problems', { count: problemCount })}`}
          {status.state === 'error' && tr('dash.error', { message: status.message })}
        </span>
      </div>
      {result && pending > 0 && (
        <p className="dash-muted" data-testid="team-verify-pending">
          {tr('verify.pending', { count: pending })}
        </p>
      )}
      {result && result.devices.length > 0 && (
        <table className="dash-rule-table" data-testid="team-devices">
          <thead>
            <tr>
              {(['verify.col.device', 'verify.col.agent', 'verify.col.status', 'verify.col.rows', 'verify.col.trusted', 'verify.col.key'] as const).map((k) => (
                <th key={k}>{tr(k)}</th>
              ))}
              <th />
            </tr>
          </thead>
          <tbody>
            {result.devices.map((d) => (
              <tr key={d.deviceId} data-testid="team-device" data-device={d.deviceId} data-status={d.status}>
                <td>
                  <code>{d.deviceId.slice(0, 8)}</code>
                </td>
                <td>{d.staffId ?? '—'}</td>
                <td>
                  {d.status === 'signed' ? tr('verify.status.signed', { seq: d.signedSeq }) : tr(`verify.status.${d.status}`)}
                  {d.foreignCheckpoints > 0 && <div className="dash-bad">{tr('verify.foreign', { count: d.foreignCheckpoints })}</div>}
                </td>
                <td>{d.rows}</td>
                <td>{d.trustedRows}</td>
                <td>
                  <code>{d.candidateKey ? keyFingerprint(d.candidateKey) : (d.fingerprint ?? '—')}</code>
                </td>
                <td>
                  {d.candidateKey && (
                    <button type="button" title={tr('verify.registerHint')} disabled={registering === d.deviceId} onClick={() => void register(d)} data-testid="team-register">
                      {tr('verify.register')}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {problems.length > 0 && (
        <ul className="dash-bad" data-testid="team-issues">
          {problems.slice(0, 50).map((issue) => (
            <li key={`${issue.deviceId}|${issue.seq}|${issue.problem}`} data-problem={issue.problem}>{`${issue.deviceId.slice(0, 8)} #${issue.seq}: ${issueText(tr, issue)}`}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
