import type { Metadata } from 'next';
import Link from 'next/link';
import { Suspense } from 'react';
import { EmptyNote } from '@/components/dashboard/empty-note';
import { linkClass } from '@/components/dashboard/format';
import { CohortCards } from '@/components/dashboard/instructor/cohort-cards';
import { SectionSkeleton } from '@/components/dashboard/instructor/skeletons';
import { Streamed } from '@/components/dashboard/instructor/streamed';
import { Section } from '@/components/ui/section';
import { PageHeading } from '@/components/ui/page-heading';
import { requirePageViewer } from '@/lib/auth/page-guard';
import { atRiskRule } from '@/lib/dashboard/instructor/at-risk';
import { instructorHome } from '@/lib/dashboard/instructor/instructor-home';
import { db } from '@/lib/db/client';

export const metadata: Metadata = { title: 'Teaching' };

export default async function InstructorHomePage() {
  const viewer = await requirePageViewer('instructor', '/instructor');
  const home = instructorHome(db(), viewer, new Date());
  return (
    <div className="max-w-6xl">
      <PageHeading title="Teaching">
        {viewer.role === 'ADMIN' ? 'As an admin you see every cohort.' : 'Your cohorts at a glance.'}{' '}
        <Link href="/instructor/cohorts" className={linkClass}>
          Create or manage cohorts
        </Link>
      </PageHeading>
      <Suspense fallback={<SectionSkeleton label="Loading your cohorts" cards={3} rows={0} />}>
        <Streamed data={home}>
          {({ cohorts, courses }) => (
            <>
              <Section id="cohorts" title="Cohorts" className="mt-8">
                {cohorts.length === 0 ? (
                  <EmptyNote>
                    No cohorts yet.{' '}
                    <Link href="/instructor/cohorts" className={linkClass}>
                      Create a cohort
                    </Link>{' '}
                    for a course, then give your learners its invite code; their progress shows up here.
                  </EmptyNote>
                ) : (
                  <>
                    <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">{atRiskRule}</p>
                    <CohortCards cohorts={cohorts} />
                  </>
                )}
              </Section>
              {courses.length > 0 && (
                <Section id="item-analysis" title="Item analysis" className="mt-10">
                  <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
                    How each question performs with your learners: difficulty, discrimination and the answers chosen.
                  </p>
                  <ul className="mt-3 flex flex-wrap gap-3">
                    {courses.map((course) => (
                      <li key={course.id}>
                        <Link
                          href={`/instructor/courses/${course.id}/items`}
                          className={`${linkClass} inline-block rounded-lg border border-slate-200 px-4 py-2 no-underline dark:border-slate-800`}
                        >
                          {course.name}
                        </Link>
                      </li>
                    ))}
                  </ul>
                </Section>
              )}
            </>
          )}
        </Streamed>
      </Suspense>
    </div>
  );
}
