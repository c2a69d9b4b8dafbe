import type { RemarkSaveState } from '@/utils/content/remark-guard';
import type { RemarkError } from '@/utils/remark/remark-errors';
import { ConfirmOnce } from '../panel/ConfirmOnce';
import { useReveal } from '../panel/use-reveal';

interface Props {
  state: RemarkSaveState;
  labels: { blocked: string; warned: string; removed: string; confirm: string; confirmed: string };
  describe: (error: RemarkError) => string;
  onConfirm: () => void;
}

/** Why the site's save was stopped: each failing field by line, lost earlier lines, and the confirm button when allowed. */
export function RemarkSaveFindings({ state, labels, describe, onConfirm }: Props) {
  const { check } = state;
  const blocked = check.decision === 'block';
  const ref = useReveal<HTMLDivElement>(state);
  return (
    <div ref={ref} className={`kefu-guard ${blocked ? 'is-blocked' : 'is-warned'}`} role="alert" data-testid="kefu-remark-guard" data-decision={check.decision}>
      {(blocked || check.errors.length > 0) && <strong>{blocked ? labels.blocked : labels.warned}</strong>}
      {check.errors.length > 0 && (
        <ul>
          {check.errors.map((error, i) => (
            <li key={i} data-field={error.field} data-code={error.code}>
              {describe(error)}
            </li>
          ))}
        </ul>
      )}
      {check.removed.length > 0 && <p data-testid="kefu-remark-removed">{labels.removed}</p>}
      {!blocked && <ConfirmOnce confirmed={state.confirmed} labels={labels} testId="kefu-remark-confirm" onConfirm={onConfirm} />}
    </div>
  );
}
