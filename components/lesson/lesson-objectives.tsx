import type { LessonPage } from '@/lib/lessons/queries';

export function LessonObjectives({ lesson }: { lesson: Pick<LessonPage, 'objectives' | 'examObjectives'> }) {
  return (
    <section aria-labelledby="objectives-heading" className="mt-6 rounded-xl border border-brand-100 bg-brand-50 p-5 dark:border-slate-800 dark:bg-slate-900">
      <h2 id="objectives-heading" className="text-base font-semibold">
        In this lesson you will
      </h2>
      <ul className="mt-2 list-disc space-y-1 pl-5 text-sm">
        {lesson.objectives.map((objective) => (
          <li key={objective}>{objective}</li>
        ))}
      </ul>
      {lesson.examObjectives.length > 0 && (
        <p className="mt-3 text-xs text-slate-600 dark:text-slate-400">
          Exam objectives:{' '}
          {lesson.examObjectives.map(({ objective }) => (
            <span key={`${objective.courseId}:${objective.code}`} title={objective.title} className="mr-2 inline-block">
              {objective.domain.course.shortName} {objective.code}
            </span>
          ))}
        </p>
      )}
    </section>
  );
}
