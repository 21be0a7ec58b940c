import type { Metadata } from 'next';
import Link from 'next/link';
import { StatusBadge } from '@/components/authoring/status-badge';
import { PageHeading } from '@/components/ui/page-heading';
import { requirePageViewer } from '@/lib/auth/page-guard';
import { lessonOverview } from '@/lib/authoring/lesson-overview';
import { db } from '@/lib/db/client';
import { formatDate } from '@/lib/format/dates';
import { requestDates } from '@/lib/format/request-dates';

export const metadata: Metadata = { title: 'Authoring' };
export const dynamic = 'force-dynamic';

const linkButton = 'inline-flex items-center rounded-md px-4 py-2 text-sm font-semibold';

export default async function AuthorHomePage() {
  const dates = await requestDates();
  await requirePageViewer('instructor', '/author');
  const { chapters, newDrafts } = await lessonOverview(db());
  return (
    <div>
      <PageHeading title="Authoring">
        Write and fix lessons in the browser. Learners only ever see published versions; what you publish here is kept as you published it, even when the course
        files are loaded again.
      </PageHeading>
      <nav aria-label="Authoring" className="mt-4 flex flex-wrap gap-2">
        <Link href="/author/lessons/new" className={`${linkButton} bg-brand-700 text-white hover:bg-brand-800 dark:bg-brand-600`}>
          New lesson
        </Link>
        <Link href="/author/upload" className={`${linkButton} border border-slate-300 dark:border-slate-700`}>
          Upload
        </Link>
        <Link href="/author/questions" className={`${linkButton} border border-slate-300 dark:border-slate-700`}>
          Questions
        </Link>
        <Link href="/author/coverage" className={`${linkButton} border border-slate-300 dark:border-slate-700`}>
          Blueprint coverage
        </Link>
        <Link href="/author/audit" className={`${linkButton} border border-slate-300 dark:border-slate-700`}>
          Audit log
        </Link>
      </nav>

      {newDrafts.length > 0 && (
        <section className="mt-8">
          <h2 className="text-xl font-semibold">New lessons in progress</h2>
          <ul className="mt-2 divide-y divide-slate-200 dark:divide-slate-800">
            {newDrafts.map((d) => (
              <li key={d.id} className="flex flex-wrap items-center gap-2 py-2">
                <Link href={`/author/lessons/new?draft=${d.id}`} className="font-medium underline">
                  {d.title}
                </Link>
                <StatusBadge kind="draft" />
                <span className="text-sm text-slate-500 dark:text-slate-400">saved {formatDate(d.savedAt, 'dateTime', dates)}</span>
              </li>
            ))}
          </ul>
        </section>
      )}

      {chapters.length === 0 ? (
        <p className="mt-8 rounded-lg border border-dashed border-slate-300 p-6 dark:border-slate-700">
          No chapters yet. Chapters come with the course files; ask whoever installed Netprep to load them.
        </p>
      ) : (
        chapters.map((chapter) => (
          <section key={chapter.id} className="mt-8">
            <h2 className="text-xl font-semibold">{chapter.title}</h2>
            {chapter.lessons.length === 0 ? (
              <p className="mt-2 text-sm text-slate-500 dark:text-slate-400">No lessons in this chapter yet.</p>
            ) : (
              <ul className="mt-2 divide-y divide-slate-200 dark:divide-slate-800">
                {chapter.lessons.map((lesson) => (
                  <li key={lesson.id} className="flex flex-wrap items-center gap-x-3 gap-y-1 py-2">
                    <span className="w-8 text-right text-sm tabular-nums text-slate-500 dark:text-slate-400">{lesson.order}</span>
                    <Link href={`/author/lessons/${lesson.id}`} className="min-w-0 font-medium underline-offset-2 hover:underline">
                      {lesson.title}
                    </Link>
                    <StatusBadge kind={lesson.status} />
                    {lesson.draftSavedAt && <StatusBadge kind="draft" title={lesson.draftBy ? `by ${lesson.draftBy}` : undefined} />}
                    {lesson.draft && <StatusBadge kind="hidden" />}
                    <Link href={`/author/lessons/${lesson.id}/history`} className="ml-auto text-sm underline">
                      History
                    </Link>
                  </li>
                ))}
              </ul>
            )}
          </section>
        ))
      )}
    </div>
  );
}
