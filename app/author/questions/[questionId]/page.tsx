import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ArchiveButton } from '@/components/authoring/questions/archive-button';
import { ItemFlagNotice } from '@/components/authoring/questions/item-flag-badges';
import { QuestionEditor } from '@/components/authoring/questions/question-editor';
import { StatusBadges } from '@/components/authoring/questions/status-badges';
import { requirePageViewer } from '@/lib/auth/page-guard';
import { loadQuestionEditor } from '@/lib/authoring/questions/editor-state';
import { itemFlags } from '@/lib/dashboard/item-analysis';
import { db } from '@/lib/db/client';
import { AppError } from '@/lib/errors';

export const metadata: Metadata = { title: 'Edit question' };

export default async function EditQuestionPage({ params }: { params: Promise<{ questionId: string }> }) {
  const { questionId } = await params;
  const viewer = await requirePageViewer('instructor', `/author/questions/${encodeURIComponent(questionId)}`);
  const state = await loadQuestionEditor(db(), questionId).catch((error: unknown) => {
    if (error instanceof AppError && error.code === 'NOT_FOUND') notFound();
    throw error;
  });
  const flags = (await itemFlags(db(), viewer, [questionId])).get(questionId) ?? [];
  const published = state.published!;
  return (
    <div>
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link href="/author/questions" className="text-brand-700 hover:underline dark:text-brand-100">
          Questions
        </Link>
      </nav>
      <div className="mt-2 flex flex-wrap items-start justify-between gap-4">
        <div className="min-w-0">
          <h1 className="text-2xl font-bold tracking-tight [overflow-wrap:anywhere]">
            <span className="font-mono">{questionId}</span>
          </h1>
          <p className="mt-1 flex flex-wrap items-center gap-2 text-sm text-slate-600 dark:text-slate-300">
            <span>
              Lesson: <Link href={`/lessons/${state.context.lessonId}`} className="underline">{state.context.lessonTitle}</Link> · published version {published.version}
            </span>
            <StatusBadges owner={published.owner} hasDraft={state.draft !== null} archived={published.archived} />
          </p>
        </div>
        <div className="flex flex-wrap items-start gap-2">
          <Link href={`/author/questions/${questionId}/history`} className="rounded-md border border-slate-300 px-4 py-2 text-sm font-semibold hover:bg-slate-50 dark:border-slate-700 dark:hover:bg-slate-800">
            History
          </Link>
          <ArchiveButton questionId={questionId} archived={published.archived} />
        </div>
      </div>
      <div className="mt-6">
        <ItemFlagNotice flags={flags} />
        {state.draft && <p className="mb-4 text-sm text-violet-800 dark:text-violet-200">You are editing a draft; learners still see version {published.version} until you publish.</p>}
        <QuestionEditor context={state.context} questionId={questionId} draft={state.draft} entry={state.entry} />
      </div>
    </div>
  );
}
