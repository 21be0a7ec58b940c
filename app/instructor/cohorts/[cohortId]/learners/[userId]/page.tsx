import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Suspense } from 'react';
import { SectionSkeleton } from '@/components/dashboard/instructor/skeletons';
import { Streamed } from '@/components/dashboard/instructor/streamed';
import { LearnerDashboardView } from '@/components/dashboard/learner-dashboard-view';
import { PageHeading } from '@/components/ui/page-heading';
import { requirePageViewer } from '@/lib/auth/page-guard';
import { managedLearner } from '@/lib/dashboard/instructor/learner-drill-down';
import { loadLearnerDashboard } from '@/lib/dashboard/learner-dashboard';
import { db } from '@/lib/db/client';
import { isAppError } from '@/lib/errors';
import { pageParams } from '@/lib/http/page-input';

export const metadata: Metadata = { title: 'Learner' };

type Props = { params: Promise<{ cohortId: string; userId: string }> };

export default async function LearnerDrillDownPage({ params }: Props) {
  const { cohortId, userId } = await pageParams(params);
  const viewer = await requirePageViewer('instructor', `/instructor/cohorts/${cohortId}/learners/${userId}`);
  const { cohort, learner } = await managedLearner(db(), viewer, { cohortId, userId }).catch((error: unknown) => {
    if (isAppError(error) && error.code === 'NOT_FOUND') notFound();
    throw error;
  });
  const data = loadLearnerDashboard(db(), { userId: learner.id, courseId: cohort.courseId, now: new Date() });
  const label = learner.name ?? learner.email;
  return (
    <div className="space-y-4">
      <PageHeading trail={[{ href: `/instructor/cohorts/${cohort.id}`, label: cohort.name }]} title={label} />
      <p className="rounded-lg bg-slate-100 px-3 py-2 text-sm text-slate-700 dark:bg-slate-800 dark:text-slate-200">
        Read-only: this is what {label} sees on their dashboard.
      </p>
      <Suspense fallback={<SectionSkeleton label={`Loading ${label}’s dashboard`} cards={3} />}>
        <Streamed data={data}>
          {(dashboard) => <LearnerDashboardView data={dashboard} readOnly learnerName={learner.name ? `${learner.name} (${learner.email})` : learner.email} />}
        </Streamed>
      </Suspense>
    </div>
  );
}
