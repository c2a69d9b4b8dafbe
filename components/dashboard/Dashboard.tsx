import { useSignals } from '@preact/signals-react/runtime';
import { useEffect, useMemo, useState } from 'react';
import type { AppDB } from '@/utils/db/app-db';
import { localSource, teamSource, TeamLogError, type LogSource, type LogWindow } from '@/utils/log-view/log-source';
import { exportLog } from '@/utils/log-view/build-export';
import { cleanFilter, type LogFilter } from '@/utils/model/log-filter';
import type { Action } from '@/utils/model';
import { t } from '@/utils/state/settings';
import { ErrorBoundary } from '../ErrorBoundary';
import { CaseRegister } from './CaseRegister';
import { LeadGate } from './LeadGate';
import { TeamRulesEditor } from './TeamRulesEditor';
import { TeamConfigImport } from './team-config/TeamConfigImport';
import { membership } from '@/utils/state/team';
import { browser } from 'wxt/browser';
import { TeamSyncSetup } from './TeamSyncSetup';
import { TeamReadSetup } from './team/TeamReadSetup';
import { TeamVerifyPanel } from './team/TeamVerifyPanel';
import { useTeamSource } from './team/use-team-source';
import { TeamKpiView } from './team/TeamKpiView';
import { Wallboard } from './team/Wallboard';
import { SiteHealth } from './SiteHealth';
import { SiteOverridesRules } from './SiteOverridesRules';
import { usePreviewSample } from './use-preview-sample';
import { leadUnlocked } from '@/utils/lead/lead-lock';
import { settings } from '@/utils/state/settings';
import { ExportBar } from './ExportBar';
import { SendGuardRules } from '../send-guard/SendGuardRules';
import { ImportView } from './ImportView';
import { KpiView } from './KpiView';
import { LogFilters } from './LogFilters';
import { LogTable } from './LogTable';
import { RemarkRules } from './RemarkRules';
import { RowDetail } from './RowDetail';
import { PlaybookRules } from './PlaybookRules';
import { PolicyFile } from './PolicyFile';
import { QuarantineView } from './QuarantineView';
import { StorageProblems } from './StorageProblems';
import { TemplatesRules } from './TemplatesRules';
import { TraineeView } from './TraineeView';
import { QaScorecardRules } from './QaScorecardRules';
import { QaBoard } from './qa/QaBoard';

type Tab = 'log' | 'kpi' | 'live' | 'cases' | 'qa' | 'trainees' | 'import' | 'rules' | 'sync';
const TABS: Tab[] = ['log', 'kpi', 'live', 'cases', 'qa', 'trainees', 'import', 'rules', 'sync'];
const FILTER_DEBOUNCE_MS = 250;
type SourceChoice = 'own' | 'merged' | 'team';
const COUNT_LABEL = { local: 'dash.count', team: 'team.count' } as const;

