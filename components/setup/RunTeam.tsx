import { useEffect, useState } from 'react';
import { loadLeadKey } from '@/utils/lead/lead-key-store';
import type { LeadTeam } from '@/utils/storage/team-membership';
import { t } from '@/utils/state/settings';
import { parseRosterText, rosterText } from '@/utils/team-config/roster';
import { keyIdOf, serializeSignedTeamConfig } from '@/utils/team-config/signing';
import { issueSignedConfig, rotateTeamKey, saveRoster, setupCodes } from '@/utils/lead/team-admin';
import { answerChallenge } from '@/utils/team-config/unlock-challenge';
import { downloadBlob } from '../download';

/** A running team: its list, the signed export, the setup codes, the key change and the agent-PC unlock. */
export function RunTeam({ team, keyId }: { team: LeadTeam; keyId: string }) {
  const tr = t.value;
  const [text, setText] = useState(rosterText(team.roster));
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const [codes, setCodes] = useState<Awaited<ReturnType<typeof setupCodes>> | null>(null);
  const [challenge, setChallenge] = useState('');
  const [answer, setAnswer] = useState('');
  useEffect(() => void setupCodes(team).then(setCodes), [team]);

  const save = async () => {
    const { roster, errors } = parseRosterText(text);
    if (errors.length) return setStatus({ ok: false, text: tr('setup.rosterErrors', { lines: errors.map((e) => `${e.line}: ${e.text}`).join('; ') }) });
    await saveRoster(roster);
    setStatus({ ok: true, text: tr('setup.rosterSaved', { count: roster.length }) });
  };
  const exportSigned = async () => {
    const signed = await issueSignedConfig();
    downloadBlob(new Blob([serializeSignedTeamConfig(signed)], { type: 'application/json' }), 'kefu-team.json');
    setStatus({ ok: true, text: tr('setup.exported', { serial: (JSON.parse(signed.payload) as { serial: number }).serial, key: await keyIdOf(signed.publicKey) }) });
  };
  const rotate = async () => {
    const next = await rotateTeamKey();
    setStatus({ ok: true, text: tr('setup.rotated', { key: await keyIdOf(next.publicKey) }) });
  };
  const answerAgent = async () => {
    const key = await loadLeadKey();
    if (key && challenge.trim()) setAnswer(await answerChallenge(key, team.teamId, challenge.trim()));
  };

  return (
    <>
      <section className="dash-rules-block" data-testid="setup-team" data-team-id={team.teamId} data-key-id={keyId}>
        <h3>{team.teamName}</h3>
        <p className="dash-muted">{tr('team.member', { team: team.teamId, key: keyId, serial: team.serial })}</p>
        <label className="dash-block-label">
          {tr('setup.roster')}
          <textarea rows={Math.min(20, Math.max(6, team.roster.length + 2))} value={text} onChange={(e) => setText(e.target.value)} data-testid="setup-roster" />
        </label>
        <button type="button" onClick={() => void save()} data-testid="setup-roster-save">
          {tr('setup.rosterSave')}
        </button>{' '}
        <button type="button" className="primary" onClick={() => void exportSigned()} data-testid="setup-export">
          {tr('setup.export')}
        </button>{' '}
        <button type="button" onClick={() => void rotate()} data-testid="setup-rotate">
          {tr('setup.rotate')}
        </button>
        {status && (
          <p role="status" className={status.ok ? 'dash-ok' : 'dash-bad'} data-testid="setup-status">
            {status.text}
          </p>
        )}
      </section>
      {codes && (
        <section className="dash-rules-block" data-testid="setup-codes">
          <h3>{tr('setup.codes')}</h3>
          <table className="dash-rule-table">
            <tbody>
              <tr>
                <td>{tr('setup.teamCode')}</td>
                <td>
                  <code data-testid="setup-code" data-staff-id="">
                    {codes.team}
                  </code>
                </td>
              </tr>
              {codes.people.map(({ entry, code }) => (
                <tr key={entry.staffId}>
                  <td>{`${entry.staffId} ${entry.name} · ${tr(`popup.role.${entry.role}`)}`}</td>
                  <td>
                    <code data-testid="setup-code" data-staff-id={entry.staffId}>
                      {code}
                    </code>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
      <section className="dash-rules-block" data-testid="setup-unlock">
        <h3>{tr('setup.unlockAgent')}</h3>
        <input value={challenge} onChange={(e) => setChallenge(e.target.value)} data-testid="setup-challenge" />{' '}
        <button type="button" onClick={() => void answerAgent()} data-testid="setup-answer">
          {tr('lead.unlock')}
        </button>
        {answer && (
          <p>
            {tr('setup.unlockCode', { code: '' })}
            <code data-testid="setup-answer-code">{answer}</code>
          </p>
        )}
      </section>
    </>
  );
}
