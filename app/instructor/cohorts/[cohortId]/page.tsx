import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { Suspense } from 'react';
import { deleteCohortAction } from '@/app/instructor/cohorts/actions';
import { ConfirmButton } from '@/components/ui/confirm-button';
import { InvitePanel } from '@/components/cohorts/invite-panel';
import { EmptyNote } from '@/components/dashboard/empty-note';
import { linkClass } from '@/components/dashboard/format';
import { LearnersTable } from '@/components/dashboard/instructor/learners-table';
import { MembersList } from '@/components/dashboard/instructor/members-list';
import { ProgressSection } from '@/components/dashboard/instructor/progress-section';
import { SectionSkeleton } from '@/components/dashboard/instructor/skeletons';
import { Streamed } from '@/components/dashboard/instructor/streamed';
import { Section } from '@/components/ui/section';
import { PageHeading } from '@/components/ui/page-heading';
import { requirePageViewer } from '@/lib/auth/page-guard';
import { getManagedCohort } from '@/lib/cohorts/cohorts';
import { atRiskRule } from '@/lib/dashboard/instructor/at-risk';
import { cohortTable } from '@/lib/dashboard/instructor/cohort-table';
import { db } from '@/lib/db/client';
import { isAppError } from '@/lib/errors';
import { pageParams } from '@/lib/http/page-input';

export const metadata: Metadata = { title: 'Cohort' };

type Props = { params: Promise<{ cohortId: string }> };

export default async function CohortPage({ params }: Props) {
  const { cohortId } = await pageParams(params);
  const viewer = await requirePageViewer('instructor', `/instructor/cohorts/${cohortId}`);
  // Checked before anything streams, so another instructor's cohort is a real 404.
  const cohort = await getManagedCohort(db(), viewer, cohortId).catch((error: unknown) => {
    if (isAppError(error) && error.code === 'NOT_FOUND') notFound();
    throw error;
  });
  const now = new Date();
  const table = cohortTable(db(), viewer, cohortId, now);
  const hasLearners = cohort.members.length > 0;
  return (
    <div className="max-w-6xl">
      <PageHeading trail={[{ href: '/instructor', label: 'Teaching' }]} title={cohort.name}>
        {cohort.course.name}
      </PageHeading>
      <p className="mt-3 flex flex-wrap gap-x-4 gap-y-1 text-sm">
        <Link href={`/instructor/courses/${cohort.course.id}/items?cohort=${cohort.id}`} className={linkClass}>
          Item analysis for this cohort
        </Link>
        {hasLearners && (
          <a href={`/api/instructor/cohorts/${cohort.id}/gradebook`} className={linkClass} download>
            Download gradebook (CSV)
          </a>
        )}
      </p>
      <Section id="learners" title={<>Learners ({cohort.members.length})</>} className="mt-8">
        {!hasLearners ? (
          <EmptyNote>
            Nobody has joined yet. Share the invite code or link on this page; learners enter it on their “My cohorts” page, and their progress appears here.
          </EmptyNote>
        ) : (
          <Suspense fallback={<SectionSkeleton label="Loading the learners’ progress" />}>
            <Streamed data={table}>
              {({ learners, totalLessons }) => (
                <>
                  <p className="mt-1 text-sm text-slate-600 dark:text-slate-400" data-testid="at-risk-rule">
                    {atRiskRule} Progress counts the course’s {totalLessons} published lessons. Readiness is the predicted exam score with its likely range;
                    “unknown” until the learner has answered questions.
                  </p>
                  <LearnersTable rows={learners} cohortId={cohort.id} now={now.toISOString()} />
                </>
              )}
            </Streamed>
          </Suspense>
        )}
      </Section>
      <div className="mt-8 grid gap-6 md:grid-cols-[2fr_1fr]">
        <div className="min-w-0 space-y-6">
          {hasLearners && (
            <Suspense fallback={<SectionSkeleton label="Loading the cohort’s progress" rows={3} />}>
              <Streamed data={table}>
                {({ learners }) => (
                  <>
                    <ProgressSection rows={learners} />
                    <Section id="members" title="Members">
                      <MembersList rows={learners} cohort={cohort} />
                    </Section>
                  </>
                )}
              </Streamed>
            </Suspense>
          )}
        </div>
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
