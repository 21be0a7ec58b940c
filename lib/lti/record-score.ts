import type { Prisma } from '../db/generated/client';

type Tx = Prisma.TransactionClient;

/**
 * Called in the transaction that grades an attempt: when the learner came from a graded LMS link
 * for this activity (and started the attempt after that launch), the score is written for
 * delivery in that same transaction, so a crash can delay it but never lose it.
 */
export async function recordLmsScore(tx: Tx, attemptId: string, now: Date): Promise<boolean> {
  const attempt = await tx.quizAttempt.findUniqueOrThrow({
    where: { id: attemptId },
    select: { userId: true, kind: true, lessonId: true, courseId: true, score: true, startedAt: true, submittedAt: true },
  });
  if (attempt.score === null) return false;
  const launch = await tx.ltiGradeLaunch.findFirst({
    where: {
      userId: attempt.userId,
      kind: attempt.kind,
      // A lesson quiz is the lesson's; an exam or practice set must be of the course the LMS is registered for.
      ...(attempt.kind === 'LESSON' ? { lessonId: attempt.lessonId } : { resourceLink: { platform: { courseId: attempt.courseId ?? '' } } }),
      launchedAt: { lte: attempt.startedAt },
    },
    orderBy: { launchedAt: 'desc' },
    select: { platformId: true, resourceLink: { select: { lineItemUrl: true, platform: { select: { issuer: true } } } } },
  });
  const lineItemUrl = launch?.resourceLink.lineItemUrl;
  if (!launch || !lineItemUrl) return false;
  const account = await tx.ltiAccountLink.findFirst({ where: { userId: attempt.userId, issuer: launch.resourceLink.platform.issuer }, select: { sub: true } });
  if (!account) return false;
  await tx.ltiScore.create({
    data: {
      attemptId,
      platformId: launch.platformId,
      lineItemUrl,
      lmsUserId: account.sub,
      scoreGiven: Math.round(attempt.score * 10_000) / 100,
      scoreMaximum: 100,
      timestamp: attempt.submittedAt ?? now,
    },
  });
  return true;
}
