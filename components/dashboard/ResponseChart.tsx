import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';

interface Props {
  title: string;
  /** The series' name in the legend and the y axis label, in minutes and in seconds (平均响应（分钟） / （秒）). */
  unitLabel: string;
  secondsLabel: string;
  /** The x series' name in the legend (日期 / Day): uPlot would say "Time". */
  dayLabel: string;
  /** Day (YYYY-MM-DD) → average response in seconds. */
  points: { day: string; seconds: number }[];
}

const DAY_S = 86_400;

/** Daily average response time in minutes as a line (uPlot, canvas); days on the x axis as MM-DD, China time. */
export function ResponseChart({ title, unitLabel, secondsLabel, dayLabel, points }: Props) {
  const host = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!host.current || points.length === 0) return;
    const sorted = [...points].sort((a, b) => a.day.localeCompare(b.day));
    const xs = sorted.map((p) => Date.parse(`${p.day}T00:00:00+08:00`) / 1000);
    // Minutes: reply times of one to a few dozen minutes read as such, not as hundreds of seconds; a team that answers
    // within two minutes is shown in seconds (0.0 min says nothing).
    const inSeconds = Math.max(...sorted.map((p) => p.seconds)) < 120;
    const label = inSeconds ? secondsLabel : unitLabel;
    const ys = sorted.map((p) => Math.round((inSeconds ? p.seconds : p.seconds / 60) * 10) / 10);
    const chart = new uPlot(
      {
        title,
        width: Math.min(host.current.clientWidth || 720, 900),
        height: 220,
        // A day either side, so one or two days do not stretch the axis over years.
        scales: { x: { time: true, range: () => [xs[0]! - DAY_S, xs.at(-1)! + DAY_S] } },
        series: [
          { label: dayLabel, value: (_u, v) => (v == null ? '—' : new Date((v + 8 * 3600) * 1000).toISOString().slice(0, 10)) },
          { label, stroke: '#f03d37', width: 2, points: { show: true }, value: (_u, v) => (v == null ? '—' : `${v}`) },
        ],
        axes: [
          // One tick per day that has data (an hourly tick would print the same day many times).
          { splits: () => xs, values: (_u, splits) => splits.map((x) => new Date((x + 8 * 3600) * 1000).toISOString().slice(5, 10)) },
          { label, size: 60 },
        ],
      },
      [xs, ys],
      host.current,
    );
    return () => chart.destroy();
  }, [title, unitLabel, secondsLabel, dayLabel, points]);
  return <div ref={host} className="dash-chart" data-testid="dash-chart" />;
}
