import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createAccount } from '../../lib/auth/accounts';
import { syncContent } from '../../lib/content/sync';
import { createDb } from '../../lib/db/client';
import { startEmbeddedDatabase } from '../../lib/db/embedded-server';
import { migrateDatabase } from '../../lib/db/migrate';
import { correctResponse, gradeResponse } from '../../lib/questions/grading';
import { responseToTokens } from '../../lib/questions/present';
import type { QuestionResponse } from '../../lib/questions/schema';
import { answerItem } from '../../lib/quiz/answer-item';
import { assembleExam, type ExamDraw } from '../../lib/quiz/assemble-exam';
import { loadAttempt } from '../../lib/quiz/load-attempt';
import { coursePool, type PoolQuestion } from '../../lib/quiz/question-pool';
import { startPoolCache } from '../../lib/quiz/pool-cache';
import { startExam } from '../../lib/quiz/start-attempts';
import { submitAttempt } from '../../lib/quiz/submit-attempt';
import { machine, printResult, printTable, round, summarize, timed, type Summary } from './bench-report';
import { onCleanup, runBench } from './cleanup';
import { seedQuestionBank } from './generate-question-bank';

const courseId = 'network-plus-n10-009';
const bankSize = 10_000;
const examSamples = 30;
const pureSamples = 300;
const warmUp = 3;

type Draw = Pick<ExamDraw, 'questionIds' | 'perDomain'>;

/**
 * The blueprint's seats worked out here again, in integers, rather than trusted from
 * lib/quiz/apportion.ts: ties in remainder go to the heavier domain, then to the one listed first.
 */
function hamilton(seats: number, weights: number[]): number[] {
  const total = weights.reduce((sum, w) => sum + w, 0);
  const shares = weights.map((w) => Math.floor((seats * w) / total));
  const order = weights.map((_, i) => i).sort((a, b) => ((seats * weights[b]) % total) - ((seats * weights[a]) % total) || weights[b] - weights[a] || a - b);
  order.slice(0, seats - shares.reduce((sum, s) => sum + s, 0)).forEach((i) => shares[i]++);
  return shares;
}

/**
 * Each domain must have drawn exactly its seats. A question that covers two domains counts for one
 * of them only, so its domain is checked by bounds: no fewer than the questions of that domain
 * alone, no more than all questions touching it.
 */
function checkDraw(draw: Draw, targets: Map<string, number>, domainsOf: Map<string, string[]>, length: number) {
  const problems: string[] = [];
  if (draw.questionIds.length !== length) problems.push(`${draw.questionIds.length} questions instead of ${length}`);
  if (new Set(draw.questionIds).size !== draw.questionIds.length) problems.push('a question appears twice');
  for (const d of draw.perDomain) {
    const touching = draw.questionIds.filter((id) => domainsOf.get(id)?.includes(d.code));
    const alone = touching.filter((id) => domainsOf.get(id)!.length === 1).length;
    if (d.target !== targets.get(d.code) || d.drawn !== d.target)
      problems.push(`domain ${d.code}: target ${d.target}, drawn ${d.drawn}, expected ${targets.get(d.code)}`);
    if (d.drawn < alone || d.drawn > touching.length)
      problems.push(`domain ${d.code}: reports ${d.drawn} drawn, but the exam holds ${alone}–${touching.length} of its questions`);
  }
  if (problems.length) throw new Error(`wrong exam draw: ${problems.join('; ')}`);
}

/** Synchronous work timed without an await in between, so sub-millisecond figures stay honest. */
function timeSync(runs: number, work: () => void): number[] {
  const samples: number[] = [];
  for (let i = 0; i < warmUp + runs; i++) {
    const t = performance.now();
    work();
    if (i >= warmUp) samples.push(performance.now() - t);
  }
  return samples;
}

