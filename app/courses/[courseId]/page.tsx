import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { BlueprintWeights } from '@/components/blueprint-weights';
import { SubObjectiveList } from '@/components/sub-objective-list';
import { CourseOutline } from '@/components/course-outline';
import { describeExamFormat } from '@/lib/courses/exam-format';
import { getCourseBlueprint } from '@/lib/courses/queries';
import { db } from '@/lib/db/client';
import { getCourseOutline } from '@/lib/lessons/queries';
import { viewerCompletedLessons } from '@/lib/progress/viewer-progress';
import { ProgressBar } from '@/components/ui/progress-bar';
import { Section } from '@/components/ui/section';
import { pageParams } from '@/lib/http/page-input';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ courseId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const course = await getCourseBlueprint(db(), (await pageParams(params)).courseId);
  return { title: course ? course.name : 'Course not found' };
}

export default async function CoursePage({ params }: Props) {
  const { courseId } = await pageParams(params);
  const [course, outline] = await Promise.all([getCourseBlueprint(db(), courseId), getCourseOutline(db(), courseId)]);
  if (!course) notFound();
  const lessonIds = outline.flatMap((chapter) => chapter.lessons.map((l) => l.id));
  const completed = await viewerCompletedLessons(db(), lessonIds);
  return (
    <article>
      <p className="text-sm font-semibold uppercase tracking-wide text-slate-500 dark:text-slate-400">
        {course.vendor} · exam {course.examCode} · version {course.version}
      </p>
      <h1 className="mt-1 text-3xl font-bold tracking-tight">{course.name}</h1>
      <p className="mt-2 max-w-3xl text-slate-600 dark:text-slate-300">{course.description}</p>
      <p className="mt-4 text-sm">
        <span className="text-slate-500 dark:text-slate-400">Format: </span>
        {describeExamFormat(course)}
      </p>
      {[course.questionCountNote, course.sourceNote].filter(Boolean).map((note) => (
        <p key={note} className="mt-1 text-sm text-slate-500 dark:text-slate-400">
          {note}
        </p>
      ))}

      <Section id="lessons" title="Lessons" className="mt-8">
        {completed && lessonIds.length > 0 && (
          <div className="mt-2 flex max-w-md items-center gap-3">
            <ProgressBar value={completed.size} max={lessonIds.length} label="Course lessons completed" />
            <span className="whitespace-nowrap text-sm text-slate-600 dark:text-slate-300">
              {completed.size} of {lessonIds.length} lessons
            </span>
          </div>
        )}
        <CourseOutline chapters={outline} completed={completed} />
      </Section>

      <Section id="blueprint" title="Exam blueprint" className="mt-10">
        <div className="mt-3 max-w-3xl">
          <BlueprintWeights domains={course.domains} />
        </div>
      </Section>

      <Section id="objectives" title="Domains and objectives" className="mt-10">
        {course.domains.map((domain) => (
          <section key={domain.id} id={`domain-${domain.code}`} className="mt-6 scroll-mt-20">
            <h3 className="text-lg font-semibold">
              {domain.code} {domain.title} <span className="font-normal text-slate-500 dark:text-slate-400">· {domain.weight}%</span>
            </h3>
            {domain.objectives.length === 0 ? (
              <p className="mt-2 text-sm text-slate-500">No objectives listed for this domain yet.</p>
            ) : (
              <ol className="mt-2 space-y-1 text-sm">
                {domain.objectives.map((objective) => (
                  <li key={objective.id} className="flex gap-3">
                    <span className="w-10 shrink-0 font-mono text-slate-500 dark:text-slate-400">{objective.code}</span>
                    <span>
                      {objective.title}
                      {objective.subObjectives.length > 0 && <SubObjectiveList subObjectives={objective.subObjectives} />}
                    </span>
                  </li>
                ))}
              </ol>
            )}
          </section>
        ))}
      </Section>
    </article>
  );
}
