'use client';

import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import { axisTick, seriesColors, tooltipStyle } from './chart-colors';

export type DomainPoint = { code: string; title: string; recall: number | null; accuracy: number | null };

const asPercent = (value: unknown) => (typeof value === 'number' ? `${Math.round(value)}%` : '—');

/** Recall now next to answer accuracy per domain, side by side, in percent. */
export function DomainMasteryChart({ points }: { points: DomainPoint[] }) {
  const data = points.map((p) => ({ ...p, recall: p.recall === null ? null : p.recall * 100, accuracy: p.accuracy === null ? null : p.accuracy * 100 }));
  return (
    <div className="mt-3 text-slate-600 dark:text-slate-300" aria-hidden="true">
      <BarChart responsive accessibilityLayer={false} data={data} style={{ width: '100%', height: 240 }} margin={{ top: 8, right: 8, bottom: 0, left: -16 }}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} stroke="currentColor" strokeOpacity={0.2} />
        <XAxis dataKey="code" tick={axisTick} stroke="currentColor" />
        <YAxis domain={[0, 100]} ticks={[0, 25, 50, 75, 100]} tickFormatter={asPercent} tick={axisTick} stroke="currentColor" />
        <Tooltip
          formatter={asPercent}
          labelFormatter={(code) => points.find((p) => p.code === code)?.title ?? String(code)}
          contentStyle={tooltipStyle}
          cursor={{ fillOpacity: 0.1 }}
        />
        <Legend wrapperStyle={{ fontSize: 13 }} />
        <Bar dataKey="recall" name="Predicted recall now" fill={seriesColors.recall} maxBarSize={36} isAnimationActive={false} />
        <Bar dataKey="accuracy" name="Answer accuracy" fill={seriesColors.accuracy} maxBarSize={36} isAnimationActive={false} />
      </BarChart>
    </div>
  );
}
