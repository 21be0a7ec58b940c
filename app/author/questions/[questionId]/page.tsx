import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ArchiveButton } from '@/components/authoring/questions/archive-button';
import { ItemFlagNotice } from '@/components/authoring/questions/item-flag-badges';
import { QuestionEditor } from '@/components/authoring/questions/question-editor';
import { StatusBadges } from '@/components/authoring/questions/status-badges';
import { PageHeading } from '@/components/ui/page-heading';
import { requirePageViewer } from '@/lib/auth/page-guard';
import { loadQuestionEditor } from '@/lib/authoring/questions/editor-state';
import { itemFlags } from '@/lib/dashboard/item-analysis';
import { db } from '@/lib/db/client';
import { isAppError } from '@/lib/errors';
import { pageParams } from '@/lib/http/page-input';

export const metadata: Metadata = { title: 'Edit question' };

export default async function EditQuestionPage({ params }: { params: Promise<{ questionId: string }> }) {
  const { questionId } = await pageParams(params);
  const viewer = await requirePageViewer('instructor', `/author/questions/${encodeURIComponent(questionId)}`);
  const state = await loadQuestionEditor(db(), questionId).catch((error: unknown) => {
    if (isAppError(error) && error.code === 'NOT_FOUND') notFound();
    throw error;
  });
  const flags = (await itemFlags(db(), viewer, [questionId])).get(questionId) ?? [];
  const published = state.published!;
  return (
    <div>
      <PageHeading
        trail={[{ href: '/author/questions', label: 'Questions' }]}
        title={<span className="font-mono">{questionId}</span>}
        beside={
          <>
            <StatusBadges owner={published.owner} hasDraft={state.draft !== null} archived={published.archived} />
            <Link href={`/author/questions/${questionId}/history`} className="text-sm underline">
              History
            </Link>
            <div className="ml-auto">
              <ArchiveButton questionId={questionId} archived={published.archived} />
            </div>
          </>
        }
      >
        Lesson:{' '}
        <Link href={`/lessons/${state.context.lessonId}`} className="underline">
          {state.context.lessonTitle}
        </Link>{' '}
        · published version {published.version}
      </PageHeading>
      <div className="mt-6">
        <ItemFlagNotice flags={flags} />
        {state.draft && (
          <p className="mb-4 text-sm text-violet-800 dark:text-violet-200">
            You are editing a draft; learners still see version {published.version} until you publish.
          </p>
        )}
        <QuestionEditor context={state.context} questionId={questionId} draft={state.draft} entry={state.entry} />
      </div>
    </div>
  );
}
