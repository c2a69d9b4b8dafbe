import { useEffect, useState } from 'react';
import { importIntoMerged, importReports, type ImportReport } from '@/utils/db/merged-log';
import type { AppDB } from '@/utils/db/app-db';
import { decodeExportFile, parseNdjsonExport, type NdjsonError } from '@/utils/export/ndjson';
import { t } from '@/utils/state/settings';
import { chinaDateTime } from '@/utils/time/china-time';

type Outcome = { file: string; rejected: NdjsonError[] } | { file: string; report: ImportReport };

/** One file, start to end: a file that cannot be read or stored is reported as rejected and the next one still runs. */
async function importFile(mergedDb: AppDB, file: File): Promise<Outcome> {
  try {
    const decoded = decodeExportFile(await file.arrayBuffer());
    if (!decoded.ok) return { file: file.name, rejected: decoded.errors };
    const parsed = parseNdjsonExport(decoded.text);
    if (!parsed.ok) return { file: file.name, rejected: parsed.errors };
    return { file: file.name, report: await importIntoMerged(mergedDb, file.name, parsed.rows, parsed.checkpoints) };
  } catch (error) {
    return { file: file.name, rejected: [{ line: 0, message: String((error as Error)?.message ?? error).slice(0, 300) }] };
  }
}

/** Import of agents' NDJSON exports into the merged log, with each file's verification report. */
export function ImportView({ mergedDb, onImported }: { mergedDb: AppDB; onImported: () => void }) {
  const tr = t.value;
  const [outcomes, setOutcomes] = useState<Outcome[]>([]);
  const [history, setHistory] = useState<ImportReport[]>([]);
  useEffect(() => void importReports(mergedDb).then(setHistory), [mergedDb, outcomes]);

  const importFiles = async (files: File[]) => {
    const next: Outcome[] = [];
    for (const file of files) {
      next.push(await importFile(mergedDb, file));
      setOutcomes([...next]);
    }
    onImported();
  };

  return (
    <section className="dash-import">
      <h2>{tr('import.title')}</h2>
      <p className="dash-muted">{tr('import.hint')}</p>
      <label className="dash-file">
        {tr('import.choose')} <input type="file" accept=".ndjson,.jsonl,application/x-ndjson" multiple onChange={(e) => {
          // Copied, then cleared: choosing the same file again runs the import again.
          const files = [...(e.target.files ?? [])];
          e.target.value = '';
          void importFiles(files);
        }} data-testid="dash-import-file" />
      </label>
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
            <ReportSummary report={outcome.report} />
          )}
        </div>
      ))}
      {history.length > 0 && (
        <table className="dash-rule-table" data-testid="dash-import-history">
          <caption>{tr('import.history')}</caption>
          <thead>
            <tr><th>{tr('import.col.file')}</th><th>{tr('import.col.time')}</th><th>{tr('import.col.added')}</th><th>{tr('import.col.duplicates')}</th><th>{tr('import.col.conflicts')}</th></tr>
          </thead>
          <tbody>
            {history.map((report) => (
              <tr key={`${report.at}${report.fileName}`}>
                <td>{report.fileName}</td><td>{chinaDateTime(report.at)}</td><td>{report.added}</td><td>{report.duplicates}</td><td>{report.conflicts.length}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function ReportSummary({ report }: { report: ImportReport }) {
  const tr = t.value;
  const verdicts = report.verdicts ?? [];
  const ok = report.issues.length === 0 && report.conflicts.length === 0 && verdicts.every((v) => v.status === 'signed' && !v.rewritesHistory);
  return (
    <div data-testid="dash-import-report" data-verified={ok}>
      <p>{tr('import.report', { file: report.fileName, rows: report.rows, added: report.added, duplicates: report.duplicates, devices: report.devices.length })}</p>
      <ul data-testid="dash-import-devices">
        {verdicts.map((v) => (
          <li key={v.deviceId} data-device={v.deviceId} data-status={v.status} data-rewrites={v.rewritesHistory} className={v.status === 'signed' && !v.rewritesHistory ? 'dash-ok' : 'dash-bad'}>
            {tr(`import.device.${v.status}`, { device: v.deviceId.slice(0, 8), date: v.registeredAt ? chinaDateTime(v.registeredAt).slice(0, 16) : '', seq: v.signedSeq ?? '', key: v.fingerprint ?? '' })}
            {v.newKey && ` ${tr('import.device.newKey')}`}
            {v.rewritesHistory && ` ${tr('import.device.rewrites')}`}
          </li>
        ))}
      </ul>
      {ok ? (
        <p className="dash-ok">{tr('import.verified')}</p>
      ) : (
        <>
          <p className="dash-bad">{tr('import.issues', { count: report.issues.length + report.conflicts.length })}</p>
          <ul data-testid="dash-import-issues">
            {report.issues.map((issue) => (
              <li key={`${issue.deviceId}${issue.seq}${issue.problem}`} data-problem={issue.problem} data-seq={issue.seq}>
                {tr(`import.issue.${issue.problem}`, { device: issue.deviceId.slice(0, 8), seq: issue.seq, expected: 'expectedSeq' in issue ? issue.expectedSeq : '' })}
              </li>
            ))}
            {report.conflicts.map((c) => (
              <li key={`${c.deviceId}${c.seq}c`} data-problem={c.reason === 'replaced' ? 'replaced' : 'conflict'} data-seq={c.seq}>
                {tr(c.reason === 'replaced' ? 'import.replaced' : c.reason === 'id-reused' ? 'import.idReused' : 'import.conflict', { device: c.deviceId.slice(0, 8), seq: c.seq })}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
