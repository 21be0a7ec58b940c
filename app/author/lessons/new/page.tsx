import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { LessonEditor } from '@/components/authoring/lesson-editor';
import { PageHeading } from '@/components/ui/page-heading';
import { requirePageViewer } from '@/lib/auth/page-guard';
import { chapterChoices, newLessonDraft, newLessonTemplate, nextFreeSlot } from '@/lib/authoring/lesson-editor';
import { db } from '@/lib/db/client';
import { pageQuery } from '@/lib/http/page-input';

export const metadata: Metadata = { title: 'New lesson' };

type Props = { searchParams: Promise<{ draft?: string }> };

export default async function NewLessonPage({ searchParams }: Props) {
  const { draft: draftId } = await pageQuery(searchParams);
  await requirePageViewer('instructor', draftId ? `/author/lessons/new?draft=${encodeURIComponent(draftId)}` : '/author/lessons/new');
  const chapters = await chapterChoices(db());
  const draft = draftId && /^[0-9a-f-]{36}$/.test(draftId) ? await newLessonDraft(db(), draftId) : null;
  if (draftId && !draft) notFound();
  const source = draft?.source ?? newLessonTemplate(chapters[0]?.id ?? 'chapter-id', await nextFreeSlot(db(), chapters[0]?.id));
  return (
    <div>
      <PageHeading trail={[{ href: '/author', label: 'Authoring' }]} title="New lesson">
        Your draft is saved as you type; nobody else sees it until you publish.
      </PageHeading>
      {chapters.length === 0 ? (
        <p className="mt-6 rounded-lg border border-dashed border-slate-300 p-6 dark:border-slate-700">
          A lesson belongs to a chapter, and there are none yet. Chapters come with the course files; ask whoever installed Netprep to load them.
        </p>
      ) : (
        <div className="mt-4">
          <LessonEditor
            lessonId={null}
            draftId={draft?.id ?? null}
            initialSource={source}
            base={draft?.base ?? { draftUpdatedAt: null, lessonUpdatedAt: null }}
            chapters={chapters}
          />
        </div>
      )}
    </div>
  );
}
