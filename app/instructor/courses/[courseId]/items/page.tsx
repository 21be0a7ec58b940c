import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Suspense } from 'react';
import { linkClass } from '@/components/dashboard/format';
import { ItemAnalysisView } from '@/components/dashboard/instructor/item-analysis-view';
import { ItemDefinitions } from '@/components/dashboard/instructor/item-definitions';
import { SectionSkeleton } from '@/components/dashboard/instructor/skeletons';
import { Streamed } from '@/components/dashboard/instructor/streamed';
import { Button } from '@/components/ui/button';
import { PageHeading } from '@/components/ui/page-heading';
import { requirePageViewer } from '@/lib/auth/page-guard';
import { listManagedCohorts } from '@/lib/cohorts/cohorts';
import { analyseItems } from '@/lib/dashboard/item-analysis';
import { db } from '@/lib/db/client';
import { pageParams, pageQuery } from '@/lib/http/page-input';

export const metadata: Metadata = { title: 'Item analysis' };

type Props = { params: Promise<{ courseId: string }>; searchParams: Promise<{ cohort?: string | string[] }> };

export default async function ItemAnalysisPage({ params, searchParams }: Props) {
  const { courseId } = await pageParams(params);
  const cohortParam = (await pageQuery(searchParams)).cohort;
  const cohortId = typeof cohortParam === 'string' && cohortParam ? cohortParam : undefined;
  const viewer = await requirePageViewer('instructor', `/instructor/courses/${courseId}/items`);
  const [cohorts, course] = await Promise.all([listManagedCohorts(db(), viewer), db().course.findUnique({ where: { id: courseId }, select: { name: true } })]);
  const courseCohorts = cohorts.filter((c) => c.courseId === courseId);
  const cohort = courseCohorts.find((c) => c.id === cohortId);
  // Checked before anything streams, so an unknown course or someone else's cohort is a real 404.
  if (!course || (cohortId && !cohort)) notFound();
  const items = analyseItems(db(), viewer, { courseId, cohortId });
  const exportHref = `/api/instructor/courses/${courseId}/items${cohortId ? `?cohortId=${cohortId}` : ''}`;
  return (
    <div className="max-w-6xl">
      <PageHeading trail={[{ href: '/instructor', label: 'Teaching' }]} title="Item analysis">
        {course.name} · {cohort ? `cohort ${cohort.name}` : viewer.role === 'ADMIN' ? 'all cohorts' : 'all your cohorts'}
      </PageHeading>
      <form method="get" className="mt-4 flex flex-wrap items-end gap-2">
        <label className="text-sm">
          <span className="block text-slate-600 dark:text-slate-400">Learners of</span>
          <select
            name="cohort"
            defaultValue={cohortId ?? ''}
            className="mt-1 max-w-full rounded-md border border-slate-300 bg-white px-3 py-2 dark:border-slate-700 dark:bg-slate-900"
          >
            <option value="">{viewer.role === 'ADMIN' ? 'All cohorts' : 'All my cohorts'}</option>
            {courseCohorts.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </label>
        <Button type="submit" variant="secondary">
          Show
        </Button>
        <a href={exportHref} className={`${linkClass} ml-auto self-center text-sm`} download>
          Download as CSV
        </a>
      </form>
      <ItemDefinitions />
      <Suspense fallback={<SectionSkeleton label="Loading the item analysis" cards={1} />}>
        <Streamed data={items}>{(stats) => <ItemAnalysisView items={stats} hasCohorts={courseCohorts.length > 0} />}</Streamed>
      </Suspense>
    </div>
  );
}
