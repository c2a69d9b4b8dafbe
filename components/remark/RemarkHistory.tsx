import type { RemarkFormat } from '@/utils/model';
import { parseRemark } from '@/utils/remark/parse-remark';
import { remarkLines } from '@/utils/remark/validate-remark';

interface Props {
  saved: string;
  format: RemarkFormat;
  labels: { title: string; empty: string; unformatted: string; by: (staffId: string) => string };
}

/** The order's remark, line by line: who changed what and when, and the lines that do not follow the format. */
export function RemarkHistory({ saved, format, labels }: Props) {
  const lines = remarkLines(saved);
  return (
    <section className="kefu-section" data-testid="kefu-remark-history">
      <h3>{labels.title}</h3>
      {lines.length === 0 ? (
        <p className="kefu-muted">{labels.empty}</p>
      ) : (
        <ol className="kefu-remark-history">
          {lines.map((line, i) => {
            const parsed = parseRemark(line, format);
            if (!parsed.ok) {
              return (
                <li key={i} className="is-unformatted" data-formatted="false">
                  <span className="kefu-tag">{labels.unformatted}</span> {line}
                </li>
              );
            }
            const { flag, changeType, reason, staffId, time, note } = parsed.fields;
            return (
              <li key={i} data-formatted="true">
                <strong>{changeType}</strong>{' '}
                <span className="kefu-muted">
                  {flag}旗 · {staffId ? labels.by(staffId) : ''} · {time}
                </span>
                <div>
                  {reason}
                  {note ? ` — ${note}` : ''}
                </div>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
