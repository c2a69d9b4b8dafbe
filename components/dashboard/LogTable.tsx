import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useReducer, useRef } from 'react';
import type { AppDB } from '@/utils/db/app-db';
import { rowsByIds } from '@/utils/db/log-query';
import { LogRowCells } from './LogRowCells';
import type { Action } from '@/utils/model';
import { settings, t } from '@/utils/state/settings';

const ROW_HEIGHT = 30;
// The log is append-only, so a cached row never goes stale; the cache is only bounded.
const CACHE_LIMIT = 5000;

interface Props {
  db: AppDB;
  ids: string[];
  onOpen: (row: Action) => void;
}

/** Newest first; only the rows in view (plus a margin) exist in the DOM or in memory, so a million rows scroll smoothly. */
export function LogTable({ db, ids, onOpen }: Props) {
  const tr = t.value;
  const lang = settings.value.uiLanguage;
  const scroller = useRef<HTMLDivElement>(null);
  const cache = useRef(new Map<string, Action>());
  const [, redraw] = useReducer((n: number) => n + 1, 0);
  const virtualizer = useVirtualizer({ count: ids.length, getScrollElement: () => scroller.current, estimateSize: () => ROW_HEIGHT, overscan: 30 });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items.at(-1)?.index ?? -1;

  useEffect(() => {
    const missing = ids.slice(first, last + 1).filter((id) => !cache.current.has(id));
    if (missing.length === 0) return;
    let live = true;
    void rowsByIds(db, missing).then((rows) => {
      if (!live) return;
      if (cache.current.size > CACHE_LIMIT) cache.current.clear();
      for (const row of rows) cache.current.set(row.id, row);
      redraw();
    });
    return () => {
      live = false;
    };
  }, [db, ids, first, last]);

  return (
    <div className="dash-table" role="table" aria-rowcount={ids.length} data-testid="dash-table">
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
            const row = cache.current.get(ids[item.index]!);
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
                {row ? (
                  <LogRowCells row={row} lang={lang} Cell="span" />
                ) : (
                  <span className="dash-muted">…</span>
                )}
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
