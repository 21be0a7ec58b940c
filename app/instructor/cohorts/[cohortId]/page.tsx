import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { deleteCohortAction, removeMemberAction } from '@/app/instructor/cohorts/actions';
import { ConfirmButton } from '@/components/cohorts/confirm-button';
import { InvitePanel } from '@/components/cohorts/invite-panel';
import { requirePageViewer } from '@/lib/auth/page-guard';
import { getManagedCohort } from '@/lib/cohorts/cohorts';
import { db } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import { Section } from '@/components/ui/section';

export const metadata: Metadata = { title: 'Cohort' };

type Props = { params: Promise<{ cohortId: string }> };

export default async function CohortPage({ params }: Props) {
  const { cohortId } = await params;
  const viewer = await requirePageViewer('instructor', `/instructor/cohorts/${cohortId}`);
  const cohort = await getManagedCohort(db(), viewer, cohortId).catch((error: unknown) => {
    if (error instanceof AppError && error.code === 'NOT_FOUND') notFound();
    throw error;
  });
  return (
    <div className="max-w-4xl">
      <p className="text-sm">
        <Link href="/instructor/cohorts" className="text-slate-500 hover:underline dark:text-slate-400">
          ← Your cohorts
        </Link>
      </p>
      <h1 className="mt-1 text-3xl font-bold tracking-tight">{cohort.name}</h1>
      <p className="mt-1 text-slate-600 dark:text-slate-300">{cohort.course.name}</p>
      <div className="mt-6 grid gap-6 md:grid-cols-[2fr_1fr]">
        <Section id="members" title={<>Learners ({cohort.members.length})</>}>
          {cohort.members.length === 0 ? (
            <p className="mt-3 rounded-lg border border-dashed border-slate-300 p-6 text-slate-600 dark:border-slate-700 dark:text-slate-300">
              Nobody has joined yet. Share the invite code or link; learners enter it on their “My cohorts” page.
            </p>
          ) : (
            <div className="mt-3 overflow-x-auto">
              <table className="w-full text-left text-sm">
                <thead className="border-b border-slate-200 text-slate-500 dark:border-slate-800 dark:text-slate-400">
                  <tr>
                    <th className="py-2 pr-4 font-medium">Learner</th>
                    <th className="py-2 pr-4 font-medium">Joined</th>
                    <th className="py-2 pr-4 font-medium">Last active</th>
                    <th className="py-2 font-medium">
                      <span className="sr-only">Actions</span>
                    </th>
                  </tr>
                </thead>
                <tbody className="divide-y divide-slate-200 dark:divide-slate-800">
                  {cohort.members.map(({ user, joinedAt }) => (
                    <tr key={user.id}>
                      <td className="break-all py-2 pr-4">
                        {user.name ? `${user.name} · ` : ''}
                        {user.email}
                      </td>
                      <td className="whitespace-nowrap py-2 pr-4">{joinedAt.toISOString().slice(0, 10)}</td>
                      <td className="whitespace-nowrap py-2 pr-4">{user.lastActiveAt ? user.lastActiveAt.toISOString().slice(0, 10) : 'never'}</td>
                      <td className="py-2 text-right">
                        <ConfirmButton
                          serverAction={removeMemberAction}
                          input={{ cohortId: cohort.id, userId: user.id }}
                          label="Remove"
                          confirm={`Remove ${user.email} from ${cohort.name}? Their own progress is kept; you will no longer see it.`}
                        />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </Section>
        <aside className="space-y-4">
          <InvitePanel cohortId={cohort.id} code={cohort.inviteCode} />
          <ConfirmButton
            serverAction={deleteCohortAction}
            input={{ cohortId: cohort.id }}
            label="Delete cohort"
            variant="danger"
            afterwards="/instructor/cohorts"
            confirm={`Delete ${cohort.name}? Learners keep their own progress, but the cohort and its memberships are removed.`}
          />
        </aside>
      </div>
    </div>
  );
}
