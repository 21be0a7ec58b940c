import type { Metadata } from 'next';
import { CoverageTable } from '@/components/authoring/coverage/coverage-table';
import { DomainCoverageBars } from '@/components/authoring/coverage/domain-coverage-bars';
import { CoursePicker } from '@/components/dashboard/course-picker';
import { PageHeading } from '@/components/ui/page-heading';
import { ProgressBar } from '@/components/ui/progress-bar';
import { requirePageViewer } from '@/lib/auth/page-guard';
import { coursesFromDb } from '@/lib/authoring/content-from-db';
import { coverageInputFromDb } from '@/lib/coverage/coverage-input';
import { courseCoverage, gapsFirst, minimumLessons, minimumQuestions } from '@/lib/coverage/coverage-report';
import { db } from '@/lib/db/client';
import { pageQuery } from '@/lib/http/page-input';

export const metadata: Metadata = { title: 'Blueprint coverage' };
export const dynamic = 'force-dynamic';

type Props = { searchParams: Promise<{ course?: string }> };

export default async function CoveragePage({ searchParams }: Props) {
  await requirePageViewer('instructor', '/author/coverage');
  const query = await pageQuery(searchParams);
  const courses = await coursesFromDb(db());
  const course = courses.find((c) => c.definition.id === query.course) ?? courses[0];
  const heading = (
    <PageHeading trail={[{ href: '/author', label: 'Authoring' }]} title="Blueprint coverage">
      How much of each exam&apos;s blueprint has at least {minimumLessons} published lesson and {minimumQuestions} live questions (generated entries count). A
      domain&apos;s weight is shared equally by its objectives, and an objective&apos;s by its sub-objectives; a lesson or question mapped to a whole objective
      counts for each of its sub-objectives.
    </PageHeading>
  );
  if (!course) {
    return (
      <div>
        {heading}
        <p className="mt-6 rounded-lg border border-dashed border-slate-300 p-6 dark:border-slate-700">
          No courses yet. Course blueprints come with the course files; ask whoever installed Netprep to load them.
        </p>
      </div>
    );
  }
  const coverage = courseCoverage(course.definition, await coverageInputFromDb(db()));
  const rows = gapsFirst(coverage);
  const gaps = rows.filter((r) => r.status !== 'covered').length;
  return (
    <div>
      {heading}
      <div className="mt-4">
        <CoursePicker path="/author/coverage" courses={courses.map((c) => ({ id: c.definition.id, name: c.definition.name }))} current={course.definition.id} />
      </div>
      <section aria-labelledby="coverage-summary" className="mt-6 rounded-xl border border-slate-200 p-4 dark:border-slate-800">
        <h2 id="coverage-summary" className="text-lg font-semibold">
          {coverage.coveredWeight.toFixed(1)}% of the {course.definition.shortName} blueprint covered
        </h2>
        <div className="mt-2">
          <ProgressBar value={Math.round(coverage.coveredWeight * 10) / 10} max={100} label={`${course.definition.shortName} blueprint weight covered`} />
        </div>
        <div className="mt-4">
          <DomainCoverageBars domains={coverage.domains} />
        </div>
      </section>
      <section aria-labelledby="coverage-rows" className="mt-8">
        <h2 id="coverage-rows" className="text-xl font-semibold">
          Objectives and sub-objectives
        </h2>
        <p className="mt-1 text-sm text-slate-600 dark:text-slate-300">
          {gaps === 0
            ? 'Every part of the blueprint is covered.'
            : `${gaps} not yet covered, listed first: write a lesson or questions mapped to them (examObjectives in a lesson, objectives on a question).`}
        </p>
        <div className="mt-3">
          <CoverageTable rows={rows} />
        </div>
      </section>
    </div>
  );
}
