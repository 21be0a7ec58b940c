'use server';

import { z } from 'zod';
import { int, text } from '@/lib/http/input';
import { db } from '@/lib/db/client';
import { action } from '@/lib/http/action';
import { responseSchema } from '@/lib/questions/schema';
import { answerItem, flagItem } from '@/lib/quiz/answer-item';
import { confirmItem } from '@/lib/quiz/cisco-exam';
import { attemptView } from '@/lib/quiz/attempt-view';
import { loadAttempt } from '@/lib/quiz/load-attempt';
import { practiseMissed } from '@/lib/quiz/practise-missed';
import { examOptionsSchema, practiceSettingsSchema } from '@/lib/quiz/settings';
import { startExam, startLessonQuiz, startPractice } from '@/lib/quiz/start-attempts';
import { submitAttempt } from '@/lib/quiz/submit-attempt';

const attemptId = text.min(1).max(64);
const position = int.min(0).max(1000);

export const startLessonQuizAction = action({
  input: z.object({ lessonId: text.min(1).max(200) }),
  access: 'signed-in',
  handler: ({ input, viewer, request }) => startLessonQuiz(db(), viewer.id, input.lessonId, request.now),
});

export const startPracticeAction = action({
  input: practiceSettingsSchema,
  access: 'signed-in',
  handler: ({ input, viewer, request }) => startPractice(db(), viewer.id, input, request.now),
});

export const startExamAction = action({
  input: examOptionsSchema,
  access: 'signed-in',
  handler: ({ input, viewer, request }) => startExam(db(), viewer.id, input, request.now),
});

/** A practice session of the questions a submitted attempt got wrong or left unanswered. */
export const practiseMissedAction = action({
  input: z.object({ attemptId }),
  access: 'signed-in',
  handler: ({ input, viewer, request }) => practiseMissed(db(), viewer.id, input.attemptId, request.now),
});

/** Saves an answer and returns the item as the browser may now see it (with feedback when allowed). */
export const answerAction = action({
  input: z.object({ attemptId, position, response: responseSchema, durationMs: int.min(0).max(86_400_000).optional() }),
  access: 'signed-in',
  handler: async ({ input, viewer, request }) => {
    const userId = viewer.id;
    const outcome = await answerItem(db(), userId, input, request.now);
    const view = attemptView(await loadAttempt(db(), userId, input.attemptId, request.now), request.now);
    return { status: outcome.status, item: view.items[input.position] };
  },
});

/** Cisco-style exams: the learner is done with this question, answered or not, and cannot come back to it. */
export const confirmAction = action({
  input: z.object({ attemptId, position }),
  access: 'signed-in',
  handler: ({ input, viewer, request }) => confirmItem(db(), viewer.id, input, request.now),
});

export const flagAction = action({
  input: z.object({ attemptId, position, flagged: z.boolean() }),
  access: 'signed-in',
  handler: async ({ input, viewer }) => {
    await flagItem(db(), viewer.id, input);
    return null;
  },
});

export const submitAction = action({
  input: z.object({ attemptId }),
  access: 'signed-in',
  handler: ({ input, viewer, request }) => submitAttempt(db(), viewer.id, input.attemptId, request.now),
  revalidate: (input) => [`/attempts/${input.attemptId}`],
});
