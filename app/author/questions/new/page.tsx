import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { QuestionEditor } from '@/components/authoring/questions/question-editor';
import { PageHeading } from '@/components/ui/page-heading';
import { requirePageViewer } from '@/lib/auth/page-guard';
import { loadNewQuestionEditor } from '@/lib/authoring/questions/editor-state';
import { db } from '@/lib/db/client';
import { isAppError } from '@/lib/errors';
import { pageQuery } from '@/lib/http/page-input';

export const metadata: Metadata = { title: 'New question' };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function NewQuestionPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await pageQuery(searchParams);
  const lessonId = typeof params.lesson === 'string' ? params.lesson : undefined;
  const draftId = typeof params.draft === 'string' ? params.draft : undefined;
  const query = new URLSearchParams({ ...(lessonId ? { lesson: lessonId } : {}), ...(draftId ? { draft: draftId } : {}) });
  await requirePageViewer('instructor', `/author/questions/new?${query}`);
  const state = await loadNewQuestionEditor(db(), { lessonId, draftId }).catch((error: unknown) => {
    if (isAppError(error) && error.code === 'NOT_FOUND') notFound();
    throw error;
  });
  return (
    <div>
      <PageHeading trail={[{ href: '/author/questions', label: 'Questions' }]} title="New question">
        In lesson{' '}
        <Link href={`/lessons/${state.context.lessonId}`} className="underline">
          {state.context.lessonTitle}
        </Link>
        . Saved as a draft as you type; learners see it once you publish.
      </PageHeading>
      <div className="mt-6">
        <QuestionEditor context={state.context} questionId={null} draft={state.draft} entry={state.entry} />
      </div>
    </div>
  );
}
