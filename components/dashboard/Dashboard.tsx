import { useSignals } from '@preact/signals-react/runtime';
import { useEffect, useMemo, useState } from 'react';
import type { AppDB } from '@/utils/db/app-db';
import { loggedStaffIds, rowsInChunks, streamMatchingIds } from '@/utils/db/log-query';
import { cleanFilter, type LogFilter } from '@/utils/log-view/log-filter';
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
import { TeamLogView } from './team/TeamLogView';
import { TeamReadSetup } from './team/TeamReadSetup';
import { useTeamSource } from './team/use-team-source';
import { teamCount, teamStaffIds } from '@/utils/team-log/client';
import { TeamKpiView } from './team/TeamKpiView';
import { Wallboard } from './team/Wallboard';
import { SiteHealth } from './SiteHealth';
import { SiteOverridesRules } from './SiteOverridesRules';
import { usePreviewSample } from './use-preview-sample';
import { leadUnlocked } from '@/utils/lead/lead-lock';
import { settings } from '@/utils/state/settings';
import { ExportBar } from './ExportBar';
import { buildExport } from '@/utils/log-view/build-export';
import { GuardRules } from './GuardRules';
import { ImportView } from './ImportView';
import { KpiView, type KpiRows } from './KpiView';
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

/** The lead's page: the log (own or merged) with filters, export and KPIs; imports; and the shop's rules. */
export function Dashboard({ ownDb, mergedDb }: { ownDb: AppDB; mergedDb: AppDB }) {
  useSignals();
  const tr = t.value;
  const [tab, setTab] = useState<Tab>('log');
  const [source, setSource] = useState<'own' | 'merged' | 'team'>('own');
  const db = source === 'merged' ? mergedDb : ownDb;
  const [filter, setFilter] = useState<LogFilter>({});
  const [ids, setIds] = useState<string[] | null>(null);
  const [complete, setComplete] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [staffIds, setStaffIds] = useState<string[]>([]);
  const [open, setOpen] = useState<Action | null>(null);
  const [reloads, setReloads] = useState(0);
  const sample = usePreviewSample(ownDb);
  const localKpiRows = useMemo<KpiRows>(() => (signal) => rowsInChunks(db, ids ?? [], 5000, signal), [db, ids]);
  const team = useTeamSource(reloads);
  const teamSource = source === 'team' && team.state === 'ready' ? team.source : null;
  const [teamTotal, setTeamTotal] = useState<number | null>(null);

  // An agent's or trainee's dashboard shows their own rows until the lead unlocks it.
  const ownStaffId = settings.value.agent?.staffId;
  const restricted = !leadUnlocked.value && !!settings.value.agent && settings.value.agent.role !== 'lead';
  const effective = restricted ? { ...filter, staffId: ownStaffId ?? '—' } : filter;
  const effectiveKey = JSON.stringify(effective);

  // The team log is counted on the server: nothing of it is listed into this browser.
  useEffect(() => {
    if (!teamSource) return;
    let live = true;
    setTeamTotal(null);
    const timer = setTimeout(() => {
      void teamStaffIds(teamSource).then((result) => live && result.ok && setStaffIds(result.value));
      void teamCount(teamSource, cleanFilter(effective)).then((result) => {
        if (!live) return;
        if (result.ok) setTeamTotal(result.value);
        else setError(`${tr(`sync.error.${result.error}`)} (${result.detail.slice(0, 160)})`);
      });
    }, FILTER_DEBOUNCE_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [teamSource, effectiveKey, reloads]); // eslint-disable-line react-hooks/exhaustive-deps

  useEffect(() => {
    if (source === 'team') return;
    const abort = new AbortController();
    setIds(null);
    setComplete(false);
    const timer = setTimeout(() => {
      const onIds = (found: string[], done: boolean) => {
        setIds(found);
        setComplete(done);
        setError(null);
      };
      streamMatchingIds(db, cleanFilter(effective), onIds, abort.signal).catch((e: Error) => !abort.signal.aborted && setError(e.message));
      void loggedStaffIds(db).then((found) => !abort.signal.aborted && setStaffIds(found));
    }, FILTER_DEBOUNCE_MS);
    return () => {
      abort.abort();
      clearTimeout(timer);
    };
  }, [db, source, effectiveKey, reloads]); // eslint-disable-line react-hooks/exhaustive-deps

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
            <select value={source} onChange={(e) => setSource(e.target.value as 'own' | 'merged' | 'team')} data-testid="dash-source">
              <option value="own">{tr('dash.source.own')}</option>
              <option value="merged">{tr('dash.source.merged')}</option>
              {team.state !== 'none' && <option value="team">{tr('dash.source.team')}</option>}
            </select>
          </label>
        )}
        <LeadGate />
        <button type="button" onClick={() => setReloads((n) => n + 1)} aria-label="refresh">
          ⟳
        </button>
      </header>
      {(tab === 'log' || tab === 'kpi') && <LogFilters filter={filter} staffIds={staffIds} onChange={setFilter} />}
      {/* A view that throws (a hostile import, a bug) says so in place; the tabs and the other views stay usable. */}
      <ErrorBoundary key={`${tab}${source}`} onError={(e) => console.error('[kefu] dashboard view failed', e)} fallback={(e) => <p className="dash-bad" role="alert" data-testid="dash-view-error">{tr('dash.viewError', { message: String((e as Error)?.message ?? e).slice(0, 200) })}</p>}>
        {error && <p className="dash-bad" role="alert">{tr('dash.error', { message: error })}</p>}
        {source === 'team' && !teamSource && <p className="dash-muted">{team.state === 'error' ? tr(`sync.error.${team.error}`) : tr('team.connecting')}</p>}
        {source === 'team' && teamSource && (tab === 'cases' || tab === 'qa' || tab === 'trainees') && <p className="dash-muted" data-testid="team-not-here">{tr('team.notHere')}</p>}
        {tab === 'log' && teamSource && (teamTotal === null ? <p className="dash-muted">{tr('dash.loading')}</p> : <TeamLogView source={teamSource} filter={cleanFilter(effective)} count={teamTotal} onOpen={setOpen} />)}
        {tab === 'kpi' && teamSource && <TeamKpiView source={teamSource} filter={cleanFilter(effective)} />}
        {tab === 'log' && source !== 'team' &&
          (ids === null ? (
            <p className="dash-muted">{tr('dash.loading')}</p>
          ) : (
            <>
              <div className="dash-toolbar">
                <span data-testid="dash-count" data-complete={complete}>
                  {complete ? tr('dash.count', { count: ids.length }) : tr('dash.counting', { count: ids.length })}
                </span>
                <ExportBar count={ids.length} ready={complete} build={(format, options, onProgress, signal) => buildExport(db, ids, format, options, onProgress, signal)} />
              </div>
              {ids.length === 0 && complete ? <p className="dash-muted">{tr('dash.empty')}</p> : <LogTable db={db} ids={ids} onOpen={setOpen} />}
            </>
          ))}
        {tab === 'kpi' && source !== 'team' && (!complete || ids === null ? <p className="dash-muted">{tr('dash.counting', { count: ids?.length ?? 0 })}</p> : <KpiView load={localKpiRows} total={ids.length} />)}
        {tab === 'kpi' && source !== 'team' && <SiteHealth key={`health${source}${reloads}`} db={db} />}
        {tab === 'cases' && source !== 'team' && <CaseRegister key={`${source}${reloads}${restricted}`} db={db} ownerOnly={restricted ? (ownStaffId ?? '—') : undefined} />}
        {tab === 'live' && (team.state === 'ready' ? <Wallboard source={team.source} /> : <p className="dash-muted" data-testid="wallboard-off">{tr('teamRead.hint')}</p>)}
        {tab === 'sync' && (
          <fieldset className="dash-plain-fieldset" disabled={!leadUnlocked.value}>
            <TeamSyncSetup />
            <TeamReadSetup team={team} />
          </fieldset>
        )}
        {tab === 'qa' && source !== 'team' && <QaBoard key={`qa${source}${reloads}${restricted}`} db={db} ownOnly={restricted ? (ownStaffId ?? '—') : undefined} />}
        {tab === 'trainees' && source !== 'team' && <TraineeView key={`${source}${reloads}`} db={db} />}
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
                <a href={browser.runtime.getURL('/team-setup.html')} target="_blank" rel="noreferrer" data-testid="open-team-setup">{tr('setup.open')}</a>
              </p>
            )}
            <TemplatesRules key={`personal${reloads}`} scope="personal" sample={sample} />
            {!leadUnlocked.value && <p className="dash-muted" data-testid="rules-locked">{tr('lead.rulesLocked')}</p>}
            {/* Read-only until the lead unlocks: every input and button of the rules is disabled. */}
            <fieldset className="dash-rules" disabled={!leadUnlocked.value} data-testid="rules-fieldset">
              <StorageProblems />
              <PolicyFile onImported={() => setReloads((n) => n + 1)} />
              {/* Re-read from storage after a policy import. */}
              <div key={`rules${reloads}`} className="dash-rules-stored">
                <TemplatesRules scope="team" sample={sample} db={ownDb} />
                <GuardRules />
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
