import { useEffect, useState } from 'react';
import { casePolicySchema, DEFAULT_CASE_POLICY, type CasePolicy } from '@/utils/model';
import { casePolicyStore } from '@/utils/storage';
import { t } from '@/utils/state/settings';

/** The lead's case rules: the shop's own categories (one per line) and the due times in hours. */
export function CasePolicyRules() {
  const tr = t.value;
  const [policy, setPolicy] = useState<CasePolicy>(DEFAULT_CASE_POLICY);
  const [categories, setCategories] = useState('');
  const [status, setStatus] = useState('');
  useEffect(() => void casePolicyStore.load().then((p) => (setPolicy(p), setCategories(p.categories.join('\n')))), []);
  const save = async () => {
    const parsed = casePolicySchema.safeParse({
      ...policy,
      categories: categories
        .split('\n')
        .map((c) => c.trim())
        .filter(Boolean),
    });
    if (!parsed.success) return setStatus(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
    await casePolicyStore.save(parsed.data);
    setStatus(tr('rules.saved'));
  };
  const hours = (key: 'resolveHours' | 'reviewResolveHours' | 'visitHours', label: string) => (
    <label>
      {label} <input type="number" min={1} value={policy[key]} onChange={(e) => setPolicy({ ...policy, [key]: Number(e.target.value) })} data-testid={`case-policy-${key}`} />
    </label>
  );
  return (
    <section className="dash-rules-block dash-case-policy" data-testid="case-policy">
      <h3>{tr('casePolicy.title')}</h3>
      <label>
        {tr('casePolicy.categories')}
        <textarea rows={3} value={categories} onChange={(e) => setCategories(e.target.value)} />
      </label>
      {hours('resolveHours', tr('casePolicy.resolveHours'))}
      {hours('reviewResolveHours', tr('casePolicy.reviewResolveHours'))}
      {hours('visitHours', tr('casePolicy.visitHours'))}
      <button type="button" onClick={() => void save()}>
        {tr('rules.save')}
      </button>{' '}
      <span>{status}</span>
    </section>
  );
}
