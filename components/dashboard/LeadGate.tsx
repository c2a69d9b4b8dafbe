import { useEffect, useMemo, useState } from 'react';
import { leadLockStore, leadUnlocked, setLeadPin, unlock, unlockWithLeadKey, type UnlockResult } from '@/utils/lead/lead-lock';
import { MIN_PIN_LENGTH } from '@/utils/lead/pin';
import { membership } from '@/utils/state/team';
import { newChallenge } from '@/utils/team-config/unlock-challenge';
import { useTr } from '../use-tr';

/**
 * Rules and everyone's rows are the lead's: the dashboard opens read-only (and an agent's or trainee's shows only
 * their own rows) until the lead unlocks it. In a browser that joined a team the lead unlocks with the team secret
 * from the signed config or with an answer signed by the lead's key; no one can set a PIN of their own there. A solo
 * browser (no team, no team roles) sets its own PIN, 8 characters or more. Wrong tries are limited (attempts.ts).
 */
export function LeadGate() {
  const tr = useTr();
  const [hasPin, setHasPin] = useState<boolean | null>(null);
  const [pin, setPin] = useState('');
  const [answer, setAnswer] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const challenge = useMemo(() => newChallenge(), []);
  useEffect(() => leadLockStore.follow(({ pin: stored }) => setHasPin(!!stored)), []);
  const team = membership.value;
  if (hasPin === null || team === undefined) return null;
  if (leadUnlocked.value) {
    return (
      <span className="dash-lead" data-testid="lead-gate" data-state="unlocked">
        {tr('lead.unlocked')}{' '}
        <button type="button" onClick={() => (leadUnlocked.value = false)}>
          {tr('lead.lock')}
        </button>
      </span>
    );
  }
  const says = (result: UnlockResult) => {
    if (result.ok) return null;
    if (result.reason === 'wait') return tr('lead.lockedOut', { minutes: Math.ceil(result.waitMs / 60_000) });
    if (result.reason === 'wrong') return tr('lead.attemptsLeft', { left: result.triesLeft });
    return tr('lead.noLocalPin');
  };
  const inTeam = !!team;
  const canUnlockWithPin = inTeam ? !!team.leadUnlock : hasPin;
  const submit = async () => {
    if (!canUnlockWithPin) {
      const ok = pin.length >= MIN_PIN_LENGTH && (await setLeadPin(pin));
      setProblem(ok ? null : tr(inTeam ? 'lead.noLocalPin' : 'lead.pinTooShort'));
    } else setProblem(says(await unlock(pin)));
    setPin('');
  };
  const submitAnswer = async () => {
    const ok = await unlockWithLeadKey(challenge, answer);
    setProblem(ok ? null : tr('lead.wrongPin'));
    setAnswer('');
  };
  return (
    <div className="dash-lead" data-testid="lead-gate" data-state={canUnlockWithPin || inTeam ? 'locked' : 'no-pin'} data-team={inTeam}>
      {(canUnlockWithPin || !inTeam) && (
        <form onSubmit={(e) => (e.preventDefault(), void submit())}>
          <span className="dash-muted">{tr(inTeam ? 'lead.teamSecret' : hasPin ? 'lead.readOnly' : 'lead.setFirst')}</span>{' '}
          <input type="password" autoComplete="off" value={pin} onChange={(e) => setPin(e.target.value)} placeholder={tr('lead.pin')} aria-label={tr('lead.pin')} data-testid="lead-pin" />{' '}
          <button type="submit" data-testid="lead-unlock">
            {tr(canUnlockWithPin ? 'lead.unlock' : 'lead.setPin')}
          </button>
        </form>
      )}
      {inTeam && (
        <form onSubmit={(e) => (e.preventDefault(), void submitAnswer())}>
          <span className="dash-muted" data-testid="lead-challenge" data-challenge={challenge}>
            {tr('lead.challenge', { challenge })}
          </span>{' '}
          <input autoComplete="off" value={answer} onChange={(e) => setAnswer(e.target.value)} placeholder={tr('lead.response')} aria-label={tr('lead.response')} data-testid="lead-answer" />{' '}
          <button type="submit" data-testid="lead-answer-submit">
            {tr('lead.unlock')}
          </button>
        </form>
      )}
      {problem && (
        <em className="dash-bad" role="alert">
          {problem}
        </em>
      )}
    </div>
  );
}
