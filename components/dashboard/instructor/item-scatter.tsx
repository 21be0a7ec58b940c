'use client';

import { CartesianGrid, ReferenceArea, Scatter, ScatterChart, Tooltip, XAxis, YAxis } from 'recharts';
import { facilityBounds } from '@/lib/dashboard/item-analysis-flags';
import { axisTick, tooltipStyle } from '../chart-colors';

export type ItemPoint = { questionId: string; facility: number; discrimination: number; flagged: boolean };

/**
 * Facility against discrimination, one dot per question: the shaded edges are where questions
 * get flagged, so problem questions stand out at a glance. The table below holds every number.
 */
export function ItemScatter({ points }: { points: ItemPoint[] }) {
  return (
    <div className="mt-3 text-slate-600 dark:text-slate-300" aria-hidden="true">
      <ScatterChart responsive accessibilityLayer={false} style={{ width: '100%', height: 280 }} margin={{ top: 8, right: 16, bottom: 16, left: 8 }}>
        <CartesianGrid strokeDasharray="3 3" stroke="currentColor" strokeOpacity={0.2} />
        <ReferenceArea x1={0} x2={facilityBounds.low} y1={-1} y2={1} fill="#d97706" fillOpacity={0.12} />
        <ReferenceArea x1={facilityBounds.high} x2={1} y1={-1} y2={1} fill="#d97706" fillOpacity={0.12} />
        <ReferenceArea x1={0} x2={1} y1={-1} y2={0} fill="#dc2626" fillOpacity={0.08} />
        <XAxis
          type="number"
          dataKey="facility"
          name="Facility"
          domain={[0, 1]}
          ticks={[0, 0.2, 0.5, 0.8, 0.95, 1]}
          tick={axisTick}
          stroke="currentColor"
          label={{ value: 'Facility', position: 'insideBottom', offset: -8, fill: 'currentColor', fontSize: 12 }}
        />
        <YAxis
          type="number"
          dataKey="discrimination"
          name="Discrimination"
          domain={[-1, 1]}
          ticks={[-1, -0.5, 0, 0.5, 1]}
          tick={axisTick}
          stroke="currentColor"
          width={40}
          label={{ value: 'Discrimination', angle: -90, position: 'insideLeft', offset: -4, fill: 'currentColor', fontSize: 12 }}
        />
        <Tooltip
          contentStyle={tooltipStyle}
          formatter={(value) => (typeof value === 'number' ? value.toFixed(2) : String(value))}
          cursor={{ strokeDasharray: '3 3' }}
        />
        <Scatter name="Questions" data={points.filter((p) => !p.flagged)} fill="#2f74d0" isAnimationActive={false} />
        <Scatter name="Flagged" data={points.filter((p) => p.flagged)} fill="#dc2626" shape="diamond" isAnimationActive={false} />
      </ScatterChart>
    </div>
  );
}
