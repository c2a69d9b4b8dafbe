import { useSignals } from '@preact/signals-react/runtime';
import { useEffect, useMemo, useState } from 'react';
import type { LogFilter } from '@/utils/log-view/log-filter';
import { allProfiles } from '@/utils/sites';
import { t } from '@/utils/state/settings';
import { teamCount, teamKpis, type TeamSource } from '@/utils/team-log/client';
import { KpiView, type KpiCompute } from '../KpiView';
import { ensureTeamVerification, teamVerification } from './team-verification';

/**
 * The team's KPIs over the rows the verification vouched for (signed by a registered device, no conflicting version,
 * chain intact): computed by the server in SQL with those rows bound, and the number left out said above them.
 */
export function TeamKpiView({ source, filter }: { source: TeamSource; filter: LogFilter }) {
  useSignals();
  const tr = t.value;
  const status = teamVerification.value;
  useEffect(() => ensureTeamVerification(source), [source]);
  const trusted = status.state === 'done' ? status.result.trusted : undefined;
  const filterKey = JSON.stringify(filter);
  const [counts, setCounts] = useState<{ all: number; trusted: number } | null>(null);
  const [error, setError] = useState('');
  useEffect(() => {
    if (!trusted) return;
    let live = true;
    setCounts(null);
    void Promise.all([teamCount(source, filter), teamCount(source, filter, trusted)]).then(([all, kept]) => {
      if (!live) return;
      if (all.ok && kept.ok) setCounts({ all: all.value, trusted: kept.value });
      else setError(!all.ok ? all.detail : !kept.ok ? kept.detail : '');
    });
    return () => {
      live = false;
    };
  }, [source, trusted, filterKey]); // eslint-disable-line react-hooks/exhaustive-deps
  const compute = useMemo<KpiCompute>(
    () => async (options) => {
      const result = await teamKpis(source, filter, allProfiles(), options, trusted);
      if (!result.ok) throw new Error(`${tr(`sync.error.${result.error}`)} (${result.detail.slice(0, 160)})`);
      return result.value;
    },
    [source, trusted, filterKey], // eslint-disable-line react-hooks/exhaustive-deps
  );
  if (status.state === 'error') return <p className="dash-bad" role="alert">{tr('dash.error', { message: status.message })}</p>;
  if (!trusted) return <p className="dash-muted" data-testid="team-kpi-waiting">{tr('verify.kpiWaiting')}</p>;
  if (error) return <p className="dash-bad" role="alert">{tr('dash.error', { message: error })}</p>;
  if (!counts) return <p className="dash-muted">{tr('dash.loading')}</p>;
  return (
    <>
      {counts.all > counts.trusted && <p className="dash-bad" data-testid="team-kpi-excluded" data-excluded={counts.all - counts.trusted}>{tr('verify.kpiExcluded', { excluded: counts.all - counts.trusted })}</p>}
      <KpiView compute={compute} total={counts.trusted} />
    </>
  );
}
