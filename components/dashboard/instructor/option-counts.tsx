import type { ItemStats } from '@/lib/dashboard/item-analysis';

/** Distractor analysis: how often each answer was chosen, the right ones marked. */
export function OptionCounts({ item }: { item: ItemStats }) {
  if (item.optionCounts.length === 0) {
    const why = item.type === 'ordering' || item.type === 'matching' ? 'answers are arrangements, not picks from a list' : 'no answers yet';
    return <p className="text-slate-600 dark:text-slate-400">Not applicable: {why}.</p>;
  }
  const most = Math.max(1, ...item.optionCounts.map((o) => o.count));
  return (
    <table className="w-full min-w-64 text-sm">
      <caption className="sr-only">Answers chosen for {item.questionId}</caption>
      <thead className="sr-only">
        <tr>
          <th scope="col">Answer</th>
          <th scope="col">Times chosen</th>
        </tr>
      </thead>
      <tbody>
        {item.optionCounts.map((option) => (
          <tr key={option.optionId}>
            <th scope="row" className="py-0.5 pr-3 text-left font-normal">
              {option.label}
              {option.correct && <span className="ml-1 font-semibold text-emerald-700 dark:text-emerald-300">(correct)</span>}
            </th>
            <td className="w-1/2 py-0.5">
              <span className="flex items-center gap-2">
                <span
                  aria-hidden="true"
                  className={`h-2 rounded ${option.correct ? 'bg-emerald-600' : 'bg-slate-400 dark:bg-slate-500'}`}
                  style={{ width: `${(option.count / most) * 100}%`, minWidth: 2 }}
                />
                <span className="tabular-nums">{option.count}</span>
              </span>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
