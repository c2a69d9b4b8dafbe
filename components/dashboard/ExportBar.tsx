import { useRef, useState } from 'react';
import { XLSX_MAX_ROWS } from '@/utils/export/xlsx';
import type { ExportOptions } from '@/utils/export/columns';
import type { ExportFormat } from '@/utils/log-view/build-export';
import { settings, t } from '@/utils/state/settings';
import { downloadBlob } from '../download';
import { chinaDateTime } from '@/utils/time/china-time';

type Status =
  | { state: 'idle' }
  | { state: 'running'; done: number; total: number }
  | { state: 'done'; count: number; capped: boolean; cutCells: number }
  | { state: 'cancelled' }
  | { state: 'error'; message: string };

const stamp = () => chinaDateTime(Date.now()).slice(0, 16).replace(/[-:]/g, '').replace(' ', '-');

/** Writes the filtered rows in a format (this browser's log, the merged files or the team's server); null when cancelled. */
export type BuildExport = (format: ExportFormat, options: ExportOptions, onProgress: (done: number, total: number) => void, signal: AbortSignal) => Promise<Blob | null>;

/** Export of the filtered rows, with progress and cancel. */
export function ExportBar({ count, ready, build }: { count: number; ready: boolean; build: BuildExport }) {
  const tr = t.value;
  const [format, setFormat] = useState<ExportFormat>('csv');
  const [mask, setMask] = useState(true);
  const [status, setStatus] = useState<Status>({ state: 'idle' });
  const abort = useRef<AbortController | null>(null);

  const start = async () => {
    abort.current = new AbortController();
    setStatus({ state: 'running', done: 0, total: count });
    try {
      const stats = { cutCells: 0 };
      const blob = await build(
        format,
        { mask, stats, ...(format === 'ndjson' ? {} : { lang: settings.value.uiLanguage }) },
        (done, total) => setStatus({ state: 'running', done, total }),
        abort.current.signal,
      );
      if (!blob) return setStatus({ state: 'cancelled' });
      downloadBlob(blob, `kefu-log-${stamp()}.${format}`);
      setStatus({ state: 'done', count: Math.min(count, format === 'xlsx' ? XLSX_MAX_ROWS : Infinity), capped: format === 'xlsx' && count > XLSX_MAX_ROWS, cutCells: stats.cutCells });
    } catch (error) {
      setStatus({ state: 'error', message: (error as Error).message });
    }
  };

  return (
    <div className="dash-export" data-testid="dash-export">
      <label>
        {tr('export.format')}
        <select name="format" value={format} onChange={(e) => setFormat(e.target.value as ExportFormat)} disabled={status.state === 'running'}>
          <option value="csv">CSV (Excel)</option>
          <option value="xlsx">XLSX</option>
          <option value="ndjson">NDJSON</option>
        </select>
      </label>
      <label title={format === 'ndjson' ? tr('export.maskNdjson') : undefined}>
        <input type="checkbox" checked={mask && format !== 'ndjson'} disabled={format === 'ndjson'} onChange={(e) => setMask(e.target.checked)} /> {tr('export.mask')}
      </label>
      {status.state === 'running' ? (
        <>
          <progress max={status.total} value={status.done} />
          <span>{tr('export.progress', { done: status.done, total: status.total })}</span>
          <button type="button" onClick={() => abort.current?.abort()}>
            {tr('export.cancel')}
          </button>
        </>
      ) : (
        <button type="button" className="primary" onClick={() => void start()} disabled={!ready || count === 0} data-testid="dash-export-start">
          {tr('export.start')}
        </button>
      )}
      <span role="status" data-testid="dash-export-status">
        {status.state === 'done' && tr('export.done', { count: status.count })}
        {status.state === 'done' && status.capped && ` ${tr('export.xlsxCap')}`}
        {status.state === 'done' && status.cutCells > 0 && ` ${tr('export.cellsCut', { count: status.cutCells })}`}
        {status.state === 'cancelled' && tr('export.cancelled')}
        {status.state === 'error' && tr('dash.error', { message: status.message })}
      </span>
    </div>
  );
}
