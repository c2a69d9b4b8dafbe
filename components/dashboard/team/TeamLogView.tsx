import { useEffect, useState } from 'react';
import { writeExport } from '@/utils/log-view/build-export';
import type { LogFilter } from '@/utils/log-view/log-filter';
import type { Action } from '@/utils/model';
import { settings, t } from '@/utils/state/settings';
import { teamChunks, teamPage, type TeamSource } from '@/utils/team-log/client';
import { LogRowCells } from '../LogRowCells';
import { ExportBar } from '../ExportBar';
import { TeamVerifyPanel } from './TeamVerifyPanel';

const PAGE = 100;

async function* rowsOnly(chunks: AsyncIterable<{ rows: Action[] }>) {
  for await (const chunk of chunks) yield chunk.rows;
}

/**
 * The team's whole log as the server holds it: a page at a time (newest first), the count, exports streamed from the
 * server a chunk at a time, and the chain check per device. Nothing of it is copied into this browser.
 */
export function TeamLogView({ source, filter, count, onOpen }: { source: TeamSource; filter: LogFilter; count: number; onOpen: (row: Action) => void }) {
  const tr = t.value;
  const lang = settings.value.uiLanguage;
  const [offset, setOffset] = useState(0);
  const [page, setPage] = useState<{ rows: Action[]; unreadable: number } | null>(null);
  const [error, setError] = useState('');
  const filterKey = JSON.stringify(filter);
  useEffect(() => setOffset(0), [filterKey]);
  useEffect(() => {
    let live = true;
    setPage(null);
    void teamPage(source, filter, { limit: PAGE, offset }).then((result) => {
      if (!live) return;
      if (result.ok) setPage(result.value);
      else setError(`${tr(`sync.error.${result.error}`)} (${result.detail.slice(0, 160)})`);
    });
    return () => {
      live = false;
    };
  }, [source, filterKey, offset]); // eslint-disable-line react-hooks/exhaustive-deps

  return (
    <section data-testid="team-log">
      <div className="dash-toolbar">
        <span data-testid="dash-count" data-complete="true">{tr('team.count', { count })}</span>
        <ExportBar count={count} ready build={(format, options, onProgress, signal) => writeExport(rowsOnly(teamChunks(source, filter, 2000, signal)), count, format, options, onProgress, signal)} />
      </div>
      <TeamVerifyPanel source={source} />
      {error && <p className="dash-bad" role="alert">{error}</p>}
      {page && page.unreadable > 0 && <p className="dash-bad">{tr('team.unreadable', { count: page.unreadable })}</p>}
      {!page ? (
        <p className="dash-muted">{tr('dash.loading')}</p>
      ) : count === 0 ? (
        <p className="dash-muted">{tr('dash.empty')}</p>
      ) : (
        <table className="dash-team-table" data-testid="dash-table">
          <thead>
            <tr>{(['col.time', 'col.agent', 'col.site', 'col.buyer', 'col.order', 'col.kind', 'col.detail'] as const).map((key) => <th key={key}>{tr(key)}</th>)}</tr>
          </thead>
          <tbody>
            {page.rows.map((row) => (
              <tr key={row.id} data-testid="dash-row" data-kind={row.kind} tabIndex={0} onClick={() => onOpen(row)} onKeyDown={(e) => e.key === 'Enter' && onOpen(row)}>
                <LogRowCells row={row} lang={lang} Cell="td" />
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div className="dash-toolbar">
        <button type="button" disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - PAGE))} data-testid="team-prev">{tr('team.prev')}</button>
        <span data-testid="team-page">{tr('team.page', { from: count === 0 ? 0 : offset + 1, to: Math.min(count, offset + PAGE) })}</span>
        <button type="button" disabled={offset + PAGE >= count} onClick={() => setOffset(offset + PAGE)} data-testid="team-next">{tr('team.next')}</button>
      </div>
    </section>
  );
}
