/** A labelled progress bar; screen readers get the label and the numbers, everyone sees the bar. */
export function ProgressBar({ value, max, label, size = 'md' }: { value: number; max: number; label: string; size?: 'sm' | 'md' }) {
  const percent = max > 0 ? Math.round((value / max) * 100) : 0;
  return (
    <div
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={max}
      aria-valuenow={value}
      aria-valuetext={`${value} of ${max} (${percent}%)`}
      className={`w-full overflow-hidden rounded-full bg-slate-200 dark:bg-slate-800 ${size === 'sm' ? 'h-1.5' : 'h-2.5'}`}
    >
      <div className="h-full rounded-full bg-brand-600 transition-[width] dark:bg-brand-500" style={{ width: `${percent}%` }} />
    </div>
  );
}
