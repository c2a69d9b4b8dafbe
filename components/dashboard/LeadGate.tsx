import { useSignals } from '@preact/signals-react/runtime';
import { useEffect, useState } from 'react';
import { leadLockStore, leadUnlocked, setLeadPin, unlockWithPin } from '@/utils/lead/lead-lock';
import { MIN_PIN_LENGTH } from '@/utils/lead/pin';
import { settings, t } from '@/utils/state/settings';

/**
 * Rules and everyone's rows are the lead's: the dashboard opens read-only (and an agent's or trainee's shows only
 * their own rows) until the lead PIN unlocks it. The first lead sets the PIN here; it is kept as a salted hash.
 */
export function LeadGate() {
  useSignals();
  const tr = t.value;
  const [hasPin, setHasPin] = useState<boolean | null>(null);
  const [pin, setPin] = useState('');
  const [wrong, setWrong] = useState(false);
  useEffect(() => leadLockStore.follow(({ pin: stored }) => setHasPin(!!stored)), []);
  if (hasPin === null) return null;
  if (leadUnlocked.value) {
    return (
      <span className="dash-lead" data-testid="lead-gate" data-state="unlocked">
        {tr('lead.unlocked')}{' '}
        <button type="button" onClick={() => (leadUnlocked.value = false)}>{tr('lead.lock')}</button>
      </span>
    );
  }
  const isLead = settings.value.agent?.role === 'lead';
  if (!hasPin && !isLead) return <span className="dash-lead dash-muted" data-testid="lead-gate" data-state="no-pin">{tr('lead.noLead')}</span>;
  const submit = async () => {
    const ok = hasPin ? await unlockWithPin(pin) : pin.length >= MIN_PIN_LENGTH && (await setLeadPin(pin));
    setWrong(!ok);
    if (ok) setPin('');
  };
  return (
    <form className="dash-lead" data-testid="lead-gate" data-state={hasPin ? 'locked' : 'no-pin'} onSubmit={(e) => (e.preventDefault(), void submit())}>
      <span className="dash-muted">{tr(hasPin ? 'lead.readOnly' : 'lead.setFirst')}</span>{' '}
      <input type="password" inputMode="numeric" autoComplete="off" value={pin} minLength={MIN_PIN_LENGTH} onChange={(e) => setPin(e.target.value)} placeholder={tr('lead.pin')} aria-label={tr('lead.pin')} data-testid="lead-pin" />{' '}
      <button type="submit" data-testid="lead-unlock">{tr(hasPin ? 'lead.unlock' : 'lead.setPin')}</button>
      {wrong && <em className="dash-bad" role="alert">{tr(hasPin ? 'lead.wrongPin' : 'lead.pinTooShort')}</em>}
    </form>
  );
}
