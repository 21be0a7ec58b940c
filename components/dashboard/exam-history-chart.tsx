'use client';

import { CartesianGrid, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import { axisTick, seriesColors, tooltipStyle } from './chart-colors';

export type ExamPoint = { label: string; score: number };

/** Exam simulation scores over time (in percent) against the pass mark, where the vendor publishes one. */
export function ExamHistoryChart({ points, passMark }: { points: ExamPoint[]; passMark: number | null }) {
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
        <YAxis domain={[0, 100]} ticks={[0, 25, 50, 75, 100]} tickFormatter={(v: number) => `${v}%`} tick={axisTick} stroke="currentColor" />
        <Tooltip formatter={(v) => `${v}%`} contentStyle={tooltipStyle} />
        {passMark !== null && (
          <ReferenceLine
            y={passMark}
            stroke={seriesColors.passMark}
            strokeDasharray="6 3"
            label={{ value: 'Pass mark', position: 'insideTopLeft', fill: 'currentColor', fontSize: 12 }}
          />
        )}
        <Line dataKey="score" name="Score" stroke={seriesColors.score} strokeWidth={2} dot={{ r: 4 }} isAnimationActive={false} />
      </LineChart>
    </div>
  );
}
