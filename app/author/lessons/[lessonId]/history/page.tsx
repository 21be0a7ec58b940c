import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { restoreRevisionAction } from '@/app/author/lessons/actions';
import { LineDiffView } from '@/components/authoring/line-diff-view';
import { ConfirmButton } from '@/components/ui/confirm-button';
import { PageHeading } from '@/components/ui/page-heading';
import { requirePageViewer } from '@/lib/auth/page-guard';
import { lessonHistory } from '@/lib/authoring/lesson-history';
import { db } from '@/lib/db/client';
import { pageParams } from '@/lib/http/page-input';
import { formatDate } from '@/lib/format/dates';
import { requestDates } from '@/lib/format/request-dates';

export const metadata: Metadata = { title: 'Lesson history' };
export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ lessonId: string }> };

const kinds = { file: 'Synced from its file', publish: 'Published in the browser', restore: 'Restored' } as Record<string, string>;

export default async function LessonHistoryPage({ params }: Props) {
  const dates = await requestDates();
  const { lessonId } = await pageParams(params);
  await requirePageViewer('instructor', `/author/lessons/${lessonId}/history`);
  const history = await lessonHistory(db(), lessonId);
  if (!history) notFound();
  return (
    <div>
      <PageHeading
        trail={[
          { href: '/author', label: 'Authoring' },
          { href: `/author/lessons/${lessonId}`, label: history.lesson.title },
        ]}
        title="History"
      >
        Every published state of this lesson, newest first, with what changed from the one before.
      </PageHeading>
      {history.revisions.length === 0 ? (
        <p className="mt-6 rounded-lg border border-dashed border-slate-300 p-6 dark:border-slate-700">
          No revisions yet: the first is recorded when someone publishes this lesson, or when its course file is next loaded.
        </p>
      ) : (
        <ol className="mt-6 space-y-8">
          {history.revisions.map((revision) => (
            <li key={revision.number} aria-labelledby={`revision-${revision.number}`}>
              <div className="flex flex-wrap items-center gap-3">
                <h2 id={`revision-${revision.number}`} className="text-lg font-semibold">
                  Revision {revision.number}
                </h2>
                <span className="text-sm text-slate-600 dark:text-slate-300">
                  {kinds[revision.kind] ?? revision.kind}
                  {revision.author ? ` by ${revision.author}` : ''}, {formatDate(revision.createdAt, 'dateTime', dates)}
                </span>
                {revision.isCurrent ? (
                  <span className="rounded-full border border-green-600 px-2 py-0.5 text-xs font-semibold text-green-800 dark:text-green-300">
                    Published now
                  </span>
                ) : (
                  <ConfirmButton
                    serverAction={restoreRevisionAction}
                    input={{ lessonId, number: revision.number }}
                    label={`Restore revision ${revision.number}`}
                    pendingLabel="Restoring…"
                    confirm={`Restore revision ${revision.number}? It is published at once as a new revision; nothing is lost.`}
                    done="Published again as the newest revision."
                  />
                )}
              </div>
              <div className="mt-2">
                {revision.diff ? (
                  <LineDiffView diff={revision.diff} label={`Changes in revision ${revision.number}`} />
                ) : (
                  <p className="text-sm text-slate-500 dark:text-slate-400">The first recorded version.</p>
                )}
              </div>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
