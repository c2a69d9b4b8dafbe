import { useState } from 'react';
import { t } from '@/utils/state/settings';
import { parseRosterText } from '@/utils/team-config/roster';
import { createTeam, MIN_TEAM_SECRET_LENGTH } from '@/utils/lead/team-admin';

/** The lead's first step: a team name, the unlock secret and the list; makes the signing key. */
export function CreateTeam() {
  const tr = t.value;
  const [name, setName] = useState('');
  const [secret, setSecret] = useState('');
  const [rosterText, setRosterText] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const create = async () => {
    const { roster, errors } = parseRosterText(rosterText);
    if (errors.length) return setProblem(tr('setup.rosterErrors', { lines: errors.map((e) => `${e.line}: ${e.text}`).join('; ') }));
    if (!name.trim()) return setProblem(tr('setup.teamName'));
    if (secret.length < MIN_TEAM_SECRET_LENGTH) return setProblem(tr('setup.secret'));
    try {
      await createTeam(name.trim(), secret, roster);
      setProblem(null);
    } catch (error) {
      setProblem((error as Error).message);
    }
  };
  return (
    <form className="dash-rules-block" onSubmit={(e) => (e.preventDefault(), void create())} data-testid="setup-create">
      <h3>{tr('setup.create')}</h3>
      <label className="dash-block-label">
        {tr('setup.teamName')} <input value={name} onChange={(e) => setName(e.target.value)} data-testid="setup-team-name" />
      </label>
      <label className="dash-block-label">
        {tr('setup.secret')} <input type="password" autoComplete="new-password" value={secret} onChange={(e) => setSecret(e.target.value)} data-testid="setup-secret" />
      </label>
      <label className="dash-block-label">
        {tr('setup.roster')}
        <textarea rows={8} value={rosterText} onChange={(e) => setRosterText(e.target.value)} placeholder={'1024, 王小明, 客服\n1025, 李娜, 试用期'} data-testid="setup-roster" />
      </label>
      <button type="submit" className="primary" data-testid="setup-create-submit">
        {tr('setup.create')}
      </button>
      {problem && (
        <p className="dash-bad" role="alert">
          {problem}
        </p>
      )}
    </form>
  );
}
