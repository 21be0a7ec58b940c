import Link from 'next/link';
import type { CourseOutline as Outline } from '@/lib/lessons/queries';

export function CourseOutline({ chapters }: { chapters: Outline }) {
  if (chapters.length === 0) {
    return (
      <p className="mt-3 rounded-lg border border-dashed border-slate-300 p-6 text-slate-600 dark:border-slate-700 dark:text-slate-300">
        No lessons are published for this course yet. Add a chapter to <code>content/chapters.yaml</code> and lessons under <code>content/lessons/</code>, then run <code>npm run content:sync</code>.
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
          <ol className="mt-2 divide-y divide-slate-200 rounded-lg border border-slate-200 dark:divide-slate-800 dark:border-slate-800">
            {chapter.lessons.map((lesson) => (
              <li key={lesson.id} className="flex flex-wrap items-baseline gap-x-3 gap-y-1 p-3">
                <Link href={`/lessons/${lesson.id}`} className="font-medium hover:underline">
                  {lesson.title}
                </Link>
                <span className="text-sm text-slate-500 dark:text-slate-400">{lesson.duration} min</span>
                {lesson.examObjectives.length > 0 && (
                  <span className="ml-auto flex flex-wrap gap-1">
                    {lesson.examObjectives.map(({ objective }) => (
                      <span key={objective.code} title={objective.title} className="rounded bg-slate-100 px-1.5 py-0.5 font-mono text-xs text-slate-600 dark:bg-slate-800 dark:text-slate-300">
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
