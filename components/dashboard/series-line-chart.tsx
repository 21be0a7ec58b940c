'use client';

import { CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import { axisTick, tooltipStyle } from './chart-colors';

// Hues that stay readable on the light and the dark background; lines also differ by dash, so colour is not the only cue.
const palette = ['#2f74d0', '#d97706', '#059669', '#db2777', '#7c3aed', '#0891b2', '#65a30d', '#dc2626', '#a16207', '#64748b'];
const dashes = ['', '6 3', '2 3', '8 3 2 3', '4 4', '1 3'];

/** One point per x label; each series' value under its key, null or absent where it has none. */
export type SeriesPoint = { label: string } & Record<string, number | string | null>;

type Props = { points: SeriesPoint[]; series: Array<{ key: string; label: string }>; unit: 's' | '%'; height?: number };

/** Several series over the same labels, one line each: percent (0–100) or seconds. */
export function SeriesLineChart({ points, series, unit, height = 220 }: Props) {
  const format = (v: unknown) => `${v}${unit === '%' ? '%' : ' s'}`;
  return (
    <div className="mt-3 text-slate-600 dark:text-slate-300" aria-hidden="true">
      <LineChart responsive accessibilityLayer={false} data={points} style={{ width: '100%', height }} margin={{ top: 12, right: 12, bottom: 0, left: -16 }}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} stroke="currentColor" strokeOpacity={0.2} />
        <XAxis dataKey="label" tick={axisTick} stroke="currentColor" />
        <YAxis
          domain={unit === '%' ? [0, 100] : [0, 'auto']}
          ticks={unit === '%' ? [0, 25, 50, 75, 100] : undefined}
          tickFormatter={format}
          tick={axisTick}
          stroke="currentColor"
        />
        <Tooltip formatter={format} contentStyle={tooltipStyle} />
        <Legend wrapperStyle={{ fontSize: 12 }} />
        {series.map((s, i) => (
          <Line
            key={s.key}
            dataKey={s.key}
            name={s.label}
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
