'use server';

import { z } from 'zod';
import { db } from '@/lib/db/client';
import { answerProblem } from '@/lib/drill/answer-problem';
import { drillPresetIds } from '@/lib/drill/catalog';
import { finishDrill } from '@/lib/drill/finish-run';
import { nextProblem } from '@/lib/drill/next-problem';
import { drillSummary } from '@/lib/drill/run-summary';
import { startDrill } from '@/lib/drill/start-run';
import { action } from '@/lib/http/action';
import { json, text } from '@/lib/http/input';
import { drillAnswerInput } from '@/lib/drill/answer-input';

const runId = text.min(1).max(64);

/** Generator names and params are checked by the domain against the generators themselves. */
export const startDrillAction = action({
  input: z.object({
    generators: z
      .array(z.object({ generator: text.min(1).max(64), params: z.record(text.max(64), json).optional() }))
      .min(1)
      .max(20),
    preset: z.enum(drillPresetIds).nullable(),
  }),
  access: 'signed-in',
  handler: ({ input, viewer, request }) => startDrill(db(), viewer.id, input, request.now),
});

export const nextDrillProblemAction = action({
  input: z.object({ runId }),
  access: 'signed-in',
  handler: ({ input, viewer, request }) => nextProblem(db(), viewer.id, input.runId, request.now),
});

export const answerDrillAction = action({
  input: drillAnswerInput.extend({ runId }),
  access: 'signed-in',
  handler: ({ input, viewer, request }) => answerProblem(db(), viewer.id, input, request.now),
});

/** Esc on the sprint screen, or the countdown reaching zero: the run ends and its summary comes back. */
export const finishDrillAction = action({
  input: z.object({ runId }),
  access: 'signed-in',
  handler: async ({ input, viewer, request }) => {
    await finishDrill(db(), viewer.id, input.runId, request.now);
    return drillSummary(db(), viewer.id, input.runId);
  },
});