await runBench('bench:quiz', 10 * 60_000, async () => {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'netprep-bench-db-'));
  onCleanup(() => rm(dataDir, { recursive: true, force: true }));
  console.log('Starting the embedded PostgreSQL, migrating and syncing content/…');
  const server = await startEmbeddedDatabase(dataDir);
  onCleanup(() => server.stop());
  await migrateDatabase(server.url);
  const db = createDb(server.url, 2);
  onCleanup(() => db.$disconnect());
  // The app's client keeps pools in memory between content changes; this one is set up the same way.
  const appDb = createDb(server.url, 2);
  onCleanup(() => appDb.$disconnect());
  const poolCache = startPoolCache(appDb, server.url);
  onCleanup(() => poolCache.close());
  await syncContent(db, path.join(process.cwd(), 'content'));
  const learner = await createAccount(db, { email: 'bench-learner@example.com', password: 'a long benchmark passphrase', name: 'Bench learner' });

  console.log(`Seeding ${bankSize} generated questions…`);
  const seeded = await timed(() => seedQuestionBank(db, { courseId, count: bankSize }));
  console.log(`  ${round(seeded.ms / 1000, 1)} s; by type ${JSON.stringify(seeded.value.byType)}; by first domain ${JSON.stringify(seeded.value.byDomain)}`);

  const course = await db.course.findUniqueOrThrow({ where: { id: courseId }, include: { domains: { orderBy: { order: 'asc' } } } });
  const blueprint = course.domains.map((d) => ({ code: d.code, weight: d.weight }));
  const length = course.questionCount!;
  const seats = hamilton(
    length,
    blueprint.map((d) => d.weight),
  );
  const targets = new Map(blueprint.map((d, i) => [d.code, seats[i]]));
  console.log(`Blueprint seats for ${length} questions: ${blueprint.map((d, i) => `${d.code} ${d.weight}% → ${seats[i]}`).join(', ')}`);

  const poolSamples: number[] = [];
  let pool: readonly PoolQuestion[] = [];
  for (let i = 0; i < warmUp + examSamples; i++) {
    const run = await timed(() => coursePool(db, courseId));
    if (i >= warmUp) poolSamples.push(run.ms);
    pool = run.value;
  }
  const domainsOf = new Map(pool.map((q) => [q.id, q.domains]));
  console.log(`coursePool: ${pool.length} live questions (${pool.length - bankSize} of them from content/)`);

  console.log(`assembleExam in memory, ${pureSamples} draws…`);
  const draws: ExamDraw[] = [];
  const assembleSamples = timeSync(pureSamples, () => void draws.push(assembleExam(pool, blueprint, length)));
  draws.forEach((draw) => checkDraw(draw, targets, domainsOf, length));

  // One loop serves both database figures: every exam started is answered and then submitted,
  // which also clears the way for the next one (one open exam per course and learner).
  // Starts alternate between a client without the pool cache and the app's, so both figures come from the same run.
  console.log(`2 × (${warmUp} + ${examSamples}) full exams: startExam without and with the pool cache, answer all ${length} (untimed), submitAttempt…`);
  const startSamples: number[] = [];
  const cachedStartSamples: number[] = [];
  const submitSamples: number[] = [];
  const gradeSamples: number[] = [];
  for (let i = 0; i < 100 && !poolCache.listening(); i++) await new Promise((resolve) => setTimeout(resolve, 50));
  if (!poolCache.listening()) throw new Error('the pool cache is not listening for content changes');
  for (let i = 0; i < 2 * (warmUp + examSamples); i++) {
    const now = new Date();
    const cached = i % 2 === 1;
    const started = await timed(() => startExam(cached ? appDb : db, learner.id, { courseId, length: 'full' }, now));
    const attempt = await loadAttempt(db, learner.id, started.value.id, now);
    checkDraw({ questionIds: attempt.items.map((item) => item.questionId), perDomain: (attempt.settings as Draw).perDomain }, targets, domainsOf, length);
    for (const item of attempt.items) {
      await answerItem(
        db,
        learner.id,
        { attemptId: attempt.id, position: item.position, response: responseToTokens(item.presentation, correctResponse(item.question)) },
        now,
      );
    }
    // The stored answers, graded in memory exactly as submitAttempt grades them.
    const answered = (await loadAttempt(db, learner.id, attempt.id, now)).items.map((item) => ({
      question: item.question,
      response: item.response as QuestionResponse,
    }));
    const t = performance.now();
    const wrong = answered.filter((a) => !gradeResponse(a.question, a.response).correct).length;
    const gradeMs = performance.now() - t;
    if (wrong > 0) throw new Error(`${wrong} of the correct answers were graded wrong`);
    const submitted = await timed(() => submitAttempt(db, learner.id, attempt.id, now));
    const result = await db.quizAttempt.findUniqueOrThrow({ where: { id: attempt.id }, select: { scaledScore: true, passed: true } });
    if (result.scaledScore !== course.scaleMax || result.passed !== true)
      throw new Error(`an all-correct exam scored ${result.scaledScore}, passed ${result.passed}`);
    if (i >= 2 * warmUp) {
      (cached ? cachedStartSamples : startSamples).push(started.ms);
      submitSamples.push(submitted.ms);
      gradeSamples.push(gradeMs);
    }
  }

  const figures: Array<[string, Summary, number]> = [
    [`assembleExam, ${pool.length}-question pool (in memory)`, summarize(assembleSamples), 3],
    ['coursePool query (part of startExam)', summarize(poolSamples), 1],
    [`startExam, full ${length} questions, pool read from the database`, summarize(startSamples), 1],
    [`startExam, full ${length} questions, pool cached (as the app runs it)`, summarize(cachedStartSamples), 1],
    [`gradeResponse × ${length} (in memory)`, summarize(gradeSamples), 3],
    [`submitAttempt, ${length} answered items (grade + write)`, summarize(submitSamples), 1],
  ];
  printTable(
    `Exam simulation, ${courseId}: ${bankSize} generated + ${pool.length - bankSize} real questions (embedded PostgreSQL, pool 2)`,
    ['operation', 'p50 ms', 'p95 ms', 'mean ms', 'samples'],
    figures.map(([name, s, digits]) => [name, round(s.p50, digits), round(s.p95, digits), round(s.mean, digits), s.count]),
  );
  console.log(
    `\nChecked: every draw (${draws.length} in memory, ${warmUp + examSamples} exams) filled ${blueprint.map((d) => `${d.code} ${targets.get(d.code)}`).join(', ')};` +
      ` every all-correct exam scored ${course.scaleMax} and passed (pass mark ${course.passMark}).`,
  );
  const m = machine();
  console.log(`Machine: Node ${m.node}, ${m.cpus} CPUs, ${m.at}`);

  const json = (s: Summary, digits: number) => ({ p50Ms: round(s.p50, digits), p95Ms: round(s.p95, digits), meanMs: round(s.mean, digits), samples: s.count });
  printResult({
    bench: 'quiz',
    ...m,
    course: courseId,
    examQuestions: length,
    poolQuestions: pool.length,
    seedMs: round(seeded.ms),
    targets: Object.fromEntries(targets),
    assembleExam: json(summarize(assembleSamples), 3),
    coursePool: json(summarize(poolSamples), 1),
    startExam: json(summarize(cachedStartSamples), 1),
    startExamUncached: json(summarize(startSamples), 1),
    gradeResponses: json(summarize(gradeSamples), 3),
    submitAttempt: json(summarize(submitSamples), 1),
  });
});
