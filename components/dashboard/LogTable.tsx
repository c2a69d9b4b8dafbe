import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useReducer, useRef } from 'react';
import type { LogWindow } from '@/utils/log-view/log-source';
import { LogRowCells } from './LogRowCells';
import type { Action } from '@/utils/model';
import { settings, t } from '@/utils/state/settings';

const ROW_HEIGHT = 30;
// The log is append-only, so a cached row never goes stale; the cache is only bounded. Keyed by position: the
// dashboard gives the table a new key when the filter or the source changes, and a local search that is still
// walking back only adds older rows after the ones already shown.
const CACHE_LIMIT = 5000;

interface Props {
  window: LogWindow;
  onOpen: (row: Action) => void;
}

/**
 * Newest first, from any log source; only the rows in view (plus a margin) exist in the DOM or in memory, so a
 * million rows scroll smoothly, and the team log is asked only for the page in view.
 */
export function LogTable({ window: log, onOpen }: Props) {
  const tr = t.value;
  const lang = settings.value.uiLanguage;
  const scroller = useRef<HTMLDivElement>(null);
  const cache = useRef(new Map<number, Action | null>());
  const [, redraw] = useReducer((n: number) => n + 1, 0);
  const virtualizer = useVirtualizer({ count: log.total, getScrollElement: () => scroller.current, estimateSize: () => ROW_HEIGHT, overscan: 30 });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items.at(-1)?.index ?? -1;

  useEffect(() => {
    let from = first;
    while (from <= last && cache.current.has(from)) from++;
    let to = last + 1;
    while (to > from && cache.current.has(to - 1)) to--;
    if (from >= to) return;
    let live = true;
    void log.rowsAt(from, to).then((rows) => {
      if (!live) return;
      if (cache.current.size > CACHE_LIMIT) cache.current.clear();
      rows.forEach((row, i) => cache.current.set(from + i, row));
      redraw();
    });
    return () => {
      live = false;
    };
  }, [log, first, last]);

  return (
    <div className="dash-table" role="table" aria-rowcount={log.total} data-testid="dash-table">
      <div className="dash-row dash-head" role="row">
        {(['col.time', 'col.agent', 'col.site', 'col.buyer', 'col.order', 'col.kind', 'col.detail'] as const).map((key) => (
          <span key={key} role="columnheader">
            {tr(key)}
          </span>
        ))}
      </div>
      <div ref={scroller} className="dash-scroll">
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {items.map((item) => {
            const row = cache.current.get(item.index);
            return (
              <div
                key={item.key}
                role="row"
                className="dash-row"
                data-testid="dash-row"
                data-kind={row?.kind}
                tabIndex={0}
                style={{ position: 'absolute', top: 0, left: 0, right: 0, height: ROW_HEIGHT, transform: `translateY(${item.start}px)` }}
                onClick={() => row && onOpen(row)}
                onKeyDown={(e) => e.key === 'Enter' && row && onOpen(row)}
              >
                {row ? <LogRowCells row={row} lang={lang} Cell="span" /> : <span className={row === null ? 'dash-bad' : 'dash-muted'}>{row === null ? tr('team.rowUnreadable') : '…'}</span>}
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
