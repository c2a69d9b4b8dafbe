import { useState } from 'react';
import type { CasesApi } from '@/utils/content/cases';
import { t } from '@/utils/state/settings';
import { SecureField } from '../panel/SecureField';
import { Options } from '../Options';

const EVIDENCE = ['none', 'asked', 'received'] as const;

/** Category (the seed's four and the shop's own), what the buyer wants, evidence: one click to open. */
export function CaseOpenForm({ api, onDone }: { api: CasesApi; onDone: () => void }) {
  const tr = t.value;
  const [category, setCategory] = useState(api.suggestedCategory.value);
  const [wants, setWants] = useState('');
  const [evidence, setEvidence] = useState<(typeof EVIDENCE)[number]>('none');
  const open = (wanted = wants) => {
    if (api.openCase({ category, wants: wanted, evidence })) onDone();
  };
  return (
    <form
      className="kefu-case-form"
      data-testid="kefu-case-form"
      onSubmit={(e) => {
        e.preventDefault();
        open();
      }}
    >
      <label>
        {tr('case.category')}{' '}
        <select value={category} onChange={(e) => setCategory(e.target.value)} data-testid="kefu-case-category">
          <Options values={api.categories.value} />
        </select>
      </label>
      <label>
        {tr('case.wants')} <SecureField value={wants} maxLength={200} label={tr('case.wants')} onChange={setWants} onEnter={open} testId="kefu-case-wants" />
      </label>
      <label>
        {tr('case.evidence')}{' '}
        <select value={evidence} onChange={(e) => setEvidence(e.target.value as (typeof EVIDENCE)[number])} data-testid="kefu-case-evidence">
          <Options values={EVIDENCE} label={(v) => tr(`case.evidence.${v}`)} />
        </select>
      </label>
      <button type="submit" className="kefu-btn primary" data-testid="kefu-case-submit">
        {tr('case.open')}
      </button>
    </form>
  );
}
