import { markLabels, type Mark } from './answer-state';

/** Row outlines after grading; the AnswerMark text says the same for those who cannot see colour. */
export const markFrame: Record<Mark | 'none', string> = {
  'correct-picked': 'border-green-600 bg-green-50 dark:border-green-500 dark:bg-green-950/40',
  'correct-missed': 'border-dashed border-green-600 bg-white dark:border-green-500 dark:bg-slate-900',
  'wrong-picked': 'border-red-600 bg-red-50 dark:border-red-500 dark:bg-red-950/40',
  none: 'border-slate-200 bg-white dark:border-slate-700 dark:bg-slate-900',
};

/** Before grading: the outline follows hover and the checked input inside the row. */
export const selectableFrame =
  'border-slate-200 bg-white hover:border-brand-500 hover:bg-slate-50 has-checked:border-brand-600 has-checked:bg-brand-50 dark:border-slate-700 dark:bg-slate-900 dark:hover:bg-slate-800/60 dark:has-checked:border-brand-500 dark:has-checked:bg-brand-800/30';

const badge: Record<Mark, string> = {
  'correct-picked': 'bg-green-100 text-green-900 dark:bg-green-900/60 dark:text-green-100',
  'correct-missed': 'bg-green-100 text-green-900 dark:bg-green-900/60 dark:text-green-100',
  'wrong-picked': 'bg-red-100 text-red-900 dark:bg-red-900/60 dark:text-red-100',
};

/** A text badge ("Correct answer", "Your answer – incorrect") with an icon, after grading. */
export function AnswerMark({ mark, children }: { mark: Mark; children?: string }) {
  return (
    <span className={`mt-2 inline-flex items-center gap-1 rounded px-2 py-0.5 text-xs font-semibold ${badge[mark]}`}>
      <span aria-hidden="true">{mark === 'wrong-picked' ? '✗' : '✓'}</span>
      {children ?? markLabels[mark]}
    </span>
  );
}
