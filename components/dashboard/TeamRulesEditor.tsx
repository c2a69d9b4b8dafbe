import { useEffect, useState } from 'react';
import { teamRulesSchema, type TeamRules } from '@/utils/model';
import { PROFILES } from '@/utils/sites';
import { settings } from '@/utils/state/settings';
import { teamRulesStore } from '@/utils/storage';
import { SaveBar, type SaveStatus } from './SaveBar';
import { managedPolicy } from '@/utils/state/team';
import { ManagedLock } from './ManagedLock';
import { TableHead } from './TableHead';
import { useTr } from '../use-tr';

type Minutes = Record<string, { warn: string; late: string }>;
const minutes = (sec: number) => String(Math.round((sec / 60) * 10) / 10);

/** The lead's waiting-timer thresholds per marketplace (in minutes; empty = the platform's own) and service hours. */
export function TeamRulesEditor() {
  const tr = useTr();
  const hoursLocked = !!managedPolicy.value.teamRules?.workingHours;
  const lang = settings.value.uiLanguage;
  const [rules, setRules] = useState<TeamRules | null>(null);
  const [draft, setDraft] = useState<Minutes>({});
  const [status, setStatus] = useState<SaveStatus>(null);
  useEffect(
    () =>
      void teamRulesStore.load().then((r) => {
        setRules(r);
        setDraft(Object.fromEntries(Object.entries(r.waitThresholds).map(([site, w]) => [site, { warn: minutes(w.warnSec), late: minutes(w.lateSec) }])));
      }),
    [],
  );
  if (!rules) return <p className="dash-muted">{tr('dash.loading')}</p>;
  const save = async () => {
    const waitThresholds = Object.fromEntries(
      Object.entries(draft)
        .filter(([, v]) => v.warn.trim() && v.late.trim())
        .map(([site, v]) => [site, { warnSec: Math.round(Number(v.warn) * 60), lateSec: Math.round(Number(v.late) * 60) }]),
    );
    const parsed = teamRulesSchema.safeParse({ ...rules, waitThresholds });
    const bad = Object.values(waitThresholds).some((w) => w.lateSec <= w.warnSec);
    if (!parsed.success || bad) return setStatus({ ok: false, text: bad ? tr('teamRules.lateAfterWarn') : parsed.error!.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') });
    await teamRulesStore.save(parsed.data);
    setRules(parsed.data);
    setStatus({ ok: true, text: tr('rules.saved') });
  };
  const hours = rules.workingHours;
  const hourInput = (end: 'from' | 'to', min: number, max: number) => (
    <input
      type="number"
      min={min}
      max={max}
      value={hours[end]}
      disabled={hoursLocked}
      onChange={(e) => setRules({ ...rules, workingHours: { ...hours, [end]: Number(e.target.value) } })}
      data-testid={`hours-${end}`}
      style={{ width: '4em' }}
    />
  );
  return (
    <section className="dash-rules-block" data-testid="rules-team">
      <h3>{tr('teamRules.title')}</h3>
      <table className="dash-rule-table">
        <TableHead titles={['', tr('teamRules.warn'), tr('teamRules.late')]} />
        <tbody>
          {PROFILES.map((p) => (
            <tr key={p.id} data-site={p.id}>
              <td>{p.name[lang]}</td>
              {(['warn', 'late'] as const).map((k) => (
                <td key={k}>
                  <input
                    type="number"
                    min={0.2}
                    step={0.1}
                    style={{ width: '6em' }}
                    value={draft[p.id]?.[k] ?? ''}
                    placeholder={minutes(k === 'warn' ? p.waitThreshold.warnSec : p.waitThreshold.lateSec)}
                    onChange={(e) => setDraft({ ...draft, [p.id]: { warn: draft[p.id]?.warn ?? '', late: draft[p.id]?.late ?? '', [k]: e.target.value } })}
                    data-testid={`threshold-${p.id}-${k}`}
                    aria-label={`${p.name[lang]} ${tr(k === 'warn' ? 'teamRules.warn' : 'teamRules.late')}`}
                  />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <p className="dash-muted">{tr('teamRules.hint')}</p>
      <label>
        {tr('teamRules.hours')} {hourInput('from', 0, 23)} – {hourInput('to', 1, 24)}
        {hoursLocked && (
          <>
            {' '}
            <ManagedLock name="teamRules.workingHours" />
          </>
        )}
      </label>
      <SaveBar name="team" status={status} onSave={() => void save()} />
    </section>
  );
}
