import { removeMemberAction } from '@/app/instructor/cohorts/actions';
import { ConfirmButton } from '@/components/ui/confirm-button';
import type { LearnerRow } from '@/lib/dashboard/instructor/cohort-table';

/** Who is in the cohort since when, with the way out for each member. */
export function MembersList({ rows, cohort }: { rows: LearnerRow[]; cohort: { id: string; name: string } }) {
  return (
    <ul className="mt-3 divide-y divide-slate-200 rounded-xl border border-slate-200 text-sm dark:divide-slate-800 dark:border-slate-800">
      {rows.map((row) => (
        <li key={row.userId} className="flex flex-wrap items-center gap-x-3 gap-y-1 p-3">
          <span className="min-w-0 break-all">{row.name ? `${row.name} · ${row.email}` : row.email}</span>
          <span className="text-slate-500 dark:text-slate-400">joined {row.joinedAt.slice(0, 10)}</span>
          <span className="ml-auto">
            <ConfirmButton
              serverAction={removeMemberAction}
              input={{ cohortId: cohort.id, userId: row.userId }}
              label="Remove"
              confirm={`Remove ${row.email} from ${cohort.name}? Their own progress is kept; you will no longer see it.`}
            />
          </span>
        </li>
      ))}
    </ul>
  );
}
