import type { ReactNode } from 'react';
import { ScrollTable } from './scroll-table';

/** A chart's data as a table, folded away for sighted readers and open to everyone who wants the numbers. */
export function ChartTable({ summary, caption, children }: { summary: string; caption: string; children: ReactNode }) {
  return (
    <details className="mt-3 text-sm">
      <summary className="cursor-pointer font-medium text-slate-700 dark:text-slate-300">{summary}</summary>
      <ScrollTable caption={caption} className="mt-2">
        {children}
      </ScrollTable>
    </details>
  );
}
