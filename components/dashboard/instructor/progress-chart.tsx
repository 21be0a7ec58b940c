'use client';

import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import { axisTick, tooltipStyle } from '../chart-colors';
import type { ProgressBucket } from './progress-distribution';

/** How far through the course the cohort is, at-risk learners stacked on top. */
export function ProgressChart({ buckets }: { buckets: ProgressBucket[] }) {
  return (
    <div className="mt-3 text-slate-600 dark:text-slate-300" aria-hidden="true">
      <BarChart responsive accessibilityLayer={false} data={buckets} style={{ width: '100%', height: 220 }} margin={{ top: 8, right: 8, bottom: 0, left: -24 }}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} stroke="currentColor" strokeOpacity={0.2} />
        <XAxis dataKey="label" tick={axisTick} stroke="currentColor" interval="preserveStartEnd" />
        <YAxis allowDecimals={false} tick={axisTick} stroke="currentColor" />
        <Tooltip contentStyle={tooltipStyle} cursor={{ fillOpacity: 0.1 }} />
        <Legend wrapperStyle={{ fontSize: 13 }} />
        <Bar dataKey="onTrack" name="On track" stackId="learners" fill="#2f74d0" isAnimationActive={false} />
        <Bar dataKey="atRisk" name="At risk" stackId="learners" fill="#dc2626" isAnimationActive={false} />
      </BarChart>
    </div>
  );
}
