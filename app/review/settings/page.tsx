import type { Metadata } from 'next';
import { OptimizerPanel, type RunSummary } from '@/components/review/optimizer-panel';
import { ExamDateRule } from '@/components/review/exam-date-rule';
import { ReviewSettingsForm } from '@/components/review/review-settings-form';
import { Section } from '@/components/ui/section';
import { requirePageViewer } from '@/lib/auth/page-guard';
import { listCourses } from '@/lib/courses/queries';
import { db } from '@/lib/db/client';
import { latestRun } from '@/lib/srs/optimizer/optimizer-jobs';
import { globalScope, resolveSettings } from '@/lib/srs/settings';

export const metadata: Metadata = { title: 'Review settings' };

function summary(run: Awaited<ReturnType<typeof latestRun>>): RunSummary {
  return (
    run && {
      status: run.status,
      message: run.message,
      reviewCount: run.reviewCount,
      logLossBefore: run.logLossBefore,
      logLossAfter: run.logLossAfter,
      finishedAt: run.finishedAt?.toISOString() ?? null,
    }
  );
}

export default async function ReviewSettingsPage() {
  const viewer = await requirePageViewer('signed-in', '/review/settings');
  const [courses, overrides, myRun] = await Promise.all([
    listCourses(db()),
    db().srsSettings.findMany({ where: { userId: viewer.id, scope: { not: globalScope } }, select: { scope: true } }),
    latestRun(db(), `user:${viewer.id}`),
  ]);
  const general = await resolveSettings(db(), viewer.id);
  const perCourse = await Promise.all(
    courses.map(async (c) => ({
      id: c.id,
      name: c.name,
      overridden: overrides.some((o) => o.scope === c.id),
      settings: await resolveSettings(db(), viewer.id, c.id),
    })),
  );
  const courseRuns =
    viewer.role === 'LEARNER' ? [] : await Promise.all(courses.map(async (c) => ({ course: c, run: summary(await latestRun(db(), `course:${c.id}`)) })));
  return (
    <div className="space-y-10">
      <ReviewSettingsForm general={general} courses={perCourse} />
      <ExamDateRule />
      <Section id="optimizer" title="Optimize my schedule" className="max-w-3xl">
        <p className="mb-3 mt-1 text-sm text-slate-600 dark:text-slate-300">
          Fits the scheduler&apos;s parameters to your own review history (FSRS optimizer), so intervals match how you remember. It runs in the background; you
          can keep studying.
        </p>
        <OptimizerPanel run={summary(myRun)} label="Optimize my schedule" />
      </Section>
      {courseRuns.length > 0 && (
        <Section id="course-defaults" title="Course defaults (instructors)" className="max-w-3xl">
          <p className="mb-3 mt-1 text-sm text-slate-600 dark:text-slate-300">
            Fits shared parameters from every learner&apos;s reviews of a course; they schedule learners who have not optimized their own.
          </p>
          <ul className="space-y-6">
            {courseRuns.map(({ course, run }) => (
              <li key={course.id}>
                <p className="font-medium">{course.name}</p>
                <OptimizerPanel run={run} courseId={course.id} label={`Optimize ${course.name} defaults`} />
              </li>
            ))}
          </ul>
        </Section>
      )}
    </div>
  );
}
