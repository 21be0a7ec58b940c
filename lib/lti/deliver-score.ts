import type { Db } from '../db/client';
import { accessToken } from './access-token';
import { scoreScope } from './claims';

/** Tries before a score is marked FAILED (pg-boss waits twice as long after each: about a day in all). */
export const scoreDeliveryTries = 12;

/**
 * Posts a recorded score to its LMS gradebook column (AGS score service). A failure is counted
 * and rethrown, so the job queue tries again later; the row keeps the last error for the admin page.
 */
export async function deliverScore(db: Db, attemptId: string, now: Date): Promise<void> {
  const score = await db.ltiScore.findUnique({ where: { attemptId }, include: { platform: { select: { id: true, clientId: true, tokenUrl: true } } } });
  if (!score || score.status === 'SENT') return;
  try {
    const token = await accessToken(db, score.platform, scoreScope, now);
    const response = await fetch(scoresUrl(score.lineItemUrl), {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/vnd.ims.lis.v1.score+json' },
      body: JSON.stringify({
        userId: score.lmsUserId,
        scoreGiven: score.scoreGiven,
        scoreMaximum: score.scoreMaximum,
        activityProgress: 'Completed',
        gradingProgress: 'FullyGraded',
        timestamp: score.timestamp.toISOString(),
      }),
      signal: AbortSignal.timeout(10_000),
    });
    if (!response.ok) throw new Error(`the LMS score service answered ${response.status}`);
    await db.ltiScore.update({ where: { attemptId }, data: { status: 'SENT', sentAt: now, tries: { increment: 1 }, lastError: null } });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const failed = score.tries + 1 >= scoreDeliveryTries;
    await db.ltiScore.update({
      where: { attemptId },
      data: { tries: { increment: 1 }, lastError: message.slice(0, 500), status: failed ? 'FAILED' : 'PENDING' },
    });
    throw error;
  }
}

/** The line item's scores endpoint: its URL with /scores appended to the path, the query kept (AGS 3.4). */
export function scoresUrl(lineItemUrl: string): string {
  const url = new URL(lineItemUrl);
  url.pathname = `${url.pathname.replace(/\/$/, '')}/scores`;
  return url.toString();
}
