import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { giveBackToFileAction } from '@/app/author/lessons/actions';
import { LessonEditor } from '@/components/authoring/lesson-editor';
import { StatusBadge } from '@/components/authoring/status-badge';
import { ConfirmButton } from '@/components/ui/confirm-button';
import { PageHeading } from '@/components/ui/page-heading';
import { requirePageViewer } from '@/lib/auth/page-guard';
import { chapterChoices, lessonForEditor } from '@/lib/authoring/lesson-editor';
import { db } from '@/lib/db/client';
import { pageParams, pageQuery } from '@/lib/http/page-input';
import { formatDate } from '@/lib/format/dates';
import { requestDates } from '@/lib/format/request-dates';

export const metadata: Metadata = { title: 'Edit lesson' };
export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ lessonId: string }>; searchParams: Promise<{ published?: string }> };

export default async function EditLessonPage({ params, searchParams }: Props) {
  const dates = await requestDates();
  const { lessonId } = await pageParams(params);
  const published = Number.parseInt((await pageQuery(searchParams)).published ?? '', 10);
  await requirePageViewer('instructor', `/author/lessons/${lessonId}`);
  const [editor, chapters] = await Promise.all([lessonForEditor(db(), lessonId), chapterChoices(db())]);
  if (!editor) notFound();
  const { lesson, draft, conflict, base } = editor;
  return (
    <div>
      <PageHeading
        trail={[{ href: '/author', label: 'Authoring' }]}
        title={lesson.title}
        beside={
          <>
            <StatusBadge kind={conflict ? 'conflict' : lesson.owner === 'BROWSER' ? 'browser' : 'file'} />
            {draft && <StatusBadge kind="draft" />}
            <Link href={`/author/lessons/${lesson.id}/history`} className="text-sm underline">
              History
            </Link>
          </>
        }
      >
        {lesson.owner === 'BROWSER'
          ? `Published in the browser: learners see this version, and loading the course files keeps it until its file (${lesson.sourcePath}) is updated to match.`
          : `Comes from the course file ${lesson.sourcePath}. Once you publish here, the browser version is kept even when the course files are loaded again.`}
        {draft && ` You are editing the shared draft saved ${formatDate(draft.savedAt, 'dateTime', dates)}${draft.by ? ` by ${draft.by}` : ''}.`}
      </PageHeading>
      {lesson.archivedAt && (
        <p role="note" className="mt-3 rounded-md border border-amber-400 p-3 text-sm dark:border-amber-700">
          This lesson is archived (its file was removed); learners do not see it. Publishing brings it back.
        </p>
      )}
      {conflict && (
        <div role="alert" className="mt-3 space-y-2 rounded-md border border-red-400 p-3 text-sm dark:border-red-700">
          <p>
            <strong>Conflict:</strong> the course file {lesson.sourcePath} changed since this lesson was edited in the browser, so learners still see the
            browser version. Ask whoever maintains the course files to merge the two, or give the lesson back to the file.
          </p>
          <ConfirmButton
            serverAction={giveBackToFileAction}
            input={{ lessonId: lesson.id }}
            label="Give back to the file"
            pendingLabel="Giving back…"
            variant="danger"
            confirm={`Give this lesson back to ${lesson.sourcePath}? The next time the course files are loaded, the file replaces the browser version (revisions stay in the history).`}
          />
        </div>
      )}
      <div className="mt-4">
        <LessonEditor
          lessonId={lesson.id}
          draftId={draft?.id ?? null}
          initialSource={draft?.source ?? lesson.source}
          base={base}
          chapters={chapters}
          publishedRevision={published > 0 ? published : undefined}
        />
      </div>
    </div>
  );
}
