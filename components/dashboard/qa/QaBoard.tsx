import { useSignals } from '@preact/signals-react/runtime';
import { useEffect, useState } from 'react';
import type { MessageKey } from '@/utils/i18n';
import { actionLogIdle } from '@/utils/log/log-action';
import type { LogSource } from '@/utils/log-view/log-source';
import { sendMessage } from '@/utils/messaging';
import type { QaScorecard } from '@/utils/model';
import { DEFAULT_QA_SCORECARD } from '@/utils/model/default-qa-scorecard';
import type { ConversationQa } from '@/utils/qa/fold';
import type { QaBoardData } from '@/utils/qa/qa-source';
import { siteName } from '@/utils/sites';
import { settings, t } from '@/utils/state/settings';
import { qaScorecardStore } from '@/utils/storage/policy-items';
import { TableHead } from '../TableHead';
import { QaConversation } from './QaConversation';
import { QaExport } from './QaExport';
import { QaTraineeScores } from './QaTraineeScores';

const pct = (share: number) => `${Math.round(share * 100)}%`;

/**
 * The lead's QA board over any log source (own, merged, or the team's ClickHouse, each through `source.qa`): per
 * agent and day the score and each category, the worst conversations first with a drill-down to their rows and the
 * lead's override, calibration per rule, export, and a platform filter. An agent or trainee (`ownOnly`) sees only
 * their own last scores and what to fix next.
 */
export function QaBoard({ source, ownOnly }: { source: LogSource; ownOnly?: string }) {
  useSignals();
  const tr = t.value;
  const lang = settings.value.uiLanguage;
  const [card, setCard] = useState<QaScorecard | null>(null);
  const [board, setBoard] = useState<QaBoardData | null>(null);
  const [own, setOwn] = useState<ConversationQa[] | null>(null);
  const [error, setError] = useState('');
  const [site, setSite] = useState('');
  const [openKey, setOpenKey] = useState<string | null>(null);
  const [reloads, setReloads] = useState(0);
  const [pending, setPending] = useState(false);
  useEffect(() => void qaScorecardStore.load().then(setCard, () => setCard(DEFAULT_QA_SCORECARD)), []);
  useEffect(() => {
    if (!card) return;
    let live = true;
    const failed = (e: Error) => live && setError(e.message);
    if (ownOnly !== undefined) void source.qa.conversations({ agent: ownOnly }, card, Date.now(), 1000).then((found) => live && setOwn(found), failed);
    else void source.qa.board(site ? { site } : {}, card, Date.now()).then((found) => live && (setBoard(found), setError('')), failed);
    return () => {
      live = false;
    };
  }, [source, card, site, ownOnly, reloads]);
  if (error)
    return (
      <p className="dash-bad" role="alert" data-testid="qa-error">
        {tr('qa.board.failed', { message: error.slice(0, 300) })}
      </p>
    );
  if (!card || (ownOnly === undefined ? !board : !own)) return <p className="dash-muted">{tr('dash.loading')}</p>;
  if (ownOnly !== undefined) return <QaTraineeScores convs={own!} staffId={ownOnly} card={card} />;
  if (board!.sites.length === 0 && board!.conversations === 0)
    return (
      <p className="dash-muted" data-testid="qa-empty">
        {tr('qa.board.empty')}
      </p>
    );
  const { agentDays, worst, calibration, sites } = board!;
  const categories = card.categories.filter((c) => c.enabled);
  const open = openKey ? worst.find((c) => c.key === openKey) : undefined;
  const catName = (id: string) => tr(`qa.category.${id}` as MessageKey);
  const categoryTitles = categories.map((c) => catName(c.id));
  const result = (r: string | undefined) => tr(`qa.result.${r ?? 'na'}` as MessageKey);
  // The override goes through the background like every row; read again once it is written. The team's figures
  // change once the row reaches the server: pushed at once where this browser syncs.
  const reload = () =>
    void actionLogIdle().then(() => {
      if (source.kind === 'team') {
        setPending(true);
        void sendMessage('sync:now', {}).catch(() => undefined);
      }
      setTimeout(() => setReloads((n) => n + 1), source.kind === 'team' ? 1500 : 300);
    });
  return (
    <section className="dash-qa" data-testid="qa-board" data-source={source.kind}>
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
        <QaExport conversations={() => source.qa.conversations(site ? { site } : {}, card, Date.now(), 100_000)} card={card} />
      </div>
      {pending && (
        <p className="dash-muted" data-testid="qa-pending-sync">
          {tr('qa.board.pendingSync')}
        </p>
      )}
      <h3>{tr('qa.board.agentDays')}</h3>
      <table className="dash-table" data-testid="qa-agent-days">
        <TableHead titles={[tr('qa.board.agent'), tr('qa.board.day'), tr('qa.board.conversations'), tr('qa.board.score'), ...categoryTitles]} />
        <tbody>
          {agentDays.map((d) => (
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
        <TableHead titles={[tr('qa.board.day'), tr('qa.board.agent'), tr('qa.board.site'), tr('qa.board.buyer'), tr('qa.board.score'), tr('qa.board.risk'), ...categoryTitles]} />
        <tbody>
          {worst.map((c: ConversationQa) => (
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
        <TableHead titles={['', tr('qa.board.judged'), tr('qa.board.overrides'), tr('qa.board.disagree')]} />
        <tbody>
          {calibration
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
          key={`${open.key}${reloads}`}
          conv={open}
          rows={() => source.qa.rows(open.key)}
          categories={categories.map((c) => c.id)}
          onClose={() => setOpenKey(null)}
          onOverridden={reload}
        />
      )}
    </section>
  );
}
