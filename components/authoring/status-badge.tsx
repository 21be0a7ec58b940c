import type { LessonStatus } from '@/lib/authoring/lesson-overview';

const styles = {
  file: 'border-slate-300 text-slate-700 dark:border-slate-600 dark:text-slate-300',
  browser: 'border-brand-600 text-brand-800 dark:border-brand-400 dark:text-brand-200',
  conflict: 'border-red-600 text-red-800 dark:border-red-400 dark:text-red-300',
  draft: 'border-amber-500 text-amber-900 dark:border-amber-400 dark:text-amber-200',
  hidden: 'border-slate-400 text-slate-600 dark:border-slate-500 dark:text-slate-400',
  archived: 'border-red-600 text-red-800 dark:border-red-400 dark:text-red-300',
} as const;

const labels = {
  file: 'From file',
  browser: 'Browser-owned',
  conflict: 'Conflict with file',
  draft: 'Has draft',
  hidden: 'Hidden (draft: true)',
  archived: 'Archived',
} as const;

export type BadgeKind = LessonStatus | 'draft' | 'hidden' | 'archived';

/** A lesson's or question's state in words (never colour alone). */
export function StatusBadge({ kind, title, label = labels[kind] }: { kind: BadgeKind; title?: string; label?: string }) {
  return (
    <span title={title} className={`inline-block whitespace-nowrap rounded-full border px-2 py-0.5 text-xs font-semibold ${styles[kind]}`}>
      {label}
    </span>
  );
}
