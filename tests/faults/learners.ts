import { createAccount } from '../../lib/auth/accounts';
import type { Db } from '../../lib/db/client';
import { correctResponse } from '../../lib/questions/grading';
import { responseToTokens } from '../../lib/questions/present';
import type { QuestionResponse } from '../../lib/questions/schema';
import { loadAttempt } from '../../lib/quiz/load-attempt';
import { addLessonToDeck } from '../../lib/srs/deck';
import { queuedAnswers, type ReviewAnswer } from '../bench/srs-http';
import { signInOverHttp } from '../e2e/http-session';
import { actionId, callAction } from './server-action';

export const password = 'faults never lose an answer';
export const examCourse = 'network-plus-n10-009';

export type Learner = { id: string; email: string; cookie: string };

/** Accounts created in the database, then signed in over HTTP as a browser would. */
export async function signedInLearners(db: Db, baseUrl: string, prefix: string, count: number): Promise<Learner[]> {
  const stamp = Date.now();
  const learners: Learner[] = [];
  for (let n = 1; n <= count; n++) {
    const email = `${prefix}-${n}-${stamp}@example.com`;
    const { id } = await createAccount(db, { email, password, name: `${prefix} ${n}` });
    learners.push({ id, email, cookie: await signInOverHttp(baseUrl, email, password) });
  }
  return learners;
}

export type ExamAnswer = { position: number; response: QuestionResponse };

/** Starts an exam over HTTP (the exam page's action) and works out the right answer to each item as shown. */
export async function startExamOverHttp(db: Db, baseUrl: string, learner: Learner, length: number): Promise<{ attemptId: string; answers: ExamAnswer[] }> {
  const started = await callAction(baseUrl, learner.cookie, '/exam', actionId('app/attempts/actions.ts', 'startExamAction'), { courseId: examCourse, length });
  if (!started.result?.ok) throw new Error(`startExam failed: ${started.status} ${started.text.slice(0, 300)}`);
  const attemptId = (started.result.data as { id: string }).id;
  const attempt = await loadAttempt(db, learner.id, attemptId, new Date());
  return {
    attemptId,
    answers: attempt.items.map((item) => ({ position: item.position, response: responseToTokens(item.presentation, correctResponse(item.question)) })),
  };
}

/** Puts lessons' questions into the learner's deck until at least `count` cards are queued; returns that many answers. */
export async function queuedReviews(db: Db, learner: Learner, count: number): Promise<ReviewAnswer[]> {
  const lessons = await db.lesson.findMany({ select: { id: true }, orderBy: { id: 'asc' } });
  for (const lesson of lessons) {
    const queued = await queuedAnswers(db, learner.id);
    if (queued.length >= count) return queued.slice(0, count);
    await addLessonToDeck(db, learner.id, lesson.id, new Date());
  }
  throw new Error(`the content has fewer than ${count} reviewable questions`);
}
