'use client';

import { CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import { axisTick, tooltipStyle } from './chart-colors';

/** One point per exam: its label and the percent fully correct per domain code (absent when the exam had none of it). */
export type DomainHistoryPoint = { label: string } & Record<string, number | string>;

// Distinguishable on light and dark backgrounds; lines also differ by dash, so colour is not the only cue.
const palette = ['#2f74d0', '#d97706', '#059669', '#c026d3', '#dc2626', '#0891b2'];
const dashes = ['', '6 3', '2 3', '8 3 2 3', '4 4', '1 3'];

/** Each domain's exam score over time, one line per domain, in percent. */
export function DomainHistoryChart({ points, domains }: { points: DomainHistoryPoint[]; domains: Array<{ code: string; title: string }> }) {
  return (
    <div className="mt-3 text-slate-600 dark:text-slate-300" aria-hidden="true">
      <LineChart
        responsive
        accessibilityLayer={false}
        data={points}
        style={{ width: '100%', height: 240 }}
        margin={{ top: 12, right: 12, bottom: 0, left: -16 }}
      >
        <CartesianGrid strokeDasharray="3 3" vertical={false} stroke="currentColor" strokeOpacity={0.2} />
        <XAxis dataKey="label" tick={axisTick} stroke="currentColor" />
        <YAxis domain={[0, 100]} ticks={[0, 25, 50, 75, 100]} tickFormatter={(v: number) => `${v}%`} tick={axisTick} stroke="currentColor" />
        <Tooltip formatter={(v) => `${v}%`} contentStyle={tooltipStyle} />
        <Legend wrapperStyle={{ fontSize: 13 }} />
        {domains.map((d, i) => (
          <Line
            key={d.code}
            dataKey={d.code}
            name={`${d.code} ${d.title}`}
            stroke={palette[i % palette.length]}
            strokeDasharray={dashes[i % dashes.length]}
            strokeWidth={2}
            dot={{ r: 3 }}
            connectNulls
            isAnimationActive={false}
          />
        ))}
      </LineChart>
    </div>
  );
}
