import { useEffect, useMemo, useState } from 'react';
import { responseTime } from '@/utils/kpi/format';
import { kpiFigures, NO_AGENT, sumKpis } from '@/utils/kpi/compute-kpis';
import { kpiOptionsFor, type AgentDayKpi } from '@/utils/kpi/kpi-types';
import type { LogSource } from '@/utils/log-view/log-source';
import type { LogFilter } from '@/utils/model/log-filter';
import { allProfiles, registerCustomSites } from '@/utils/sites';
import { customSitesStore } from '@/utils/storage';
import { settings, t } from '@/utils/state/settings';
import { ResponseChart } from './ResponseChart';

const percent = (share: number | undefined) => (share === undefined ? '—' : `${Math.round(share * 100)}%`);
const number = (value: number | undefined) => (value === undefined ? '—' : value.toFixed(1));

const DEFINITIONS = ['firstResponse', 'avgResponse', 'repliedLast', 'perHour', 'remarkCompliance', 'findings', 'overrides', 'unguarded'] as const;

/**
 * KPIs per agent and day over the filtered rows of any log source, with their definitions beside them: a local source
 * folds its rows chunk by chunk here, the team's server runs the same definitions in SQL.
 */
export function KpiView({ source, filter, total }: { source: LogSource; filter: LogFilter; total: number }) {
  const tr = t.value;
  const lang = settings.value.uiLanguage;
  const [rows, setRows] = useState<AgentDayKpi[] | null>(null);
  const [progress, setProgress] = useState(0);
  const [failure, setFailure] = useState<string | null>(null);
  const [allPlatforms, setAllPlatforms] = useState(false);
  // Built-in platforms' rules and the lead's own for each site taught with the picker.
  const [options, setOptions] = useState<ReturnType<typeof kpiOptionsFor> | null>(null);
  useEffect(
    () =>
      customSitesStore.follow((sites) => {
        registerCustomSites(sites);
        setOptions(kpiOptionsFor(allProfiles()));
      }),
    [],
  );
  const PLATFORM_RULES = useMemo(() => options?.platformRules.map((r) => r.rule) ?? [], [options]);

  const filterKey = JSON.stringify(filter);
  useEffect(() => {
    if (!options) return;
    const abort = new AbortController();
    setRows(null);
    setFailure(null);
    source
      .kpis(filter, options, { signal: abort.signal, onProgress: setProgress })
      .then((computed) => !abort.signal.aborted && setRows(computed))
      .catch((error: Error) => !abort.signal.aborted && setFailure(error.message));
    return () => abort.abort();
  }, [source, filterKey, options]); // eslint-disable-line react-hooks/exhaustive-deps -- the filter by value (filterKey), not by identity

  // Rows without a 工号 (logged before the agent set one) are nobody's: beside agents' rows they are counted below the
  // table, never shown as an agent; a browser whose every row has none (no 工号 set yet) shows them, named in words.
  const agentRows = useMemo(() => {
    const named = (rows ?? []).filter((r) => r.agent !== NO_AGENT);
    return named.length > 0 ? named : (rows ?? []);
  }, [rows]);
  const unattributed = (rows?.length ?? 0) - agentRows.length;
  const byAgent = useMemo(() => {
    const agents = [...new Set(agentRows.map((r) => r.agent))].sort();
    return agents.map((agent) =>
      sumKpis(
        agentRows.filter((r) => r.agent === agent),
        agent,
        tr('kpi.total'),
      ),
    );
  }, [agentRows, tr]);
  // The team's platforms: those whose rule measured something in these rows; the rest one click away.
  const teamRules = useMemo(() => PLATFORM_RULES.filter((rule) => (rows ?? []).some((r) => (r.platform[rule.id]?.rounds ?? 0) > 0)), [PLATFORM_RULES, rows]);
  const shownRules = allPlatforms ? PLATFORM_RULES : teamRules;
  const chartPoints = useMemo(() => {
    const days = [...new Set(agentRows.map((r) => r.day))];
    return days
      .map((day) =>
        kpiFigures(
          sumKpis(
            agentRows.filter((r) => r.day === day),
            '',
            day,
          ),
        ),
      )
      .map((f, i) => ({ day: days[i]!, seconds: (f.avgResponseMs ?? NaN) / 1000 }))
      .filter((p) => Number.isFinite(p.seconds));
  }, [agentRows]);

  if (failure)
    return (
      <p className="dash-bad" role="alert">
        {tr('dash.error', { message: failure })}
      </p>
    );
  if (!rows)
    return (
      <p className="dash-muted">
        {tr('dash.loading')} {progress > 0 ? `${progress}/${total}` : ''}
      </p>
    );
  if (rows.length === 0) return <p className="dash-muted">{tr('kpi.empty')}</p>;
  return (
    <section className="dash-kpi">
      <h2>{tr('kpi.title')}</h2>
      {PLATFORM_RULES.length > teamRules.length && (
        <label className="dash-muted">
          <input type="checkbox" checked={allPlatforms} onChange={(e) => setAllPlatforms(e.target.checked)} data-testid="dash-kpi-all-platforms" />{' '}
          {tr('kpi.allPlatforms', { shown: teamRules.length, all: PLATFORM_RULES.length })}
        </label>
      )}
      <div className="dash-table-scroll">
        <table data-testid="dash-kpi-table">
          <thead>
            <tr>
              <th>{tr('kpi.agent')}</th>
              <th>{tr('kpi.day')}</th>
              <th title={tr('kpi.def.firstResponse')}>{tr('kpi.firstResponse')}</th>
              <th title={tr('kpi.def.avgResponse')}>{tr('kpi.avgResponse')}</th>
              <th title={tr('kpi.def.repliedLast')}>{tr('kpi.repliedLast')}</th>
              <th title={tr('kpi.def.perHour')}>{tr('kpi.perHour')}</th>
              <th title={tr('kpi.def.remarkCompliance')}>{tr('kpi.remarkCompliance')}</th>
              <th title={tr('kpi.def.findings')}>{tr('kpi.findings')}</th>
              <th title={tr('kpi.def.overrides')}>{tr('kpi.overrides')}</th>
              <th title={tr('kpi.def.unguarded')}>{tr('kpi.unguarded')}</th>
              <th>{tr('kpi.templates')}</th>
              {shownRules.map((rule) => (
                <th key={rule.id} title={rule.definition[lang]} data-rule={rule.id}>
                  {rule.name[lang]}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {[...byAgent, ...agentRows].map((row) => {
              const f = kpiFigures(row);
              const platformCell = (ruleId: string) => {
                const p = row.platform[ruleId];
                return p ? `${percent(f.platformRate[ruleId])} (${p.withinRule}/${p.rounds})` : '—';
              };
              return (
                <tr key={`${row.agent}|${row.day}`} data-agent={row.agent} data-day={row.day} className={row.day === tr('kpi.total') ? 'is-total' : undefined}>
                  <td>{row.agent === NO_AGENT ? tr('kpi.noAgent') : row.agent}</td>
                  <td>{row.day}</td>
                  <td>{responseTime(f.avgFirstResponseMs)}</td>
                  <td data-kpi="avgResponse">{responseTime(f.avgResponseMs)}</td>
                  <td>{percent(f.repliedLastShare)}</td>
                  <td>{number(f.messagesPerHour)}</td>
                  <td data-kpi="remarkCompliance">{percent(f.remarkCompliance)}</td>
                  <td>{number(f.findingsPer100)}</td>
                  <td>{row.overrides}</td>
                  <td data-kpi="unguarded" className={row.unguardedViolations > 0 ? 'dash-bad' : undefined}>
                    {row.unguardedViolations} / {row.unguardedSent}
                  </td>
                  <td>{row.templatesInserted}</td>
                  {shownRules.map((rule) => (
                    <td key={rule.id} data-kpi={rule.id}>
                      {platformCell(rule.id)}
                    </td>
                  ))}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {unattributed > 0 && (
        <p className="dash-muted" data-testid="dash-kpi-unattributed">
          {tr('kpi.unattributed', { count: unattributed })}
        </p>
      )}
      {chartPoints.length > 0 && <ResponseChart title={tr('kpi.chart')} unitLabel={tr('kpi.chartUnit')} secondsLabel={tr('kpi.chartUnitSeconds')} dayLabel={tr('kpi.day')} points={chartPoints} />}
      <h3>{tr('kpi.definitions')}</h3>
      <dl className="dash-definitions">
        {DEFINITIONS.map((key) => (
          <dd key={key}>{tr(`kpi.def.${key}`)}</dd>
        ))}
        {shownRules.map((rule) => (
          <dd key={rule.id}>{rule.definition[lang]}</dd>
        ))}
      </dl>
    </section>
  );
}
