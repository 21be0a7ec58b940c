import { atRiskLabels, type AtRiskReason } from '@/lib/dashboard/instructor/at-risk';

export function AtRiskBadges({ reasons }: { reasons: AtRiskReason[] }) {
  if (reasons.length === 0) return <span className="text-slate-500 dark:text-slate-400">—</span>;
  return (
    <ul className="flex flex-wrap gap-1" aria-label="At risk because">
      {reasons.map((reason) => (
        <li
          key={reason}
          className="whitespace-nowrap rounded-full bg-red-100 px-2 py-0.5 text-xs font-semibold text-red-900 dark:bg-red-900/40 dark:text-red-100"
        >
          {atRiskLabels[reason]}
        </li>
      ))}
    </ul>
  );
}
