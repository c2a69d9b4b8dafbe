import { useEffect, useState } from 'react';
import { useSignals } from '@preact/signals-react/runtime';
import type { MessageKey } from '@/utils/i18n';
import { qaScorecardSchema, type QaScorecard } from '@/utils/model';
import { t } from '@/utils/state/settings';
import { qaScorecardStore } from '@/utils/storage/policy-items';
import { SaveBar, type SaveStatus } from './SaveBar';

const CUE_LISTS = ['greetingCues', 'apologyCues', 'closingCues', 'reviewCues'] as const;
const lines = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

/** A short box for a whole number (weights, the pass mark, minutes): what is typed is rounded. */
function WholeNumber({ value, min = 0, max, onChange, testId }: { value: number; min?: number; max?: number; onChange: (value: number) => void; testId: string }) {
  return <input type="number" min={min} max={max} style={{ width: '5em' }} value={value} onChange={(e) => onChange(Math.round(Number(e.target.value)))} data-testid={testId} />;
}

/** The QA scorecard in the Rules tab: each category's weight and whether it counts, the review invitation, the cue words. */
export function QaScorecardRules() {
  useSignals();
  const tr = t.value;
  const [card, setCard] = useState<QaScorecard | null>(null);
  const [cues, setCues] = useState<Record<(typeof CUE_LISTS)[number], string>>({ greetingCues: '', apologyCues: '', closingCues: '', reviewCues: '' });
  const [status, setStatus] = useState<SaveStatus>(null);
  useEffect(
    () =>
      void qaScorecardStore.load().then((c) => {
        setCard(c);
        setCues(Object.fromEntries(CUE_LISTS.map((k) => [k, c[k].join('\n')])) as typeof cues);
      }),
    [],
  );
  if (!card) return <p className="dash-muted">{tr('dash.loading')}</p>;
  const save = async () => {
    const parsed = qaScorecardSchema.safeParse({ ...card, ...Object.fromEntries(CUE_LISTS.map((k) => [k, lines(cues[k])])) });
    if (!parsed.success) return setStatus({ ok: false, text: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') });
    await qaScorecardStore.save(parsed.data);
    setCard(parsed.data);
    setStatus({ ok: true, text: tr('rules.saved') });
  };
  const setCategory = (id: string, change: Partial<QaScorecard['categories'][number]>) => setCard({ ...card, categories: card.categories.map((c) => (c.id === id ? { ...c, ...change } : c)) });
  return (
    <section className="dash-rules-block" data-testid="rules-qa">
      <h3>{tr('qa.rules.title')}</h3>
      <p className="dash-muted">{tr('qa.rules.hint')}</p>
      <table className="dash-rule-table">
        <thead>
          <tr>
            <th />
            <th>{tr('qa.rules.enabled')}</th>
            <th>{tr('qa.rules.weight')}</th>
          </tr>
        </thead>
        <tbody>
          {card.categories.map((c) => (
            <tr key={c.id} data-category={c.id}>
              <td>{tr(`qa.category.${c.id}` as MessageKey)}</td>
              <td>
                <input type="checkbox" checked={c.enabled} onChange={(e) => setCategory(c.id, { enabled: e.target.checked })} data-testid={`qa-enabled-${c.id}`} />
              </td>
              <td>
                <WholeNumber value={c.weight} max={100} onChange={(weight) => setCategory(c.id, { weight })} testId={`qa-weight-${c.id}`} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <label>
        <input type="checkbox" checked={card.reviewInvitation} onChange={(e) => setCard({ ...card, reviewInvitation: e.target.checked })} data-testid="qa-review-invitation" />{' '}
        {tr('qa.rules.reviewInvitation')}
      </label>
      <br />
      <label>
        {tr('qa.rules.passMark')} <WholeNumber value={card.passMark} max={100} onChange={(passMark) => setCard({ ...card, passMark })} testId="qa-pass-mark" />
      </label>{' '}
      <label>
        {tr('qa.rules.roundGap')} <WholeNumber value={card.roundGapMinutes} min={1} onChange={(roundGapMinutes) => setCard({ ...card, roundGapMinutes })} testId="qa-round-gap" />
      </label>
      <div className="dash-qa-cues">
        {CUE_LISTS.map((k) => (
          <label key={k}>
            {tr('qa.rules.cues', { name: tr(`qa.rules.cues.${k}` as MessageKey) })}
            <textarea rows={4} value={cues[k]} onChange={(e) => setCues({ ...cues, [k]: e.target.value })} data-testid={`qa-cues-${k}`} />
          </label>
        ))}
      </div>
      <SaveBar name="qa" status={status} onSave={() => void save()} />
    </section>
  );
}
