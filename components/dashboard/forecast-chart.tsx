'use client';

import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import { axisTick, seriesColors, tooltipStyle } from './chart-colors';

/** Cards due on each of the next 30 learner days; labels come formatted from the server. */
export function ForecastChart({ days }: { days: Array<{ label: string; due: number }> }) {
  return (
    <div className="mt-3 text-slate-600 dark:text-slate-300" aria-hidden="true">
      <BarChart responsive accessibilityLayer={false} data={days} style={{ width: '100%', height: 220 }} margin={{ top: 8, right: 8, bottom: 0, left: -20 }}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} stroke="currentColor" strokeOpacity={0.2} />
        <XAxis dataKey="label" tick={axisTick} stroke="currentColor" interval="preserveStartEnd" minTickGap={16} />
        <YAxis allowDecimals={false} tick={axisTick} stroke="currentColor" />
        <Tooltip contentStyle={tooltipStyle} cursor={{ fillOpacity: 0.1 }} />
        <Bar dataKey="due" name="Cards due" fill={seriesColors.due} isAnimationActive={false} />
      </BarChart>
    </div>
  );
}
