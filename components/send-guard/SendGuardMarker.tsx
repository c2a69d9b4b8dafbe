import { useLayoutEffect, useRef, useState } from 'react';
import { placeMarker, type MarkerSpot } from '@/utils/panel/marker-place';
import type { SendGuard } from '@/utils/content/send-guard';
import { useTr } from '../use-tr';

const MARKER_WIDTH = 216;
const MARKER_HEIGHT = 38;

/** Beside the host's own send button: the send was stopped, and the fix is one click away, where the agent looks. */
export function SendGuardMarker({ api }: { api: SendGuard }) {
  const tr = useTr();
  const guard = api.guard.value;
  const at = api.marker.value;
  const ref = useRef<HTMLDivElement>(null);
  const [spot, setSpot] = useState<MarkerSpot | null>(null);
  // Our own panel is in the same shadow root: the marker steps aside from it (its fix buttons stay clickable).
  // eslint-disable-next-line react-hooks/exhaustive-deps -- measured after every render (the host page moves under the marker); setSpot keeps the old spot when nothing moved
  useLayoutEffect(() => {
    if (!at || !ref.current) return;
    const panelBox = (ref.current.getRootNode() as ShadowRoot | Document).querySelector('.kefu-panel')?.getBoundingClientRect();
    const panel = panelBox && panelBox.width > 0 ? { left: panelBox.left, top: panelBox.top, width: panelBox.width, height: panelBox.height } : undefined;
    const next = placeMarker(at, { width: MARKER_WIDTH, height: MARKER_HEIGHT }, panel, at.keepClear, at.viewport);
    setSpot((old) => (old && old.left === next.left && old.top === next.top ? old : next));
  });
  if (!guard || !at || guard.decision.action === 'allow') return null;
  const blocked = guard.decision.action === 'block';
  const fixable = guard.findings.some((f) => f.suggestion !== undefined);
  return (
    <div
      className={`kefu-send-marker ${blocked ? 'is-blocked' : 'is-warned'}`}
      ref={ref}
      style={spot ?? { left: Math.max(4, at.right - MARKER_WIDTH), top: Math.max(4, at.bottom - MARKER_HEIGHT) }}
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
