import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { restoreQuestionVersionAction } from '@/app/author/questions/actions';
import { LineDiffView } from '@/components/authoring/line-diff-view';
import { ConfirmButton } from '@/components/ui/confirm-button';
import { PageHeading } from '@/components/ui/page-heading';
import { requirePageViewer } from '@/lib/auth/page-guard';
import { listAudit } from '@/lib/authoring/audit';
import { lineDiff } from '@/lib/authoring/line-diff';
import { questionHistory } from '@/lib/authoring/questions/history';
import { db } from '@/lib/db/client';
import { isAppError } from '@/lib/errors';
import { pageParams } from '@/lib/http/page-input';
import { formatDate } from '@/lib/format/dates';
import { requestDates } from '@/lib/format/request-dates';

export const metadata: Metadata = { title: 'Question history' };

export default async function QuestionHistoryPage({ params }: { params: Promise<{ questionId: string }> }) {
  const dates = await requestDates();
  const { questionId } = await pageParams(params);
  await requirePageViewer('instructor', `/author/questions/${encodeURIComponent(questionId)}/history`);
  const history = await questionHistory(db(), questionId).catch((error: unknown) => {
    if (isAppError(error) && error.code === 'NOT_FOUND') notFound();
    throw error;
  });
  const activity = await listAudit(db(), { entityType: 'question', entityId: questionId });
  return (
    <div className="max-w-4xl">
      <PageHeading
        trail={[
          { href: '/author/questions', label: 'Questions' },
          { href: `/author/questions/${questionId}`, label: <span className="font-mono">{questionId}</span> },
        ]}
        title="History"
      >
        Every version learners may have seen, newest first, with what changed from the one before (− removed, + added). Past attempts keep the version they
        showed.
      </PageHeading>
      <ol className="mt-6 space-y-6">
        {history.versions.map((v) => (
          <li key={v.id} className="rounded-lg border border-slate-200 p-4 dark:border-slate-800">
            <div className="flex flex-wrap items-center justify-between gap-3">
              <h2 className="text-lg font-semibold">
                Version {v.version}
                {v.current && (
                  <span className="ml-2 rounded-full bg-green-100 px-2 py-0.5 text-xs font-medium text-green-900 dark:bg-green-900/40 dark:text-green-100">
                    ✓ Current
                  </span>
                )}
              </h2>
              <p className="text-sm text-slate-500 dark:text-slate-400">{formatDate(v.createdAt, 'dateTime', dates)}</p>
              {!v.current && (
                <ConfirmButton
                  serverAction={restoreQuestionVersionAction}
                  input={{ questionId, version: v.version }}
                  label={`Restore version ${v.version}`}
                  pendingLabel="Restoring…"
                  confirm={`Restore version ${v.version}? Learners see it from their next quiz; the history keeps every version.`}
                  done={`Version ${v.version} is what learners see now.`}
                />
              )}
            </div>
            <div className="mt-3">
              {v.diff ? (
                <LineDiffView diff={v.diff} label={`Changes in version ${v.version}`} />
              ) : (
                <LineDiffView diff={lineDiff('', v.yaml)} label={`Version ${v.version}, the first`} />
              )}
            </div>
          </li>
        ))}
      </ol>
      <section aria-labelledby="activity" className="mt-10">
        <h2 id="activity" className="text-xl font-semibold">
          Activity in the browser
        </h2>
        {activity.entries.length === 0 ? (
          <p className="mt-2 text-sm text-slate-600 dark:text-slate-300">
            Nobody has edited this question in the browser yet; every version so far came from its file.
          </p>
        ) : (
          <ul className="mt-2 space-y-1 text-sm">
            {activity.entries.map((entry) => (
              <li key={entry.id}>
                <span className="text-slate-500 dark:text-slate-400">{formatDate(entry.createdAt, 'dateTime', dates)}</span> ·{' '}
                {entry.actor?.name ?? entry.actor?.email ?? 'a deleted account'}: {entry.summary}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
