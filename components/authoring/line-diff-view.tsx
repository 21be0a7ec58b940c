import type { LineDiff } from '@/lib/authoring/line-diff';

const marks = { added: '+', removed: '−', same: ' ' } as const;
const rowStyles = {
  added: 'bg-green-50 text-green-900 dark:bg-green-950/60 dark:text-green-200',
  removed: 'bg-red-50 text-red-900 dark:bg-red-950/60 dark:text-red-200',
  same: '',
} as const;
const spoken = { added: 'added', removed: 'removed', same: 'unchanged' } as const;

/** A line diff with +/− markers and words for screen readers, not colour alone; it scrolls sideways on small screens. */
export function LineDiffView({ diff, label }: { diff: LineDiff; label: string }) {
  if (!diff.some((line) => line.kind === 'added' || line.kind === 'removed'))
    return <p className="text-sm text-slate-500 dark:text-slate-400">No changes in the text.</p>;
  return (
    <div className="overflow-x-auto rounded-md border border-slate-200 dark:border-slate-800">
      <table className="w-full border-collapse font-mono text-xs" aria-label={label}>
        <thead className="sr-only">
          <tr>
            <th>Old line</th>
            <th>New line</th>
            <th>Change</th>
            <th>Text</th>
          </tr>
        </thead>
        <tbody>
          {diff.map((line, i) =>
            line.kind === 'gap' ? (
              <tr key={i} className="bg-slate-50 text-slate-500 dark:bg-slate-900 dark:text-slate-400">
                <td colSpan={4} className="px-2 py-1 font-sans">
                  … {line.lines} unchanged line{line.lines === 1 ? '' : 's'} …
                </td>
              </tr>
            ) : (
              <tr key={i} className={rowStyles[line.kind]}>
                <td className="w-10 select-none px-1 text-right text-slate-400">{line.oldLine ?? ''}</td>
                <td className="w-10 select-none px-1 text-right text-slate-400">{line.newLine ?? ''}</td>
                <td className="w-5 select-none text-center font-bold">
                  <span aria-hidden="true">{marks[line.kind]}</span>
                  <span className="sr-only">{spoken[line.kind]}</span>
                </td>
                <td className="whitespace-pre px-2">{line.text}</td>
              </tr>
            ),
          )}
        </tbody>
      </table>
    </div>
  );
}
