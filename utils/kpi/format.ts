/** A response time as a lead reads it: seconds under two minutes (a 3-minute rule is judged in seconds), minutes above. */
export const responseTime = (ms: number | undefined): string =>
  ms === undefined ? '—' : ms < 10_000 ? `${(ms / 1000).toFixed(1)} s` : ms < 120_000 ? `${Math.round(ms / 1000)} s` : `${(ms / 60_000).toFixed(1)} min`;
