import { useState } from 'react';
import { membership } from '@/utils/state/team';
import { joinTeam } from '@/utils/team-config/join';
import { keyIdOf } from '@/utils/team-config/signing';
import { useTr } from '../use-tr';

/** A solo browser's one step into a team: the lead's setup code pins the lead's key (once; leaving needs the lead). */
export function TeamJoin() {
  const tr = useTr();
  const [code, setCode] = useState('');
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  if (membership.value !== null) return null;
  const join = async () => {
    const result = await joinTeam(code);
    if (!result.ok) return setMessage({ ok: false, text: tr(`team.join.${result.reason}`) });
    setCode('');
    setMessage({ ok: true, text: tr('team.joined', { key: await keyIdOf(result.membership.publicKey) }) });
  };
  return (
    <form className="popup popup-join" onSubmit={(e) => (e.preventDefault(), void join())} data-testid="team-join">
      <fieldset>
        <legend>{tr('team.joinTitle')}</legend>
        <span className="popup-muted">{tr('team.joinExplain')}</span>
        <label>
          <span>{tr('team.joinCode')}</span>
          <input name="setupCode" value={code} onChange={(e) => setCode(e.target.value)} autoComplete="off" data-testid="team-join-code" />
        </label>
        <button type="submit" data-testid="team-join-submit">
          {tr('team.join')}
        </button>
        {message && (
          <p className="popup-status" data-status={message.ok ? 'saved' : 'invalid'} data-testid="team-join-status">
            {message.text}
          </p>
        )}
      </fieldset>
    </form>
  );
}
