import { useSignals } from '@preact/signals-react/runtime';
import type { SendGuard } from '@/utils/content/send-guard';
import { t } from '@/utils/state/settings';

const MARKER_WIDTH = 216;
const MARKER_HEIGHT = 38;

/** Beside the host's own send button: the send was stopped, and the fix is one click away, where the agent looks. */
export function SendMarker({ api }: { api: SendGuard }) {
  useSignals();
  const tr = t.value;
  const guard = api.guard.value;
  const at = api.marker.value;
  if (!guard || !at || guard.decision.action === 'allow') return null;
  const blocked = guard.decision.action === 'block';
  const fixable = guard.findings.some((f) => f.suggestion !== undefined);
  return (
    <div
      className={`kefu-send-marker ${blocked ? 'is-blocked' : 'is-warned'}`}
      style={{ left: Math.max(4, at.right - MARKER_WIDTH), top: Math.max(4, at.bottom - MARKER_HEIGHT) }}
      role="alert"
      data-testid="kefu-send-marker"
      data-decision={guard.decision.action}
    >
      <span>{tr(blocked ? 'guard.markerBlocked' : 'guard.markerWarned', { count: guard.findings.length })}</span>
      {fixable && (
        <button type="button" className="kefu-btn primary" onClick={api.fixAll} data-testid="kefu-marker-fix-all">
          {tr('guard.fixAll')}
        </button>
      )}
    </div>
  );
}
