import type { Metadata } from 'next';
import Link from 'next/link';
import { CreateCohortForm } from '@/components/cohorts/create-cohort-form';
import { PageHeading } from '@/components/ui/page-heading';
import { requirePageViewer } from '@/lib/auth/page-guard';
import { listManagedCohorts } from '@/lib/cohorts/cohorts';
import { listCourses } from '@/lib/courses/queries';
import { db } from '@/lib/db/client';
import { Section } from '@/components/ui/section';

export const metadata: Metadata = { title: 'Teaching' };

export default async function InstructorCohortsPage() {
  const viewer = await requirePageViewer('instructor', '/instructor/cohorts');
  const [cohorts, courses] = await Promise.all([listManagedCohorts(db(), viewer), listCourses(db())]);
  return (
    <div className="max-w-4xl">
      <PageHeading title="Your cohorts">
        {viewer.role === 'ADMIN' ? 'As an admin you see every cohort.' : 'Create a cohort, share its invite code, and follow your learners.'}
      </PageHeading>
      <Section id="new-cohort" title="New cohort" className="mt-8">
        <div className="mt-3">
          <CreateCohortForm courses={courses.map((c) => ({ id: c.id, name: c.name }))} />
        </div>
      </Section>
      <Section id="cohort-list" title="Cohorts" className="mt-10">
        {cohorts.length === 0 ? (
          <p className="mt-3 rounded-lg border border-dashed border-slate-300 p-6 text-slate-600 dark:border-slate-700 dark:text-slate-300">
            No cohorts yet. Create one above, then give your learners its invite code.
          </p>
        ) : (
          <ul className="mt-3 divide-y divide-slate-200 rounded-lg border border-slate-200 dark:divide-slate-800 dark:border-slate-800">
            {cohorts.map((cohort) => (
              <li key={cohort.id} className="flex flex-wrap items-baseline gap-x-3 gap-y-1 p-4">
                <Link href={`/instructor/cohorts/${cohort.id}`} className="font-medium hover:underline">
                  {cohort.name}
                </Link>
                <span className="text-sm text-slate-500 dark:text-slate-400">
                  {cohort.course.name} · {cohort._count.members} {cohort._count.members === 1 ? 'learner' : 'learners'}
                </span>
                <span className="ml-auto font-mono text-sm">{cohort.inviteCode}</span>
              </li>
            ))}
          </ul>
        )}
      </Section>
    </div>
  );
}
