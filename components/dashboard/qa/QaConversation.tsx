import { useEffect, useState } from 'react';
import type { MessageKey } from '@/utils/i18n';
import { logAction } from '@/utils/log/log-action';
import type { Action, QaCategoryId, QaResult } from '@/utils/model';
import type { ConversationQa } from '@/utils/qa/fold';
import { t } from '@/utils/state/settings';
import { chinaDateTime } from '@/utils/time/china-time';

/** One conversation's rows (scores, never text; read from the board's source) and the lead's override of a category, with a reason. */
export function QaConversation({
  conv,
  rows: readRows,
  categories,
  onClose,
  onOverridden,
}: {
  conv: ConversationQa;
  rows: () => Promise<Action[]>;
  categories: QaCategoryId[];
  onClose: () => void;
  onOverridden: () => void;
}) {
  const tr = t.value;
  const [category, setCategory] = useState<QaCategoryId>(categories[0]!);
  const [result, setResult] = useState<QaResult>('pass');
  const [reason, setReason] = useState('');
  const [error, setError] = useState('');
  const [rows, setRows] = useState<Action[]>([]);
  useEffect(() => {
    let live = true;
    readRows().then(
      (found) => live && setRows(found),
      (e: Error) => live && setError(e.message),
    );
    return () => {
      live = false;
    };
  }, [conv.key]); // eslint-disable-line react-hooks/exhaustive-deps -- read once per conversation (the board remounts it after an override)
  const save = () => {
    if (reason.trim().length < 2) return setError(tr('qa.board.overrideNeedsReason'));
    setError('');
    logAction('qa.overridden', { conversation: conv.key, category, result, reason: reason.trim().slice(0, 200) });
    setReason('');
    onOverridden();
  };
  return (
    <section className="dash-qa-detail" data-testid="qa-detail" data-conversation={conv.key}>
      <h3>
        {tr('qa.board.rows')} · {conv.buyer?.nick ?? conv.buyer?.buyerId ?? ''} · {conv.day}{' '}
        <button type="button" onClick={onClose}>
          {tr('qa.board.close')}
        </button>
      </h3>
      <ul data-testid="qa-detail-rows">
        {[...rows]
          .sort((a, b) => a.at - b.at)
          .map((r) => {
            const p = r.payload as { scope?: string; results?: Record<string, string>; score?: number; category?: string; result?: string; reason?: string; cue?: string };
            return (
              <li key={r.id} data-kind={r.kind}>
                {chinaDateTime(r.at)} · {tr(`kind.${r.kind}` as MessageKey)}
                {p.scope && ` · ${p.scope}`}
                {p.score !== undefined && ` · ${p.score}`}
                {p.results &&
                  ` · ${Object.entries(p.results)
                    .filter(([, v]) => v !== 'na')
                    .map(([k, v]) => `${tr(`qa.category.${k}` as MessageKey)} ${tr(`qa.result.${v}` as MessageKey)}`)
                    .join(' · ')}`}
                {p.cue && ` · “${p.cue}”`}
                {r.kind === 'qa.overridden' && ` · ${tr(`qa.category.${p.category}` as MessageKey)} → ${tr(`qa.result.${p.result}` as MessageKey)}: ${p.reason}`}
              </li>
            );
          })}
      </ul>
      <fieldset className="dash-plain-fieldset">
        <legend>{tr('qa.board.override')}</legend>
        <select value={category} onChange={(e) => setCategory(e.target.value as QaCategoryId)} data-testid="qa-override-category">
          {categories.map((c) => (
            <option key={c} value={c}>
              {tr(`qa.category.${c}` as MessageKey)}
              {conv.overrides[c] ? ` ${tr('qa.board.overridden')}` : ''}
            </option>
          ))}
        </select>{' '}
        <select value={result} onChange={(e) => setResult(e.target.value as QaResult)} data-testid="qa-override-result">
          {(['pass', 'fail', 'na'] as const).map((r) => (
            <option key={r} value={r}>
              {tr(`qa.result.${r}`)}
            </option>
          ))}
        </select>{' '}
        <input value={reason} onChange={(e) => setReason(e.target.value)} placeholder={tr('qa.board.overrideReason')} maxLength={200} data-testid="qa-override-reason" />{' '}
        <button type="button" className="primary" onClick={save} data-testid="qa-override-save">
          {tr('qa.board.overrideSave')}
        </button>
        {error && (
          <span className="dash-bad" role="alert">
            {' '}
            {error}
          </span>
        )}
      </fieldset>
    </section>
  );
}
