import Link from 'next/link';
import { ProgressBar } from '@/components/ui/progress-bar';
import { Section } from '@/components/ui/section';
import type { ChapterProgress } from '@/lib/dashboard/lessons-by-chapter';
import { EmptyNote } from './empty-note';
import { cardClass, linkClass } from './format';

/** Lessons completed in each chapter, with the next one to read. */
export function ChapterProgressList({ chapters, readOnly }: { chapters: ChapterProgress[]; readOnly: boolean }) {
  return (
    <Section id="lessons" title="Lessons by chapter" className={cardClass}>
      {chapters.length === 0 ? (
        <EmptyNote>This course has no published lessons yet.</EmptyNote>
      ) : (
        <ul className="mt-3 space-y-4">
          {chapters.map((chapter) => (
            <li key={chapter.id}>
              <div className="flex flex-wrap items-baseline justify-between gap-x-3">
                <Link href={`/chapters/${chapter.id}`} className="font-medium hover:underline">
                  {chapter.title}
                </Link>
                <span className="text-sm tabular-nums text-slate-600 dark:text-slate-400">
                  {chapter.completed} of {chapter.total} completed
                </span>
              </div>
              <div className="mt-1.5">
                <ProgressBar value={chapter.completed} max={chapter.total} label={`${chapter.title}: lessons completed`} size="sm" />
              </div>
              {!readOnly && chapter.nextLesson && (
                <p className="mt-1 text-sm">
                  Next:{' '}
                  <Link href={`/lessons/${chapter.nextLesson.id}`} className={linkClass}>
                    {chapter.nextLesson.title}
                  </Link>
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
