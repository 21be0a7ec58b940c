import type { ReactNode } from 'react';

/** What a section shows before there is anything to show: what to do to fill it. */
export function EmptyNote({ children }: { children: ReactNode }) {
  return (
    <div className="mt-3 rounded-lg border border-dashed border-slate-300 p-4 text-sm text-slate-700 dark:border-slate-700 dark:text-slate-300">{children}</div>
  );
}
