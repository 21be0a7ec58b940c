import path from 'node:path';
import type { Viewer } from '../../lib/auth/roles';
import type { Db } from '../../lib/db/client';
import type { ActionDefinition } from '../../lib/http/action';
import { correctResponse } from '../../lib/questions/grading';
import { responseToTokens } from '../../lib/questions/present';
import type { Question } from '../../lib/questions/schema';
import { nextProblem } from '../../lib/drill/next-problem';
import { startDrill } from '../../lib/drill/start-run';
import { createAttempt } from '../../lib/quiz/create-attempt';
import { loadAttempt } from '../../lib/quiz/load-attempt';
import { startLessonQuiz } from '../../lib/quiz/start-attempts';
import { submitAttempt } from '../../lib/quiz/submit-attempt';
import { addLessonToDeck } from '../../lib/srs/deck';
import { reviewPresentation } from '../../lib/srs/review-presentation';
import { appFiles, repoRoot } from './app-files';
import type { AttemptFixture, Persona } from './authorization-matrix';
import type { People } from './people';

export type WrappedAction = { definition: ActionDefinition<unknown> };

/** Every export of every app/**\/actions.ts, keyed as the matrix names them ("<file>#<export>"). */
export async function serverActions(): Promise<Map<string, WrappedAction>> {
  const found = new Map<string, WrappedAction>();
  for (const file of await appFiles(['actions.ts'])) {
    const imported = (await import(path.join(repoRoot, file))) as Record<string, unknown>;
    for (const [name, value] of Object.entries(imported)) found.set(`${file}#${name}`, value as WrappedAction);
  }
  return found;
}

/** What the wrappers read from a request, fixed so no outcome depends on when the suite runs. */
export const fixtureRequest = { ip: '127.0.0.1', now: new Date('2026-11-25T15:00:00Z') };

/** A lesson quiz of the learner and a card in their deck, with right answers in the browser's tokens. */
export async function attemptOf(db: Db, people: People): Promise<AttemptFixture> {
  const { id } = await startLessonQuiz(db, people.learner.id, 'lesson-001-virtualization-fundamentals', fixtureRequest.now);
  const first = (await loadAttempt(db, people.learner.id, id, fixtureRequest.now)).items[0];
  await addLessonToDeck(db, people.learner.id, 'lesson-002-hypervisors', fixtureRequest.now);
  const card = await db.card.findFirstOrThrow({
    where: { userId: people.learner.id },
    include: { question: { select: { currentVersion: { select: { body: true } } } } },
  });
  const question = card.question.currentVersion!.body as Question;
  const drillRunId = await drillRunOf(db, people.learner.id, fixtureRequest.now);
  const submitted = await startLessonQuiz(db, people.learner.id, 'lesson-003-virtual-switching', fixtureRequest.now);
  await submitAttempt(db, people.learner.id, submitted.id, fixtureRequest.now);
  return {
    submittedAttemptId: submitted.id,
    ciscoExamId: await ciscoExamOf(db, people.learner.id),
    uploadId: await pendingUpload(db, people),
    attemptId: id,
    firstAnswer: responseToTokens(first.presentation, correctResponse(first.question)),
    cardId: card.id,
    cardReps: card.reps,
    cardAnswer: responseToTokens(reviewPresentation(card.showSalt, question), correctResponse(question)),
    drillRunId,
  };
}

/**
 * A one-question Cisco-style exam of the learner, on a lesson no other fixture uses (an open exam
 * holds its questions back from quizzes and reviews).
 */
async function ciscoExamOf(db: Db, userId: string): Promise<string> {
  const question = await db.question.findFirstOrThrow({ where: { lessonId: 'lesson-101-osi-tcpip-models' }, orderBy: { id: 'asc' } });
  const settings = { length: 5, minutes: 6, perDomain: [], notes: [], fullCount: 100, leftOut: [], mode: 'cisco' };
  const deadline = new Date(fixtureRequest.now.getTime() + 3_600_000);
  const questions = [{ id: question.id, versionId: question.currentVersionId! }];
  return (await createAttempt(db, { userId, kind: 'EXAM', courseId: 'ccna-200-301', settings, deadline, questions })).id;
}

/** A drill run of the learner with its first problem shown. */
export async function drillRunOf(db: Db, userId: string, now: Date): Promise<string> {
  const { runId } = await startDrill(db, userId, { generators: [{ generator: 'ipv4-subnet-facts' }], preset: null }, now);
  await nextProblem(db, userId, runId, now);
  return runId;
}

export function viewerOf(people: People, persona: Persona): Viewer | null {
  return persona === 'anonymous' ? null : people[persona];
}

/** A checked upload of one valid question, waiting for `instructor` to import it. */
async function pendingUpload(db: Db, people: People): Promise<string> {
  const question = {
    id: `upload-${crypto.randomUUID()}`,
    type: 'truefalse',
    stem: 'A virtual switch runs in the hypervisor.',
    answer: true,
    explanation: 'It is software in the hypervisor.',
  };
  const upload = await db.questionUpload.create({
    data: {
      authorId: people.instructor.id,
      lessonId: 'lesson-003-virtual-switching',
      format: 'gift',
      fileName: 'bank.gift',
      problems: [],
      problemCount: 0,
      errorCount: 0,
      skipped: [],
      questionCount: 1,
      createdAt: fixtureRequest.now,
      items: { create: [{ position: 0, line: 1, question }] },
    },
  });
  return upload.id;
}
