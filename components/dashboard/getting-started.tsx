import Link from 'next/link';
import type { LearnerDashboard } from '@/lib/dashboard/learner-dashboard';
import { linkClass } from './format';

/** A newcomer's dashboard is mostly empty: say what to do first, in order. */
export function GettingStarted({ data }: { data: LearnerDashboard }) {
  const first = data.chapters.find((c) => c.nextLesson)?.nextLesson;
  return (
    <section aria-labelledby="getting-started" className="rounded-xl border border-brand-100 bg-brand-50 p-4 sm:p-6 dark:border-brand-800 dark:bg-brand-800/20">
      <h2 id="getting-started" className="text-xl font-semibold">
        Start here
      </h2>
      <p className="mt-1 text-slate-700 dark:text-slate-300">Your dashboard fills up as you study {data.course.name}. Three steps get it going:</p>
      <ol className="mt-3 list-decimal space-y-2 pl-5 text-slate-800 dark:text-slate-200">
        <li>
          Read your first lesson
          {first && (
            <>
              :{' '}
              <Link href={`/lessons/${first.id}`} className={linkClass}>
                {first.title}
              </Link>
            </>
          )}
          .
        </li>
        <li>Answer the quiz at its end. Every question you answer becomes a review card and counts towards your exam readiness.</li>
        <li>
          Come back tomorrow for your{' '}
          <Link href="/review" className={linkClass}>
            reviews
          </Link>
          : a few minutes a day keeps your streak and your memory going.
        </li>
      </ol>
    </section>
  );
}