/** The lead's page: the log (own or merged) with filters, export and KPIs; imports; and the shop's rules. */
export function Dashboard({ ownDb, mergedDb }: { ownDb: AppDB; mergedDb: AppDB }) {
  useSignals();
  const tr = t.value;
  const [tab, setTab] = useState<Tab>('log');
  const [choice, setChoice] = useState<SourceChoice>('own');
  const [filter, setFilter] = useState<LogFilter>({});
  const [logWindow, setLogWindow] = useState<LogWindow | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [staffIds, setStaffIds] = useState<string[]>([]);
  const [open, setOpen] = useState<Action | null>(null);
  const [reloads, setReloads] = useState(0);
  const sample = usePreviewSample(ownDb);
  const team = useTeamSource(reloads);
  // The one place the dashboard tells its sources apart: everything below reads `logSource`.
  const logSource = useMemo<LogSource | null>(() => {
    if (choice !== 'team') return localSource(choice === 'merged' ? mergedDb : ownDb);
    return team.state === 'ready' ? teamSource(team.source) : null;
  }, [choice, team, ownDb, mergedDb]);

  // An agent's or trainee's dashboard shows their own rows until the lead unlocks it.
  const ownStaffId = settings.value.agent?.staffId;
  const restricted = !leadUnlocked.value && !!settings.value.agent && settings.value.agent.role !== 'lead';
  const effective = useMemo(() => cleanFilter(restricted ? { ...filter, staffId: ownStaffId ?? '—' } : filter), [filter, restricted, ownStaffId]);
  const effectiveKey = JSON.stringify(effective);
  const say = (e: Error) => (e instanceof TeamLogError ? `${tr(`sync.error.${e.code}`)} (${e.detail.slice(0, 160)})` : e.message);

  useEffect(() => {
    if (!logSource) return;
    const abort = new AbortController();
    setLogWindow(null);
    const timer = setTimeout(() => {
      logSource
        .window(effective, { signal: abort.signal, onPartial: (partial) => !abort.signal.aborted && setLogWindow(partial) })
        .then((found) => {
          if (abort.signal.aborted) return;
          setLogWindow(found);
          setError(null);
        })
        .catch((e: Error) => !abort.signal.aborted && setError(say(e)));
      logSource.staffIds().then(
        (found) => !abort.signal.aborted && setStaffIds(found),
        () => {},
      );
    }, FILTER_DEBOUNCE_MS);
    return () => {
      abort.abort();
      clearTimeout(timer);
    };
  }, [logSource, effectiveKey, reloads]); // eslint-disable-line react-hooks/exhaustive-deps -- the filter by value (effectiveKey); `say` only formats

  return (
    <div className="dash">
      <header className="dash-header">
        <h1>{tr('dash.title')}</h1>
        <nav role="tablist">
          {TABS.map((id) => (
            <button key={id} role="tab" aria-selected={tab === id} className={tab === id ? 'is-active' : undefined} onClick={() => setTab(id)}>
              {tr(`dash.tab.${id}`)}
            </button>
          ))}
        </nav>
        {(tab === 'log' || tab === 'kpi' || tab === 'cases' || tab === 'qa' || tab === 'trainees') && (
          <label>
            {tr('dash.source')}{' '}
            <select value={choice} onChange={(e) => setChoice(e.target.value as SourceChoice)} data-testid="dash-source">
              <option value="own">{tr('dash.source.own')}</option>
              <option value="merged">{tr('dash.source.merged')}</option>
              {team.state !== 'none' && <option value="team">{tr('dash.source.team')}</option>}
            </select>
          </label>
        )}
        <LeadGate />
        <button type="button" onClick={() => setReloads((n) => n + 1)} aria-label={tr('dash.refresh')}>
          ⟳
        </button>
      </header>
      {(tab === 'log' || tab === 'kpi') && <LogFilters filter={filter} staffIds={staffIds} onChange={setFilter} />}
      {/* A view that throws (a hostile import, a bug) says so in place; the tabs and the other views stay usable. */}
      <ErrorBoundary
        key={`${tab}${choice}`}
        onError={(e) => console.error('[kefu] dashboard view failed', e)}
        fallback={(e) => (
          <p className="dash-bad" role="alert" data-testid="dash-view-error">
            {tr('dash.viewError', { message: String((e as Error)?.message ?? e).slice(0, 200) })}
          </p>
        )}
      >
        {error && (
          <p className="dash-bad" role="alert">
            {tr('dash.error', { message: error })}
          </p>
        )}
        {!logSource && <p className="dash-muted">{team.state === 'error' ? tr(`sync.error.${team.error}`) : tr('team.connecting')}</p>}
        {tab === 'log' && logSource?.team && <TeamVerifyPanel source={logSource.team} />}
        {tab === 'log' &&
          logSource &&
          (logWindow === null ? (
            <p className="dash-muted">{tr('dash.loading')}</p>
          ) : (
            <>
              <div className="dash-toolbar">
                <span data-testid="dash-count" data-complete={logWindow.complete}>
                  {tr(logWindow.complete ? COUNT_LABEL[logSource.kind] : 'dash.counting', { count: logWindow.total })}
                </span>
                <ExportBar
                  count={logWindow.total}
                  ready={logWindow.complete}
                  build={(format, options, onProgress, signal) => exportLog(logSource, effective, logWindow.total, format, options, onProgress, signal)}
                />
              </div>
              {logWindow.total === 0 && logWindow.complete ? (
                <p className="dash-muted">{tr('dash.empty')}</p>
              ) : (
                <LogTable key={`${choice}${effectiveKey}${reloads}`} window={logWindow} onOpen={setOpen} />
              )}
            </>
          ))}
        {tab === 'kpi' &&
          logSource &&
          (logSource.team ? (
            <TeamKpiView connection={logSource.team} filter={effective} />
          ) : !logWindow?.complete ? (
            <p className="dash-muted">{tr('dash.counting', { count: logWindow?.total ?? 0 })}</p>
          ) : (
            <KpiView source={logSource} filter={effective} total={logWindow.total} />
          ))}
        {tab === 'kpi' && logSource?.health && <SiteHealth key={`health${choice}${reloads}`} db={logSource.health} />}
        {(tab === 'cases' || tab === 'trainees') && logSource && !logSource.cases && (
          <p className="dash-muted" data-testid="team-not-here">
            {tr('team.notHere')}
          </p>
        )}
        {tab === 'cases' && logSource?.cases && <CaseRegister key={`${choice}${reloads}${restricted}`} db={logSource.cases} ownerOnly={restricted ? (ownStaffId ?? '—') : undefined} />}
        {tab === 'live' &&
          (team.state === 'ready' ? (
            <Wallboard source={team.source} />
          ) : (
            <p className="dash-muted" data-testid="wallboard-off">
              {tr('teamRead.hint')}
            </p>
          ))}
        {tab === 'sync' && (
          <fieldset className="dash-plain-fieldset" disabled={!leadUnlocked.value}>
            <TeamSyncSetup />
            <TeamReadSetup team={team} />
          </fieldset>
        )}
        {tab === 'qa' && logSource && <QaBoard key={`qa${choice}${reloads}${restricted}`} source={logSource} ownOnly={restricted ? (ownStaffId ?? '—') : undefined} />}
        {tab === 'trainees' && logSource?.trainees && <TraineeView key={`${choice}${reloads}`} db={logSource.trainees} />}
        {tab === 'import' && (
          <>
            <ImportView mergedDb={mergedDb} onImported={() => setReloads((n) => n + 1)} />
            <QuarantineView db={ownDb} />
          </>
        )}
        {tab === 'rules' && (
          <>
            {/* A team member takes the lead's signed file without an unlock: the signature is the lead's say-so. */}
            {membership.value && <TeamConfigImport onImported={() => setReloads((n) => n + 1)} />}
            {!membership.value && (
              <p>
                <a href={browser.runtime.getURL('/team-setup.html')} target="_blank" rel="noreferrer" data-testid="open-team-setup">
                  {tr('setup.open')}
                </a>
              </p>
            )}
            <TemplatesRules key={`personal${reloads}`} scope="personal" sample={sample} />
            {!leadUnlocked.value && (
              <p className="dash-muted" data-testid="rules-locked">
                {tr('lead.rulesLocked')}
              </p>
            )}
            {/* Read-only until the lead unlocks: every input and button of the rules is disabled. */}
            <fieldset className="dash-rules" disabled={!leadUnlocked.value} data-testid="rules-fieldset">
              <StorageProblems />
              <PolicyFile onImported={() => setReloads((n) => n + 1)} />
              {/* Re-read from storage after a policy import. */}
              <div key={`rules${reloads}`} className="dash-rules-stored">
                <TemplatesRules scope="team" sample={sample} db={ownDb} />
                <SendGuardRules />
                <TeamRulesEditor />
                <SiteOverridesRules />
                <RemarkRules />
                <PlaybookRules />
                <QaScorecardRules />
              </div>
            </fieldset>
          </>
        )}
      </ErrorBoundary>
      {open && (
        <ErrorBoundary onError={(e) => console.error('[kefu] row detail failed', e)} fallback={() => null}>
          <RowDetail row={open} onClose={() => setOpen(null)} />
        </ErrorBoundary>
      )}
    </div>
  );
}
