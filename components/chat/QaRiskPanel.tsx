import type { QaScoring } from '@/utils/content/qa-score';
import type { MessageKey } from '@/utils/i18n';
import { useTr } from '../use-tr';

/** The waiting buyer's risk (complaint, 12315, a review threat, money back, abuse) with the cue, and one click to a case. */
export function QaRiskPanel({ api }: { api: QaScoring }) {
  const tr = useTr();
  const risk = api.risk.value;
  if (!risk) return null;
  return (
    <p className="kefu-warning" data-testid="kefu-qa-risk" data-risk={risk.kind}>
      {tr('qa.panel.risk', { kind: tr(`qa.risk.${risk.kind}` as MessageKey), cue: risk.cue })}{' '}
      {api.caseOpened.value ? (
        <span data-testid="kefu-qa-case-opened">✔</span>
      ) : (
        <button type="button" className="kefu-btn primary" onClick={() => api.openCase()} data-testid="kefu-qa-open-case">
          {tr('qa.panel.openCase')}
        </button>
      )}
    </p>
  );
}
