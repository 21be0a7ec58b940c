import type { Metadata } from 'next';
import { leaveCohortAction } from '@/app/cohorts/actions';
import { ConfirmButton } from '@/components/ui/confirm-button';
import { JoinCohortForm } from '@/components/cohorts/join-cohort-form';
import { requirePageViewer } from '@/lib/auth/page-guard';
import { listMyCohorts } from '@/lib/cohorts/cohorts';
import { db } from '@/lib/db/client';
import { Section } from '@/components/ui/section';
import { pageQuery } from '@/lib/http/page-input';
import { formatDate } from '@/lib/format/dates';
import { requestDates } from '@/lib/format/request-dates';

export const metadata: Metadata = { title: 'My cohorts' };

type Props = { searchParams: Promise<{ join?: string }> };

export default async function MyCohortsPage({ searchParams }: Props) {
  const dates = await requestDates();
  const { join } = await pageQuery(searchParams);
  const viewer = await requirePageViewer('signed-in', join ? `/cohorts?join=${encodeURIComponent(join)}` : '/cohorts');
  const memberships = await listMyCohorts(db(), viewer);
  return (
    <div className="max-w-3xl">
      <h1 className="text-3xl font-bold tracking-tight">My cohorts</h1>
      <p className="mt-1 text-slate-600 dark:text-slate-300">A cohort is a class run by an instructor, who sees the progress of its members.</p>
      <Section id="join" title="Join a cohort" className="mt-8">
        <div className="mt-3">
          <JoinCohortForm initialCode={join ?? ''} />
        </div>
      </Section>
      <Section id="member-of" title="Member of" className="mt-10">
        {memberships.length === 0 ? (
          <p className="mt-3 rounded-lg border border-dashed border-slate-300 p-6 text-slate-600 dark:border-slate-700 dark:text-slate-300">
            You are not in a cohort yet. If your instructor gave you an invite code or link, enter the code above. You can study on your own without one.
          </p>
        ) : (
          <ul className="mt-3 divide-y divide-slate-200 rounded-lg border border-slate-200 dark:divide-slate-800 dark:border-slate-800">
            {memberships.map(({ cohort, joinedAt }) => (
              <li key={cohort.id} className="flex flex-wrap items-center gap-3 p-4">
                <div className="min-w-0 flex-1">
                  <p className="font-medium">{cohort.name}</p>
                  <p className="text-sm text-slate-500 dark:text-slate-400">
                    {cohort.course.name} · {cohort.instructor.name ?? cohort.instructor.email} · joined {formatDate(joinedAt, 'date', dates)}
                  </p>
                </div>
                <ConfirmButton
                  serverAction={leaveCohortAction}
                  input={{ cohortId: cohort.id }}
                  label="Leave"
                  confirm={`Leave ${cohort.name}? Your instructor will no longer see your progress.`}
                />
              </li>
            ))}
          </ul>
        )}
      </Section>
    </div>
  );
}
