import { useState } from 'react';
import type { CasesApi } from '@/utils/content/cases';
import { t } from '@/utils/state/settings';

const EVIDENCE = ['none', 'asked', 'received'] as const;

/** Category (the seed's four and the shop's own), what the buyer wants, evidence: one click to open. */
export function CaseOpenForm({ api, onDone }: { api: CasesApi; onDone: () => void }) {
  const tr = t.value;
  const [category, setCategory] = useState(api.suggestedCategory.value);
  const [wants, setWants] = useState('');
  const [evidence, setEvidence] = useState<(typeof EVIDENCE)[number]>('none');
  return (
    <form
      className="kefu-case-form"
      data-testid="kefu-case-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (api.openCase({ category, wants, evidence })) onDone();
      }}
    >
      <label>
        {tr('case.category')}{' '}
        <select value={category} onChange={(e) => setCategory(e.target.value)} data-testid="kefu-case-category">
          {api.categories.value.map((c) => (
            <option key={c} value={c}>
              {c}
            </option>
          ))}
        </select>
      </label>
      <label>
        {tr('case.wants')} <input value={wants} maxLength={200} onChange={(e) => setWants(e.target.value)} data-testid="kefu-case-wants" />
      </label>
      <label>
        {tr('case.evidence')}{' '}
        <select value={evidence} onChange={(e) => setEvidence(e.target.value as (typeof EVIDENCE)[number])} data-testid="kefu-case-evidence">
          {EVIDENCE.map((v) => (
            <option key={v} value={v}>
              {tr(`case.evidence.${v}`)}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" className="kefu-btn primary" data-testid="kefu-case-submit">
        {tr('case.open')}
      </button>
    </form>
  );
}
