import { useEffect, useState } from 'react';
import type { AppDB } from '@/utils/db/app-db';
import { interruptedImports, type ImportProgress, type InterruptedImport } from '@/utils/db/import-chunks';
import { importInWorker } from '@/utils/db/import-client';
import type { ImportOutcome } from '@/utils/db/import-file';
import { importReports, type ImportReport } from '@/utils/db/merged-log';
import { conflictTotal } from '@/utils/export/import-verdict';
import { t } from '@/utils/state/settings';
import { chinaDateTime } from '@/utils/time/china-time';
import { ImportReportSummary } from './ImportReportSummary';
import { TableHead } from './TableHead';

interface Running {
  file: string;
  size: number;
  progress?: ImportProgress;
  /** Rows the first read counted: the total for the later phases. */
  total?: number;
}

/** Import of agents' NDJSON exports into the merged log (in a worker, a chunk at a time), with each file's verification report. */
export function ImportView({ mergedDb, onImported }: { mergedDb: AppDB; onImported: () => void }) {
  const tr = t.value;
  const [outcomes, setOutcomes] = useState<ImportOutcome[]>([]);
  const [running, setRunning] = useState<Running | null>(null);
  const [history, setHistory] = useState<ImportReport[]>([]);
  const [unfinished, setUnfinished] = useState<InterruptedImport[]>([]);
  const idle = running === null;
  useEffect(() => {
    void importReports(mergedDb).then(setHistory);
    if (idle) void interruptedImports(mergedDb).then(setUnfinished);
  }, [mergedDb, outcomes, idle]);

  const importFiles = async (files: File[]) => {
    const next: ImportOutcome[] = [];
    for (const file of files) {
      let total = 0;
      setRunning({ file: file.name, size: file.size });
      next.push(
        await importInWorker(file, (progress) => {
          if (progress.phase === 'reading') total = progress.rows;
          setRunning({ file: file.name, size: file.size, progress, total });
        }),
      );
      setOutcomes([...next]);
    }
    setRunning(null);
    onImported();
  };

  return (
    <section className="dash-import">
      <h2>{tr('import.title')}</h2>
      <p className="dash-muted">{tr('import.hint')}</p>
      <label className="dash-file">
        {tr('import.choose')}{' '}
        <input
          type="file"
          accept=".ndjson,.jsonl,application/x-ndjson"
          multiple
          onChange={(e) => {
            // Copied, then cleared: choosing the same file again runs the import again.
            const files = [...(e.target.files ?? [])];
            e.target.value = '';
            void importFiles(files);
          }}
          data-testid="dash-import-file"
        />
      </label>
      {running && <ImportRunning running={running} />}
      {!running &&
        unfinished.map((u) => (
          <p key={`${u.at}${u.fileName}`} className="dash-bad" data-testid="dash-import-unfinished">
            {tr('import.unfinished', { file: u.fileName, date: chinaDateTime(u.at).slice(0, 16), rows: u.rows })}
          </p>
        ))}
      {outcomes.map((outcome, i) => (
        <div key={`${i}-${outcome.file}`} className={'rejected' in outcome ? 'dash-error' : 'dash-report'} data-testid="dash-import-outcome" role="status">
          {'rejected' in outcome ? (
            <>
              <strong>{tr('import.rejected', { file: outcome.file })}</strong>
              <ul>
                {outcome.rejected.map((e) => (
                  <li key={e.line}>{tr('import.line', { line: e.line, message: e.message })}</li>
                ))}
              </ul>
            </>
          ) : (
            <ImportReportSummary report={outcome.report} />
          )}
        </div>
      ))}
      {history.length > 0 && (
        <table className="dash-rule-table" data-testid="dash-import-history">
          <caption>{tr('import.history')}</caption>
          <TableHead titles={[tr('import.col.file'), tr('import.col.time'), tr('import.col.added'), tr('import.col.duplicates'), tr('import.col.conflicts')]} />
          <tbody>
            {history.map((report) => (
              <tr key={`${report.at}${report.fileName}`}>
                <td>{report.fileName}</td>
                <td>{chinaDateTime(report.at)}</td>
                <td>{report.added}</td>
                <td>{report.duplicates}</td>
                <td>{conflictTotal(report)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function ImportRunning({ running }: { running: Running }) {
  const tr = t.value;
  const { progress, file } = running;
  const phase = progress?.phase ?? 'reading';
  const rows = progress?.rows ?? 0;
  const percent = running.size > 0 && progress?.bytesRead !== undefined ? Math.floor((100 * progress.bytesRead) / running.size) : 0;
  return (
    <p className="dash-muted" data-testid="dash-import-running" data-phase={phase} role="status">
      {tr(`import.progress.${phase}`, { file, rows, total: running.total ?? rows, percent })}
    </p>
  );
}
