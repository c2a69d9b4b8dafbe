import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';

interface Props {
  title: string;
  /** Day (YYYY-MM-DD) → average response in seconds. */
  points: { day: string; seconds: number }[];
}

const DAY_S = 86_400;

/** Daily average response time as a line, drawn by uPlot on a canvas. */
export function ResponseChart({ title, points }: Props) {
  const host = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!host.current || points.length === 0) return;
    const sorted = [...points].sort((a, b) => a.day.localeCompare(b.day));
    const xs = sorted.map((p) => Date.parse(`${p.day}T00:00:00+08:00`) / 1000);
    const ys = sorted.map((p) => Math.round(p.seconds));
    const chart = new uPlot(
      {
        title,
        width: Math.min(host.current.clientWidth || 720, 900),
        height: 220,
        // A day either side, so one or two days do not stretch the axis over years.
        scales: { x: { time: true, range: (_u, min, max) => [min - DAY_S, max + DAY_S] } },
        series: [{}, { label: 's', stroke: '#f03d37', width: 2, points: { show: true } }], axes: [{}, { label: 's' }] },
      [xs, ys],
      host.current,
    );
    return () => chart.destroy();
  }, [title, points]);
  return <div ref={host} className="dash-chart" data-testid="dash-chart" />;
}
