import type { ReactNode } from 'react';

/** A grey stand-in; the caller gives its size. */
export function SkeletonBlock({ className }: { className: string }) {
  return <div className={`animate-pulse rounded-xl bg-slate-200 dark:bg-slate-800 ${className}`} />;
}

/**
 * A page in grey while its queries run: the heading, then the shape of the body the caller draws,
 * so that nothing jumps when the page arrives.
 */
export function PageSkeleton({ label = 'Loading', subtitle = true, children }: { label?: string; subtitle?: boolean; children: ReactNode }) {
  return (
    <div role="status" aria-busy="true" aria-label={label} className="space-y-6">
      <div className="space-y-2">
        <SkeletonBlock className="h-9 w-56" />
        {subtitle && <SkeletonBlock className="h-5 w-2/3" />}
      </div>
      {children}
    </div>
  );
}
