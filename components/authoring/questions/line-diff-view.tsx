import type { DiffLine } from '@/lib/authoring/questions/line-diff';

const styles = {
  '+': 'bg-green-50 text-green-900 dark:bg-green-950/50 dark:text-green-100',
  '-': 'bg-red-50 text-red-900 dark:bg-red-950/50 dark:text-red-100',
  ' ': 'text-slate-600 dark:text-slate-400',
} as const;
const names = { '+': 'added', '-': 'removed', ' ': 'unchanged' } as const;

/** A line diff with +/− in the text (not colour alone), scrolling sideways on narrow screens. */
export function LineDiffView({ lines, label }: { lines: DiffLine[]; label: string }) {
  return (
    <pre aria-label={label} className="overflow-x-auto rounded-md border border-slate-200 text-xs leading-5 dark:border-slate-800">
      <code>
        {lines.map((line, i) => (
          <span key={i} className={`block px-2 ${styles[line.marker]}`}>
            <span aria-label={names[line.marker]} className="select-none pr-2">{line.marker === '-' ? '−' : line.marker}</span>
            {line.text}
          </span>
        ))}
      </code>
    </pre>
  );
}
