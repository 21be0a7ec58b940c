'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { practiseMissedAction, startLessonQuizAction } from '@/app/attempts/actions';
import { Button } from '@/components/ui/button';
import { FormStatus } from '@/components/ui/form-status';
import { useAction } from '@/components/use-action';

type Props = {
  attemptId: string;
  kind: 'LESSON' | 'PRACTICE' | 'EXAM';
  lessonId: string | null;
  nextLesson: { id: string; title: string } | null;
  /** Questions not fully correct; "Practise the ones I missed" needs at least one. */
  missed: number;
};

const linkClass = 'inline-flex min-h-11 items-center font-medium text-brand-700 underline underline-offset-2 dark:text-brand-100';

/** What to do after an attempt: go again, practise what went wrong, or move on. */
export function ReportActions({ attemptId, kind, lessonId, nextLesson, missed }: Props) {
  const router = useRouter();
  const retake = useAction(startLessonQuizAction);
  const practise = useAction(practiseMissedAction);
  const open = (attempt: { id: string }) => router.push(`/attempts/${attempt.id}`);
  return (
    <div className="mt-4">
      <div className="flex flex-wrap items-center gap-3">
        {kind === 'LESSON' && lessonId && (
          <Button onClick={() => retake.run({ lessonId }, open)} disabled={retake.pending}>
            {retake.pending ? 'Preparing…' : 'Retake'}
          </Button>
        )}
        {missed > 0 && (
          <Button variant={kind === 'LESSON' ? 'secondary' : 'primary'} onClick={() => practise.run({ attemptId }, open)} disabled={practise.pending}>
            {practise.pending ? 'Preparing…' : `Practise the ones I missed (${missed})`}
          </Button>
        )}
        {kind === 'LESSON' && nextLesson && (
          <Link href={`/lessons/${nextLesson.id}`} className={linkClass}>
            Next lesson: {nextLesson.title} →
          </Link>
        )}
        {kind === 'EXAM' && (
          <Link href="/exam" className={linkClass}>
            Take another exam
          </Link>
        )}
        {kind !== 'LESSON' && (
          <Link href="/practice" className={linkClass}>
            Practise more
          </Link>
        )}
        {lessonId && (
          <Link href={`/lessons/${lessonId}`} className={linkClass}>
            Back to the lesson
          </Link>
        )}
      </div>
      <FormStatus message={retake.error ?? practise.error} tone="error" />
    </div>
  );
}
