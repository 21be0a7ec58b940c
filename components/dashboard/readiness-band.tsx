import { percent } from './format';

/** The predicted score as a point inside its band on a 0–100 % track, with the pass mark as a line. */
export function ReadinessBand({ predicted, low, high, passMark }: { predicted: number; low: number; high: number; passMark: number | null }) {
  const at = (fraction: number) => `${(fraction * 100).toFixed(2)}%`;
  const description = `Predicted ${percent(predicted)}, likely between ${percent(low)} and ${percent(high)}${passMark === null ? '' : `; pass mark ${percent(passMark)}`}.`;
  return (
    <div role="img" aria-label={description} className="relative mt-4 h-8">
      <div className="absolute inset-x-0 top-3 h-2 rounded-full bg-slate-200 dark:bg-slate-800" />
      <div className="absolute top-3 h-2 rounded-full bg-brand-500/40 dark:bg-brand-500/50" style={{ left: at(low), width: at(high - low) }} />
      {passMark !== null && <div className="absolute top-0 h-8 w-0.5 bg-amber-600 dark:bg-amber-400" style={{ left: at(passMark) }} />}
      <div
        className="absolute top-1.5 size-5 -translate-x-1/2 rounded-full border-2 border-white bg-brand-700 dark:border-slate-950 dark:bg-brand-100"
        style={{ left: at(predicted) }}
      />
    </div>
  );
}
