import type { ImportReport } from '@/utils/db/merged-log';
import { conflictTotal, deviceVerified, issueTotal, reportVerified } from '@/utils/export/import-verdict';
import { t } from '@/utils/state/settings';
import { chinaDateTime } from '@/utils/time/china-time';

/** One imported file's verdict: per device (signed, tail, keys, history), then every chain problem and conflict listed. */
export function ImportReportSummary({ report }: { report: ImportReport }) {
  const tr = t.value;
  const verdicts = report.verdicts ?? [];
  const ok = reportVerified(report);
  const problems = issueTotal(report) + conflictTotal(report);
  const listed = report.issues.length + report.conflicts.length;
  return (
    <div data-testid="dash-import-report" data-verified={ok}>
      <p>{tr('import.report', { file: report.fileName, rows: report.rows, added: report.added, duplicates: report.duplicates, devices: report.devices.length })}</p>
      <ul data-testid="dash-import-devices">
        {verdicts.map((v) => (
          <li key={v.deviceId} data-device={v.deviceId} data-status={v.status} data-rewrites={v.rewritesHistory} data-tail={v.unsignedTail ?? 0} className={deviceVerified(v) ? 'dash-ok' : 'dash-bad'}>
            {tr(`import.device.${v.status}`, {
              device: v.deviceId.slice(0, 8),
              date: v.registeredAt ? chinaDateTime(v.registeredAt).slice(0, 16) : '',
              seq: v.signedSeq ?? '',
              key: v.fingerprint ?? '',
              registered: v.registeredFingerprint ?? '',
              keys: (v.fingerprints ?? []).join('、'),
            })}
            {v.newKey && ` ${tr('import.device.newKey')}`}
            {v.rewritesHistory && ` ${tr('import.device.rewrites')}`}
            {!!v.unsignedTail && <strong data-testid="dash-import-tail"> {tr('import.device.tail', { count: v.unsignedTail, seq: v.signedSeq ?? '' })}</strong>}
          </li>
        ))}
      </ul>
      {ok ? (
        <p className="dash-ok">{tr('import.verified')}</p>
      ) : (
        problems > 0 && (
          <>
            <p className="dash-bad">
              {tr('import.issues', { count: problems })}
              {listed < problems && ` ${tr('import.more', { shown: listed })}`}
            </p>
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
        )
      )}
    </div>
  );
}
