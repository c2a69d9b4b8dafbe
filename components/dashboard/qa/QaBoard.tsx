import { useSignals } from '@preact/signals-react/runtime';
import { useEffect, useMemo, useState } from 'react';
import type { AppDB } from '@/utils/db/app-db';
import { qaActions } from '@/utils/db/qa-query';
import type { MessageKey } from '@/utils/i18n';
import { actionLogIdle } from '@/utils/log/log-action';
import type { Action, QaScorecard } from '@/utils/model';
import { agentDays, calibration, filterConversations } from '@/utils/qa/board';
import { DEFAULT_QA_SCORECARD } from '@/utils/qa/default-scorecard';
import { foldConversations, type ConversationQa } from '@/utils/qa/fold';
import { siteName } from '@/utils/sites';
import { settings, t } from '@/utils/state/settings';
import { qaScorecardStore } from '@/utils/storage/policy-items';
import { QaConversation } from './QaConversation';
import { QaExport } from './QaExport';
import { QaTraineeScores } from './QaTraineeScores';

const pct = (share: number) => `${Math.round(share * 100)}%`;

/**
 * The lead's QA board, fed by log rows (own or merged): per agent and day the score and each category, the worst
 * conversations first with a drill-down to their rows and the lead's override, calibration per rule, export, and a
 * platform filter. An agent or trainee (`ownOnly`) sees only their own last scores and what to fix next.
 */
export function QaBoard({ db, ownOnly }: { db: AppDB; ownOnly?: string }) {
  useSignals();
  const tr = t.value;
  const lang = settings.value.uiLanguage;
  const [rows, setRows] = useState<Action[] | null>(null);
  const [card, setCard] = useState<QaScorecard>(DEFAULT_QA_SCORECARD);
  const [site, setSite] = useState('');
  const [openKey, setOpenKey] = useState<string | null>(null);
  const [reloads, setReloads] = useState(0);
  useEffect(() => void qaScorecardStore.load().then(setCard), []);
  useEffect(() => void qaActions(db).then(setRows), [db, reloads]);
  const convs = useMemo(() => (rows ? foldConversations(rows, card, Date.now()) : []), [rows, card]);
  if (!rows) return <p className="dash-muted">{tr('dash.loading')}</p>;
  if (ownOnly !== undefined) return <QaTraineeScores convs={convs} staffId={ownOnly} card={card} />;
  if (convs.length === 0)
    return (
      <p className="dash-muted" data-testid="qa-empty">
        {tr('qa.board.empty')}
      </p>
    );
  const shown = filterConversations(convs, site ? { site } : {});
  const categories = card.categories.filter((c) => c.enabled);
  const sites = [...new Set(convs.map((c) => c.site).filter((s): s is string => !!s))].sort();
  const open = openKey ? convs.find((c) => c.key === openKey) : undefined;
  const catName = (id: string) => tr(`qa.category.${id}` as MessageKey);
  const result = (r: string | undefined) => tr(`qa.result.${r ?? 'na'}` as MessageKey);
  // The override goes through the background like every row; read the log again once it is written.
  const reload = () => void actionLogIdle().then(() => setTimeout(() => setReloads((n) => n + 1), 300));
  return (
    <section className="dash-qa" data-testid="qa-board">
      <div className="dash-toolbar">
        <label>
          {tr('qa.board.site')}{' '}
          <select value={site} onChange={(e) => setSite(e.target.value)} data-testid="qa-site">
            <option value="">{tr('qa.board.all')}</option>
            {sites.map((s) => (
              <option key={s} value={s}>
                {siteName(s, lang)}
              </option>
            ))}
          </select>
        </label>{' '}
        <QaExport convs={shown} card={card} />
      </div>
      <h3>{tr('qa.board.agentDays')}</h3>
      <table className="dash-table" data-testid="qa-agent-days">
        <thead>
          <tr>
            <th>{tr('qa.board.agent')}</th>
            <th>{tr('qa.board.day')}</th>
            <th>{tr('qa.board.conversations')}</th>
            <th>{tr('qa.board.score')}</th>
            {categories.map((c) => (
              <th key={c.id}>{catName(c.id)}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {agentDays(shown).map((d) => (
            <tr key={`${d.agent}${d.day}`} data-agent={d.agent} data-day={d.day}>
              <td>{d.agent}</td>
              <td>{d.day}</td>
              <td>{d.conversations}</td>
              <td data-testid="qa-day-score">{d.score ?? '—'}</td>
              {categories.map((c) => (
                <td key={c.id} data-category={c.id}>
                  {d.categories[c.id] ? pct(d.categories[c.id]!.passRate) : '—'}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <h3>{tr('qa.board.worst')}</h3>
      <table className="dash-table" data-testid="qa-conversations">
        <thead>
          <tr>
            <th>{tr('qa.board.day')}</th>
            <th>{tr('qa.board.agent')}</th>
            <th>{tr('qa.board.site')}</th>
            <th>{tr('qa.board.buyer')}</th>
            <th>{tr('qa.board.score')}</th>
            <th>{tr('qa.board.risk')}</th>
            {categories.map((c) => (
              <th key={c.id}>{catName(c.id)}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {shown.slice(0, 200).map((c: ConversationQa) => (
            <tr
              key={c.key}
              data-conversation={c.key}
              className={c.score !== undefined && c.score < card.passMark ? 'dash-bad' : undefined}
              onClick={() => setOpenKey(c.key)}
              style={{ cursor: 'pointer' }}
            >
              <td>{c.day}</td>
              <td>{c.agent ?? '—'}</td>
              <td>{c.site ? siteName(c.site, lang) : ''}</td>
              <td>{c.buyer?.nick ?? c.buyer?.buyerId ?? ''}</td>
              <td data-testid="qa-score">{c.score ?? '—'}</td>
              <td>{c.risk ? tr(`qa.risk.${c.risk}` as MessageKey) : ''}</td>
              {categories.map((k) => (
                <td key={k.id} data-category={k.id} data-result={c.results[k.id] ?? 'na'}>
                  {result(c.results[k.id])}
                  {c.overrides[k.id] ? '*' : ''}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <h3>{tr('qa.board.calibration')}</h3>
      <table className="dash-table" data-testid="qa-calibration">
        <thead>
          <tr>
            <th />
            <th>{tr('qa.board.judged')}</th>
            <th>{tr('qa.board.overrides')}</th>
            <th>{tr('qa.board.disagree')}</th>
          </tr>
        </thead>
        <tbody>
          {calibration(shown)
            .filter((c) => categories.some((k) => k.id === c.category))
            .map((c) => (
              <tr key={c.category} data-category={c.category}>
                <td>{catName(c.category)}</td>
                <td>{c.judged}</td>
                <td>{c.overridden}</td>
                <td data-testid="qa-disagree">{pct(c.disagreeRate)}</td>
              </tr>
            ))}
        </tbody>
      </table>
      {open && (
        <QaConversation
          conv={open}
          rows={rows.filter((r) => open.rowIds.includes(r.id) || (r.kind === 'qa.overridden' && (r.payload as { conversation?: string }).conversation === open.key))}
          categories={categories.map((c) => c.id)}
          onClose={() => setOpenKey(null)}
          onOverridden={reload}
        />
      )}
    </section>
  );
}
