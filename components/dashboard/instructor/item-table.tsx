import Link from 'next/link';
import type { ItemStats } from '@/lib/dashboard/item-analysis';
import { minimumAnswersForFlags } from '@/lib/dashboard/item-analysis-flags';
import { linkClass, tableClass } from '../format';
import { editorPath, itemFlagLabels } from './item-flags';
import { OptionCounts } from './option-counts';

const decimal = (value: number | null) => (value === null ? '—' : value.toFixed(2));
const seconds = (ms: number | null) => (ms === null ? '—' : `${(ms / 1000).toFixed(1)} s`);

/** Every question with its statistics; flagged ones first, each linking to its editor. */
export function ItemTable({ items }: { items: ItemStats[] }) {
  const ordered = [...items].sort((a, b) => b.flags.length - a.flags.length);
  return (
    <div className="mt-3 overflow-x-auto rounded-xl border border-slate-200 dark:border-slate-800">
      <table className={`${tableClass} [&_td]:align-top [&_th]:align-top`}>
        <caption className="sr-only">Item analysis, one row per question</caption>
        <thead className="text-slate-600 dark:text-slate-400">
          <tr>
            <th scope="col" className="font-medium">
              Question
            </th>
            <th scope="col" className="font-medium">
              Answers
            </th>
            <th scope="col" className="font-medium">
              Facility
            </th>
            <th scope="col" className="font-medium">
              Discrimination
            </th>
            <th scope="col" className="font-medium">
              Mean time
            </th>
            <th scope="col" className="font-medium">
              Flags
            </th>
            <th scope="col" className="font-medium">
              Answers chosen
            </th>
          </tr>
        </thead>
        <tbody>
          {ordered.map((item) => (
            <tr key={item.questionId} className={item.flags.length ? 'bg-amber-50/70 dark:bg-amber-950/20' : undefined} data-question={item.questionId}>
              <th scope="row" className="max-w-72 whitespace-normal font-normal">
                <Link href={editorPath(item.questionId)} className={linkClass}>
                  {item.stem || item.questionId}
                </Link>
                <div className="text-xs text-slate-500 dark:text-slate-400">
                  {item.questionId} · {item.type}
                </div>
              </th>
              <td className="tabular-nums">
                {item.attempts}
                {item.examAttempts > 0 && <div className="text-xs text-slate-500 dark:text-slate-400">{item.examAttempts} in exams</div>}
              </td>
              <td className="tabular-nums">{decimal(item.facility)}</td>
              <td className="tabular-nums" title={item.discrimination === null ? 'Needs two or more exam attempts whose scores differ' : undefined}>
                {decimal(item.discrimination)}
              </td>
              <td className="whitespace-nowrap tabular-nums">{seconds(item.meanTimeMs)}</td>
              <td>
                {item.flags.length === 0 ? (
                  item.sampleTooSmall ? (
                    <span className="whitespace-nowrap text-slate-600 dark:text-slate-400" title={`Flags need at least ${minimumAnswersForFlags} answers`}>
                      n too small
                    </span>
                  ) : (
                    <span className="text-slate-500 dark:text-slate-400">—</span>
                  )
                ) : (
                  <ul className="space-y-1">
                    {item.flags.map((flag) => (
                      <li
                        key={flag}
                        className="whitespace-nowrap rounded-full bg-amber-100 px-2 py-0.5 text-xs font-semibold text-amber-900 dark:bg-amber-900/40 dark:text-amber-100"
                      >
                        {itemFlagLabels[flag]}
                      </li>
                    ))}
                  </ul>
                )}
              </td>
              <td className="min-w-56">
                <details>
                  <summary className="cursor-pointer text-slate-700 dark:text-slate-300">Show</summary>
                  <div className="mt-1">
                    <OptionCounts item={item} />
                  </div>
                </details>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
