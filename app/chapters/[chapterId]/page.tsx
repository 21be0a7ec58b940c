import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { db } from '@/lib/db/client';
import { ChapterProgress, CompletedMark } from '@/components/course-outline';
import { getChapter } from '@/lib/lessons/queries';
import { viewerCompletedLessons } from '@/lib/progress/viewer-progress';
import { pageParams } from '@/lib/http/page-input';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ chapterId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const chapter = await getChapter(db(), (await pageParams(params)).chapterId);
  return { title: chapter ? chapter.title : 'Chapter not found' };
}

export default async function ChapterPage({ params }: Props) {
  const chapter = await getChapter(db(), (await pageParams(params)).chapterId);
  if (!chapter) notFound();
  const minutes = chapter.lessons.reduce((sum, l) => sum + l.duration, 0);
  const completed = await viewerCompletedLessons(
    db(),
    chapter.lessons.map((l) => l.id),
  );
  return (
    <article className="max-w-3xl">
      <p className="text-sm text-slate-500 dark:text-slate-400">
        Part of{' '}
        {chapter.courses.map(({ course }, i) => (
          <span key={course.id}>
            {i > 0 && ' and '}
            <Link href={`/courses/${course.id}`} className="hover:underline">
              {course.name}
            </Link>
          </span>
        ))}
      </p>
      <h1 className="mt-1 text-3xl font-bold tracking-tight">{chapter.title}</h1>
      {chapter.summary && <p className="mt-2 text-slate-600 dark:text-slate-300">{chapter.summary}</p>}
      <p className="mt-2 text-sm text-slate-500 dark:text-slate-400">
        {chapter.lessons.length} lessons · {minutes} min
      </p>
      {completed && chapter.lessons.length > 0 && <ChapterProgress lessonIds={chapter.lessons.map((l) => l.id)} completed={completed} title={chapter.title} />}
      {chapter.lessons.length === 0 ? (
        <p className="mt-8 rounded-lg border border-dashed border-slate-300 p-6 dark:border-slate-700">This chapter has no published lessons yet.</p>
      ) : (
        <ol className="mt-6 space-y-3">
          {chapter.lessons.map((lesson, i) => (
            <li key={lesson.id} className="rounded-lg border border-slate-200 p-4 dark:border-slate-800">
              <Link href={`/lessons/${lesson.id}`} className="font-semibold hover:underline">
                {i + 1}. {lesson.title}
              </Link>
              <span className="ml-2 text-sm text-slate-500 dark:text-slate-400">{lesson.duration} min</span>
              {completed?.has(lesson.id) && (
                <span className="ml-2">
                  <CompletedMark />
                </span>
              )}
              {lesson.summary && <p className="mt-1 text-sm text-slate-600 dark:text-slate-300">{lesson.summary}</p>}
            </li>
          ))}
        </ol>
      )}
    </article>
  );
}
