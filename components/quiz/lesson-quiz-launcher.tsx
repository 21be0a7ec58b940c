'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useSession } from 'next-auth/react';
import { startLessonQuizAction } from '@/app/attempts/actions';
import { Button } from '@/components/ui/button';
import { useAction } from '@/components/use-action';

/** The end-of-lesson quiz button; the quiz itself runs on its own page so it survives a reload. */
export function LessonQuizLauncher({ lessonId, questionCount }: { lessonId: string; questionCount: number }) {
  const router = useRouter();
  const { status } = useSession();
  const start = useAction(startLessonQuizAction);
  if (questionCount === 0) return null;
  return (
    <section
      aria-labelledby="lesson-quiz"
      className="no-print mt-10 rounded-xl border border-brand-100 bg-brand-50 p-5 dark:border-slate-700 dark:bg-slate-900"
    >
      <h2 id="lesson-quiz" className="text-lg font-semibold">
        Check your understanding
      </h2>
      <p className="mt-1 text-sm text-slate-600 dark:text-slate-300">
        {questionCount} questions on this lesson, with an explanation after each answer. An unfinished quiz picks up where you left it.
      </p>
      {status === 'unauthenticated' ? (
        <Link href={`/signin?callbackUrl=/lessons/${lessonId}`} className="mt-3 inline-block font-medium text-brand-700 underline dark:text-brand-100">
          Sign in to take the quiz
        </Link>
      ) : (
        <Button
          className="mt-3"
          disabled={start.pending || status === 'loading'}
          onClick={() => start.run({ lessonId }, (attempt) => router.push(`/attempts/${attempt.id}`))}
        >
          {start.pending ? 'Preparing…' : 'Start the lesson quiz'}
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
