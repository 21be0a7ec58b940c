import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { LessonObjectives } from '@/components/lesson/lesson-objectives';
import { LessonPager } from '@/components/lesson/lesson-pager';
import { LessonCompleteAtEnd, LessonProgress, LessonProgressProvider } from '@/components/lesson/lesson-progress';
import { LessonToc } from '@/components/lesson/lesson-toc';
import { LessonQuizLauncher } from '@/components/quiz/lesson-quiz-launcher';
import { currentViewer } from '@/lib/auth/viewer';
import { db } from '@/lib/db/client';
import { getLessonPage } from '@/lib/lessons/queries';
import { pageParams } from '@/lib/http/page-input';
import { lessonQuizStatus } from '@/lib/quiz/lesson-quiz-status';

// Rendered per request from the lesson's stored HTML (the root layout reads the CSP nonce), so a
// lesson published or synced through any instance is what every instance serves next.

type Props = { params: Promise<{ lessonId: string }> };

// generateMetadata and the page both need the lesson: one query per request, not two.
const loadLesson = cache((lessonId: string) => getLessonPage(db(), lessonId));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lesson = await loadLesson((await pageParams(params)).lessonId);
  return lesson ? { title: lesson.title, description: lesson.summary ?? undefined } : { title: 'Lesson not found' };
}

export default async function LessonPage({ params }: Props) {
  const lesson = await loadLesson((await pageParams(params)).lessonId);
  if (!lesson) notFound();
  const viewer = await currentViewer();
  const quiz = viewer && lesson._count.questions > 0 ? await lessonQuizStatus(db(), viewer.id, lesson.id) : null;
  return (
    <div className="lg:grid lg:grid-cols-[minmax(0,1fr)_15rem] lg:gap-10">
      <article className="min-w-0">
        <LessonProgressProvider lessonId={lesson.id}>
          <nav aria-label="Breadcrumb" className="no-print text-sm text-slate-500 dark:text-slate-400">
            <Link href={`/chapters/${lesson.chapter.id}`} className="hover:underline">
              {lesson.chapter.title}
            </Link>
          </nav>
          <h1 className="mt-1 text-3xl font-bold tracking-tight">{lesson.title}</h1>
          <p className="mt-2 text-sm text-slate-500 dark:text-slate-400">
            {lesson.duration} min · about {lesson.readingMinutes} min of reading
          </p>
          <LessonProgress toc={lesson.toc} />
          <LessonObjectives lesson={lesson} />
          <details className="no-print mt-6 rounded-lg border border-slate-200 p-3 lg:hidden dark:border-slate-800">
            <summary className="cursor-pointer text-sm font-medium">Contents</summary>
            <div className="mt-3">
              <LessonToc toc={lesson.toc} />
            </div>
          </details>
          {/* Sanitized with rehype-sanitize when the lesson was compiled at sync time. */}
          <div className="lesson-body prose prose-slate mt-8 max-w-none dark:prose-invert" dangerouslySetInnerHTML={{ __html: lesson.html }} />
          <LessonCompleteAtEnd />
          <LessonQuizLauncher lessonId={lesson.id} questionCount={lesson._count.questions} status={quiz} />
          <LessonPager previous={lesson.previous} next={lesson.next} />
        </LessonProgressProvider>
      </article>
      <aside className="no-print hidden lg:block">
        <div className="sticky top-20 max-h-[calc(100vh-6rem)] overflow-y-auto">
          <LessonToc toc={lesson.toc} />
        </div>
      </aside>
    </div>
  );
}
