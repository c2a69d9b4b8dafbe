import { useState } from 'react';
import type { CasesApi } from '@/utils/content/cases';
import { settings } from '@/utils/state/settings';
import { CaseItem } from './CaseItem';
import { CaseOpenForm } from './CaseOpenForm';
import { useTr } from '../use-tr';

/** The buyer's open complaint / after-sales cases with their next due time, and the offer to open one. */
export function CasePanel({ api }: { api: CasesApi }) {
  const tr = useTr();
  const [opening, setOpening] = useState(false);
  const open = api.open.value;
  const offer = api.offer.value;
  const hasAgent = !!settings.value.agent?.staffId;
  return (
    <section className="kefu-cases" data-testid="kefu-cases">
      {(open.length > 0 || offer || opening) && <h3 className="kefu-section-title">{tr('case.title')}</h3>}
      {offer && !opening && (
        <p className="kefu-warning" data-testid="kefu-case-offer" data-cue={offer}>
          {tr(`case.offer.${offer}`)}{' '}
          <button type="button" className="kefu-btn primary" onClick={() => setOpening(true)}>
            {tr('case.open')}
          </button>
        </p>
      )}
      {opening && (hasAgent ? <CaseOpenForm api={api} onDone={() => setOpening(false)} /> : <p className="kefu-warning">{tr('case.needsAgent')}</p>)}
      {open.map((c) => (
        <CaseItem key={c.id} item={c} api={api} now={api.now.value} />
      ))}
      {!offer && !opening && open.length === 0 && (
        <button type="button" className="kefu-link" data-testid="kefu-case-new" onClick={() => setOpening(true)}>
          {tr('case.openOne')}
        </button>
      )}
    </section>
  );
}
