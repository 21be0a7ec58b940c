import { z } from 'zod';
import { int, text } from '@/lib/http/input';
import { db } from '@/lib/db/client';
import { route } from '@/lib/http/route';
import { responseSchema } from '@/lib/questions/schema';
import { submitReview } from '@/lib/srs/review-card';

export const dynamic = 'force-dynamic';

const review = z.object({
  reviewId: z.uuid(),
  cardId: text.min(1).max(64),
  reps: int.min(0),
  response: responseSchema,
  rating: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]),
  durationMs: int.min(0).max(86_400_000).optional(),
});

/**
 * The same review submission as the review page's server action, for clients that are not the
 * page (and for bench:srs): 200 with the outcome; a retry with the same reviewId is a no-op.
 */
export const POST = route({
  input: review,
  access: 'signed-in',
  handler: async ({ input, viewer, now }) => {
    const outcome = await submitReview(db(), viewer.id, input, now);
    return Response.json({
      status: outcome.status,
      correct: outcome.correct,
      becameLeech: outcome.becameLeech,
      due: outcome.card.due.toISOString(),
      reps: outcome.card.reps,
    });
  },
});
