import { useEffect, useMemo, useState } from 'react';
import { teamSource } from '@/utils/log-view/log-source';
import type { LogFilter } from '@/utils/model/log-filter';
import type { TeamSource } from '@/utils/team-log/client';
import { KpiView } from '../KpiView';
import { ensureTeamVerification, teamVerification } from './team-verification';
import { useTr } from '../../use-tr';

/**
 * The team's KPIs over the rows the verification vouched for (signed by a registered device, no conflicting version,
 * chain intact): the same KPI view over the team source with those rows bound, and the number left out said above it.
 */
export function TeamKpiView({ connection, filter }: { connection: TeamSource; filter: LogFilter }) {
  const tr = useTr();
  const status = teamVerification.value;
  useEffect(() => ensureTeamVerification(connection), [connection]);
  const trusted = status.state === 'done' ? status.result.trusted : undefined;
  const all = useMemo(() => teamSource(connection), [connection]);
  const vouched = useMemo(() => (trusted ? teamSource(connection, trusted) : undefined), [connection, trusted]);
  const filterKey = JSON.stringify(filter);
  const [counts, setCounts] = useState<{ all: number; trusted: number } | null>(null);
  const [error, setError] = useState('');
  useEffect(() => {
    if (!vouched) return;
    let live = true;
    setCounts(null);
    Promise.all([all.count(filter), vouched.count(filter)])
      .then(([total, kept]) => live && setCounts({ all: total, trusted: kept }))
      .catch((e: Error) => live && setError(e.message));
    return () => {
      live = false;
    };
  }, [all, vouched, filterKey]); // eslint-disable-line react-hooks/exhaustive-deps -- the filter by value (filterKey), not by identity
  if (status.state === 'error')
    return (
      <p className="dash-bad" role="alert">
        {tr('dash.error', { message: status.message })}
      </p>
    );
  if (!vouched)
    return (
      <p className="dash-muted" data-testid="team-kpi-waiting">
        {tr('verify.kpiWaiting')}
      </p>
    );
  if (error)
    return (
      <p className="dash-bad" role="alert">
        {tr('dash.error', { message: error })}
      </p>
    );
  if (!counts) return <p className="dash-muted">{tr('dash.loading')}</p>;
  return (
    <>
      {counts.all > counts.trusted && (
        <p className="dash-bad" data-testid="team-kpi-excluded" data-excluded={counts.all - counts.trusted}>
          {tr('verify.kpiExcluded', { excluded: counts.all - counts.trusted })}
        </p>
      )}
      <KpiView source={vouched} filter={filter} total={counts.trusted} />
    </>
  );
}
