import { useEffect, useState } from 'react';
import { leadLockStore, leadUnlocked } from '@/utils/lead/lead-lock';
import { leadTeamStore, type LeadTeam } from '@/utils/storage/team-membership';
import { keyIdOf } from '@/utils/team-config/signing';
import { LeadGate } from '../dashboard/LeadGate';
import { CreateTeam } from './CreateTeam';
import { RunTeam } from './RunTeam';
import { useTr } from '../use-tr';

/**
 * The lead's setup page: make the team (signing key, secret, list), export the signed team file, hand out the setup
 * codes, change the key, answer an agent PC's unlock challenge. A browser whose own PIN is set opens it after unlock.
 */
export function TeamSetup() {
  const tr = useTr();
  const [team, setTeam] = useState<LeadTeam | null | undefined>(undefined);
  const [hasPin, setHasPin] = useState<boolean | null>(null);
  const [keyId, setKeyId] = useState('');
  useEffect(() => leadTeamStore.follow(setTeam), []);
  useEffect(() => leadLockStore.follow(({ pin }) => setHasPin(!!pin)), []);
  useEffect(() => void (team ? keyIdOf(team.publicKey).then(setKeyId) : setKeyId('')), [team?.publicKey]); // eslint-disable-line react-hooks/exhaustive-deps -- keyed by the public key alone: a re-read team with the same key needs no new hash
  if (team === undefined || hasPin === null) return <p className="dash-muted">{tr('dash.loading')}</p>;
  return (
    <div className="dash" data-testid="team-setup">
      <header className="dash-header">
        <h1>{tr('setup.title')}</h1>
        <LeadGate />
      </header>
      {hasPin && !leadUnlocked.value ? null : team ? <RunTeam team={team} keyId={keyId} /> : <CreateTeam />}
    </div>
  );
}
