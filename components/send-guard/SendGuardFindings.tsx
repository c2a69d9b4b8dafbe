import type { GuardState } from '@/utils/content/send-guard';
import type { Finding } from '@/utils/model';
import { ruleMessageText } from '@/utils/send-guard/rule-text';
import { settings } from '@/utils/state/settings';
import { ConfirmOnce } from '../panel/ConfirmOnce';
import { useReveal } from '../panel/use-reveal';

interface Props {
  guard: GuardState;
  labels: {
    blocked: string;
    warned: string;
    confirm: string;
    confirmed: string;
    remove: string;
    rewrite: (text: string) => string;
    tip: string;
    fixAll: string;
    fixedLeft: (fixed: number, left: number) => string;
  };
  onRewrite: (finding: Finding) => void;
  onFixAll: () => void;
  onConfirm: () => void;
  /** A short reminder of the rule, for trainees. */
  tip?: (ruleId: string) => string | undefined;
}

/** Why a send was stopped: each finding with the offending words, the rule's reason and a one-click rewrite. */
export function SendGuardFindings({ guard, labels, onRewrite, onFixAll, onConfirm, tip }: Props) {
  const blocked = guard.decision.action === 'block';
  const fixable = guard.findings.filter((f) => f.suggestion !== undefined).length;
  const ref = useReveal<HTMLDivElement>(guard);
  return (
    <div ref={ref} className={`kefu-guard ${blocked ? 'is-blocked' : 'is-warned'}`} data-testid="kefu-guard" data-decision={guard.decision.action} role="alert">
      <strong>{blocked ? labels.blocked : labels.warned}</strong>
      {guard.fixed !== undefined && (
        <p className="kefu-muted" data-testid="kefu-guard-fixed">
          {labels.fixedLeft(guard.fixed, guard.findings.length)}
        </p>
      )}
      <ul>
        {guard.findings.map((f) => (
          <li key={`${f.ruleId}-${f.start}`} data-rule-id={f.ruleId} data-severity={f.severity}>
            <mark>{guard.text.slice(f.start, f.end)}</mark> {ruleMessageText(f.ruleId, f.message, settings.value.uiLanguage)}
            {tip?.(f.ruleId) && (
              <span className="kefu-tip" data-testid="kefu-trainee-tip">
                {labels.tip}
                {tip(f.ruleId)}
              </span>
            )}
            {f.suggestion !== undefined && (
              <button type="button" className="kefu-btn primary" onClick={() => onRewrite(f)} data-testid="kefu-guard-fix">
                {f.suggestion ? labels.rewrite(f.suggestion) : labels.remove}
              </button>
            )}
          </li>
        ))}
      </ul>
      {(fixable > 1 || (fixable === 1 && guard.findings.length > 1)) && (
        <button type="button" className="kefu-btn primary" onClick={onFixAll} data-testid="kefu-guard-fix-all">
          {labels.fixAll}
        </button>
      )}
      {!blocked && <ConfirmOnce confirmed={guard.confirmed} labels={labels} testId="kefu-send-anyway" onConfirm={onConfirm} />}
    </div>
  );
}
