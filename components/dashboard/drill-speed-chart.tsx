'use client';

import { CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import { axisTick, tooltipStyle } from './chart-colors';

/** Ten hues that stay readable on the light and the dark background, one per generator. */
const palette = ['#2f74d0', '#d97706', '#059669', '#db2777', '#7c3aed', '#0891b2', '#65a30d', '#dc2626', '#a16207', '#64748b'];

export type DrillSpeedPoint = { label: string } & Record<string, number | string | null>;

/** One line per generator over the learner's sprints: median seconds a problem, or accuracy in percent. */
export function DrillSpeedChart({ points, series, unit }: { points: DrillSpeedPoint[]; series: Array<{ key: string; label: string }>; unit: 's' | '%' }) {
  return (
    <div className="mt-3 text-slate-600 dark:text-slate-300" aria-hidden="true">
      <LineChart
        responsive
        accessibilityLayer={false}
        data={points}
        style={{ width: '100%', height: 220 }}
        margin={{ top: 12, right: 12, bottom: 0, left: -16 }}
      >
        <CartesianGrid strokeDasharray="3 3" vertical={false} stroke="currentColor" strokeOpacity={0.2} />
        <XAxis dataKey="label" tick={axisTick} stroke="currentColor" />
        <YAxis
          domain={unit === '%' ? [0, 100] : [0, 'auto']}
          tickFormatter={(v: number) => `${v}${unit === '%' ? '%' : ' s'}`}
          tick={axisTick}
          stroke="currentColor"
        />
        <Tooltip formatter={(v) => `${v}${unit === '%' ? '%' : ' s'}`} contentStyle={tooltipStyle} />
        <Legend wrapperStyle={{ fontSize: 12 }} />
        {series.map((s, i) => (
          <Line
            key={s.key}
            dataKey={s.key}
            name={s.label}
            stroke={palette[i % palette.length]}
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
