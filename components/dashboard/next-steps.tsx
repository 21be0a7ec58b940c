import Link from 'next/link';
import type { LearnerDashboard } from '@/lib/dashboard/learner-dashboard';
import { cardClass } from './format';

const primary =
  'inline-flex items-center justify-center text-center rounded-md bg-brand-700 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-800 dark:bg-brand-600 dark:hover:bg-brand-500';
const secondary =
  'inline-flex items-center justify-center text-center rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-semibold hover:bg-slate-50 dark:border-slate-700 dark:bg-slate-900 dark:hover:bg-slate-800';

/** What to do now, most useful first: due reviews, the weakest lesson, the next lesson, practice, an exam. */
export function NextSteps({ data }: { data: LearnerDashboard }) {
  const due = data.forecast.days[0]?.due ?? 0;
  const weakest = data.weakestLessons[0];
  const next = data.chapters.find((c) => c.nextLesson)?.nextLesson;
  const course = encodeURIComponent(data.course.id);
  return (
    <section aria-labelledby="next-steps" className={cardClass}>
      <h2 id="next-steps" className="text-xl font-semibold">
        Next steps
      </h2>
      <ul className="mt-3 flex flex-col gap-2">
        <li>
          <Link href={`/review?course=${course}`} className={`${due > 0 ? primary : secondary} w-full`}>
            {due > 0 ? `Start review (${due} due)` : 'Open reviews'}
          </Link>
        </li>
        {weakest && (
          <li>
            <Link href={`/lessons/${weakest.lessonId}`} className={`${secondary} w-full`}>
              Revisit your weakest lesson: {weakest.title}
            </Link>
          </li>
        )}
        {next && (
          <li>
            <Link href={`/lessons/${next.id}`} className={`${due > 0 ? secondary : primary} w-full`}>
              Next lesson: {next.title}
            </Link>
          </li>
        )}
        <li className="grid grid-cols-2 gap-2">
          <Link href="/practice" className={secondary}>
            Practice
          </Link>
          <Link href="/exam" className={secondary}>
            Exam simulation
          </Link>
        </li>
      </ul>
    </section>
  );
}
