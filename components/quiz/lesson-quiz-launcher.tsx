'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useSession } from 'next-auth/react';
import { startLessonQuizAction } from '@/app/attempts/actions';
import { Button } from '@/components/ui/button';
import { useAction } from '@/components/use-action';
import type { LessonQuizStatus } from '@/lib/quiz/lesson-quiz-status';

type Props = { lessonId: string; questionCount: number; status: LessonQuizStatus | null };

const linkClass = 'inline-flex min-h-11 items-center font-medium text-brand-700 underline underline-offset-2 dark:text-brand-100';

/**
 * The end-of-lesson quiz: the last score and a retake once taken, "Resume" for one in progress.
 * The quiz itself runs on its own page so it survives a reload.
 */
export function LessonQuizLauncher({ lessonId, questionCount, status }: Props) {
  const router = useRouter();
  const session = useSession();
  const start = useAction(startLessonQuizAction);
  if (questionCount === 0) return null;
  const { open, last } = status ?? { open: null, last: null };
  const label = open ? 'Resume the quiz' : last ? 'Retake the quiz' : 'Start the lesson quiz';
  return (
    <section
      aria-labelledby="lesson-quiz"
      className="no-print mt-10 rounded-xl border border-brand-100 bg-brand-50 p-5 dark:border-slate-700 dark:bg-slate-900"
    >
      <h2 id="lesson-quiz" className="text-lg font-semibold">
        Check your understanding
      </h2>
      {last ? (
        <p className="mt-1">
          Last quiz: <strong className="tabular-nums">{Math.round((last.correct / Math.max(1, last.total)) * 100)}%</strong> ({last.correct} of {last.total}{' '}
          fully correct).{' '}
          <Link href={`/attempts/${last.id}`} className="font-medium text-brand-700 underline underline-offset-2 dark:text-brand-100">
            See the results
          </Link>
        </p>
      ) : (
        <p className="mt-1 text-sm text-slate-600 dark:text-slate-300">
          {questionCount} questions on this lesson, with an explanation after each answer. An unfinished quiz picks up where you left it.
        </p>
      )}
      {open && (
        <p className="mt-1 text-sm text-slate-600 dark:text-slate-300">
          In progress: {open.answered} of {open.total} answered.
        </p>
      )}
      {session.status === 'unauthenticated' ? (
        <Link href={`/signin?callbackUrl=/lessons/${lessonId}`} className={`mt-2 ${linkClass}`}>
          Sign in to take the quiz
        </Link>
      ) : open ? (
        <Button className="mt-3" onClick={() => router.push(`/attempts/${open.id}`)}>
          {label}
        </Button>
      ) : (
        <Button
          className="mt-3"
          disabled={start.pending || session.status === 'loading'}
          onClick={() => start.run({ lessonId }, (attempt) => router.push(`/attempts/${attempt.id}`))}
        >
          {start.pending ? 'Preparing…' : label}
        </Button>
      )}
      {start.error && (
        <p role="alert" className="mt-2 text-sm text-red-700 dark:text-red-400">
          {start.error}
        </p>
      )}
    </section>
  );
}
