import { useEffect, useState } from 'react';
import type { Membership } from '@/utils/storage/team-membership';
import { settings } from '@/utils/state/settings';
import { chooseStaffId } from '@/utils/team-config/join';
import { keyIdOf } from '@/utils/team-config/signing';
import { useTr } from '../use-tr';

/**
 * Who this agent is in the team, as the lead's signed list says: name, 工号 and role are shown, not edited. The one
 * choice left to the agent is their 工号 on a team-wide code, once.
 */
export function TeamIdentity({ team }: { team: Membership }) {
  const tr = useTr();
  const [keyId, setKeyId] = useState('');
  const [pick, setPick] = useState('');
  useEffect(() => void keyIdOf(team.publicKey).then(setKeyId), [team.publicKey]);
  const agent = settings.value.agent;
  const listed = !!team.staffId && team.roster.some((r) => r.staffId === team.staffId);
  return (
    <div className="popup-team" data-testid="team-identity" data-serial={team.serial}>
      <p className="popup-muted" data-testid="team-line">
        {team.serial > 0 ? tr('team.member', { team: team.teamName, key: keyId, serial: team.serial }) : tr('team.memberWaiting', { key: keyId })}
      </p>
      {team.joinedVia === 'managed' && (
        <p className="popup-muted" data-testid="team-managed">
          🔒 {tr('team.managed')}
        </p>
      )}
      {agent && (
        <dl className="popup-facts">
          <dt>{tr('popup.name')}</dt>
          <dd data-testid="team-name">{agent.name}</dd>
          <dt>{tr('popup.staffId')}</dt>
          <dd data-testid="team-staff-id">{agent.staffId}</dd>
          <dt>{tr('team.role')}</dt>
          <dd data-testid="popup-role" data-role={agent.role}>
            {tr(`popup.role.${agent.role}`)}
          </dd>
        </dl>
      )}
      {team.staffId && team.serial > 0 && !listed && <p className="field-error">{tr('team.notOnRoster', { staffId: team.staffId })}</p>}
      {!team.staffId && team.roster.length > 0 && (
        <label>
          <span>{tr('team.chooseStaffId')}</span>
          <select value={pick} onChange={(e) => setPick(e.target.value)} data-testid="team-choose-staff">
            <option value="" />
            {team.roster
              .filter((r) => r.role !== 'lead')
              .map((r) => (
                <option key={r.staffId} value={r.staffId}>{`${r.staffId} ${r.name}`}</option>
              ))}
          </select>
          <button type="button" disabled={!pick} onClick={() => void chooseStaffId(pick)} data-testid="team-choose-submit">
            {tr('team.choose')}
          </button>
        </label>
      )}
      <p className="popup-muted">{tr('team.roleLocked')}</p>
    </div>
  );
}
