import Link from 'next/link';
import { ProgressBar } from '@/components/ui/progress-bar';
import type { CourseOutline as Outline } from '@/lib/lessons/queries';

/** `completed` is null for visitors, who see no progress at all rather than 0%. */
export function CourseOutline({ chapters, completed }: { chapters: Outline; completed: ReadonlySet<string> | null }) {
  if (chapters.length === 0) {
    return (
      <p className="mt-3 rounded-lg border border-dashed border-slate-300 p-6 text-slate-600 dark:border-slate-700 dark:text-slate-300">
        No lessons are published for this course yet. Add a chapter to <code>content/chapters.yaml</code> and lessons under <code>content/lessons/</code>, then
        run <code>npm run content:sync</code>.
      </p>
    );
  }
  return (
    <ol className="mt-3 space-y-6">
      {chapters.map((chapter, c) => (
        <li key={chapter.id}>
          <h3 className="text-lg font-semibold">
            <Link href={`/chapters/${chapter.id}`} className="hover:underline">
              Chapter {c + 1}: {chapter.title}
            </Link>
          </h3>
          {completed && <ChapterProgress lessonIds={chapter.lessons.map((l) => l.id)} completed={completed} title={chapter.title} />}
          <ol className="mt-2 divide-y divide-slate-200 rounded-lg border border-slate-200 dark:divide-slate-800 dark:border-slate-800">
            {chapter.lessons.map((lesson) => (
              <li key={lesson.id} className="flex flex-wrap items-baseline gap-x-3 gap-y-1 p-3">
                <Link href={`/lessons/${lesson.id}`} className="font-medium hover:underline">
                  {lesson.title}
                </Link>
                {completed?.has(lesson.id) && <CompletedMark />}
                <span className="text-sm text-slate-500 dark:text-slate-400">{lesson.duration} min</span>
                {lesson.examObjectives.length > 0 && (
                  <span className="ml-auto flex flex-wrap gap-1">
                    {lesson.examObjectives.map(({ objective }) => (
                      <span
                        key={objective.code}
                        title={objective.title}
                        className="rounded bg-slate-100 px-1.5 py-0.5 font-mono text-xs text-slate-600 dark:bg-slate-800 dark:text-slate-300"
                      >
                        {objective.code}
                      </span>
                    ))}
                  </span>
                )}
              </li>
            ))}
          </ol>
        </li>
      ))}
    </ol>
  );
}

export function CompletedMark() {
  return (
    <span className="rounded bg-green-100 px-1.5 py-0.5 text-xs font-semibold text-green-800 dark:bg-green-900/50 dark:text-green-200">
      <span aria-hidden>✓ </span>Completed
    </span>
  );
}

export function ChapterProgress({ lessonIds, completed, title }: { lessonIds: string[]; completed: ReadonlySet<string>; title: string }) {
  const done = lessonIds.filter((id) => completed.has(id)).length;
  return (
    <div className="mt-1 flex max-w-md items-center gap-3">
      <ProgressBar value={done} max={lessonIds.length} label={`${title}: lessons completed`} size="sm" />
      <span className="whitespace-nowrap text-xs text-slate-500 dark:text-slate-400">
        {done}/{lessonIds.length}
      </span>
    </div>
  );
}
