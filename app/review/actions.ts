'use server';

import { z } from 'zod';
import { int, text } from '@/lib/http/input';
import { db } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import { jobQueue } from '@/lib/jobs/job-queue';
import { action } from '@/lib/http/action';
import { responseSchema } from '@/lib/questions/schema';
import { restoreSuspended, submitReview } from '@/lib/srs/review-card';
import { undoToRating } from '@/lib/srs/restore-review';
import { checkReviewAnswer } from '@/lib/srs/review-view';
import { clearCourseSettings, saveSettings } from '@/lib/srs/save-settings';
import { dueTomorrow, reviewQueue } from '@/lib/srs/review-queue';
import { requestOptimization } from '@/lib/srs/optimizer/optimizer-jobs';
import { srsSettingsSchema } from '@/lib/srs/settings';

const cardId = text.min(1).max(64);
const reps = int.min(0);
/** The course the session is filtered to: its overrides (retention, steps, interval) schedule the card. */
const courseId = text.max(100).nullable().optional();

export const checkReviewAnswerAction = action({
  input: z.object({ cardId, reps, response: responseSchema, courseId }),
  access: 'signed-in',
  handler: ({ input, viewer, request }) => checkReviewAnswer(db(), viewer.id, input, request.now),
});

export const rateReviewAction = action({
  input: z.object({
    reviewId: z.uuid(),
    cardId,
    reps,
    response: responseSchema,
    rating: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]),
    durationMs: int.min(0).max(86_400_000).optional(),
    courseId,
  }),
  access: 'signed-in',
  handler: async ({ input, viewer, request }) => {
    const outcome = await submitReview(db(), viewer.id, input, request.now);
    return { status: outcome.status, correct: outcome.correct, rating: outcome.rating, becameLeech: outcome.becameLeech, due: outcome.card.due.toISOString() };
  },
});

/** Undoes the named review and returns that card as it was before the rating: answered, revealed, ready to rate (null: nothing to undo). */
export const undoReviewAction = action({
  input: z.object({ reviewId: z.uuid(), response: responseSchema.optional(), courseId }),
  access: 'signed-in',
  handler: ({ input, viewer, request }) => undoToRating(db(), viewer.id, input, request.now),
});

export const restoreCardAction = action({
  input: z.object({ cardId }),
  access: 'signed-in',
  handler: async ({ input, viewer }) => {
    await restoreSuspended(db(), viewer.id, input.cardId);
    return null;
  },
  revalidate: () => ['/review/suspended'],
});

export const saveReviewSettingsAction = action({
  input: z.object({ scope: text.min(1).max(100), settings: srsSettingsSchema }),
  access: 'signed-in',
  handler: async ({ input, viewer }) => {
    await saveSettings(db(), viewer.id, input.scope, input.settings);
    return null;
  },
  revalidate: () => ['/review/settings'],
});

export const clearCourseReviewSettingsAction = action({
  input: z.object({ courseId: text.min(1).max(100) }),
  access: 'signed-in',
  handler: async ({ input, viewer }) => {
    await clearCourseSettings(db(), viewer.id, input.courseId);
    return null;
  },
  revalidate: () => ['/review/settings'],
});

/** For the finish screen: what is left today and what comes due tomorrow. */
export const reviewSummaryAction = action({
  input: z.object({ courseId: text.max(100).nullable() }),
  access: 'signed-in',
  handler: async ({ input, viewer, request }) => {
    const userId = viewer.id;
    const { now } = request;
    const [queue, tomorrow] = await Promise.all([
      reviewQueue(db(), userId, { courseId: input.courseId, now, take: 0 }),
      dueTomorrow(db(), userId, { courseId: input.courseId, now }),
    ]);
    return { counts: queue.counts, dueTomorrow: tomorrow };
  },
});

/** "Optimize my schedule": queued for the background worker; the settings page shows the outcome. */
export const optimizeMyScheduleAction = action({
  input: z.object({}),
  access: 'signed-in',
  handler: async ({ viewer }) => {
    const me = viewer;
    const run = await requestOptimization(db(), await jobQueue(), { scope: `user:${me.id}`, requestedBy: me.id });
    return { runId: run.id };
  },
  revalidate: () => ['/review/settings'],
});

/** Fits a course's shared defaults from all its learners' reviews (instructors and admins). */
export const optimizeCourseAction = action({
  input: z.object({ courseId: text.min(1).max(100) }),
  access: 'instructor',
  handler: async ({ input, viewer }) => {
    if (!(await db().course.findUnique({ where: { id: input.courseId }, select: { id: true } }))) throw new AppError('NOT_FOUND', 'No such course.');
    const run = await requestOptimization(db(), await jobQueue(), { scope: `course:${input.courseId}`, requestedBy: viewer.id });
    return { runId: run.id };
  },
  revalidate: () => ['/review/settings'],
});
