import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { AttemptReport } from '@/components/quiz/attempt-report';
import { AttemptRunner } from '@/components/quiz/attempt-runner';
import { requirePageViewer } from '@/lib/auth/page-guard';
import { db } from '@/lib/db/client';
import { isAppError } from '@/lib/errors';
import { attemptView } from '@/lib/quiz/attempt-view';
import { examReport } from '@/lib/quiz/exam-report';
import { loadAttempt } from '@/lib/quiz/load-attempt';
import { reportContext } from '@/lib/quiz/report-context';
import { submitIfExpired } from '@/lib/quiz/submit-attempt';
import { pageParams } from '@/lib/http/page-input';

export const metadata: Metadata = { title: 'Quiz' };

type Props = { params: Promise<{ attemptId: string }> };

async function load(userId: string, attemptId: string, now: Date) {
  try {
    const attempt = await loadAttempt(db(), userId, attemptId, now);
    // An exam whose time ran out while the tab was closed is submitted as it stood at the deadline.
    return (await submitIfExpired(db(), userId, attempt, now)) ? await loadAttempt(db(), userId, attemptId, now) : attempt;
  } catch (error) {
    if (isAppError(error) && error.code === 'NOT_FOUND') notFound();
    throw error;
  }
}

export default async function AttemptPage({ params }: Props) {
  const { attemptId } = await pageParams(params);
  const viewer = await requirePageViewer('signed-in', `/attempts/${attemptId}`);
  const now = new Date();
  const attempt = await load(viewer.id, attemptId, now);
  const view = attemptView(attempt, now);
  if (attempt.status === 'SUBMITTED') {
    return (
      <AttemptReport
        view={view}
        summary={{
          score: attempt.score ?? 0,
          scaledScore: attempt.scaledScore,
          passed: attempt.passed,
          expired: attempt.expired,
          report: examReport(attempt),
          ...(await reportContext(db(), attempt)),
        }}
      />
    );
  }
  return <AttemptRunner initial={view} />;
}
