import { db } from '@/lib/db/client';
import { answerProblem } from '@/lib/drill/answer-problem';
import { drillAnswerInput } from '@/lib/drill/answer-input';
import { route, segment } from '@/lib/http/route';

export const dynamic = 'force-dynamic';

/**
 * The sprint screen's answer for clients that are not the page (and for bench:generators): the
 * same outcome as answerDrillAction; a retry of an answered position returns the first answer.
 */
export const POST = route({
  input: drillAnswerInput,
  access: 'signed-in',
  handler: async ({ input, params, viewer, now }) => Response.json(await answerProblem(db(), viewer.id, { ...input, runId: segment(params, 'runId') }, now)),
});
