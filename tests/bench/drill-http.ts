import { createAccount } from '../../lib/auth/accounts';
import type { Db } from '../../lib/db/client';
import { nextProblem } from '../../lib/drill/next-problem';
import { startDrill } from '../../lib/drill/start-run';
import { generatorNames } from '../../lib/questions/generators';
import { signInOverHttp } from '../e2e/http-session';
import { drillAnswerOf } from '../helpers/drill-answers';

const password = 'a bench learner passphrase';

/**
 * POST /api/drill/<run>/answers, one at a time against the running app, each with the right
 * answer to a problem shown in-process just before (every generator in turn, a new run every 20).
 * The time is the round trip on loopback: the server's time plus a fraction of a millisecond.
 */
export async function timeDrillAnswers(db: Db, baseUrl: string, samples: number): Promise<{ latencies: number[]; statuses: Record<string, number> }> {
  const email = `bench-drill-${Date.now()}@example.com`;
  const { id: userId } = await createAccount(db, { email, password });
  const cookie = await signInOverHttp(baseUrl, email, password);
  const generators = generatorNames.map((generator) => ({ generator }));
  const latencies: number[] = [];
  const statuses: Record<string, number> = {};
  let runId = '';
  for (let i = 0; i < samples; i++) {
    if (i % 20 === 0) runId = (await startDrill(db, userId, { generators, preset: null }, new Date())).runId;
    const next = await nextProblem(db, userId, runId, new Date());
    if (next.status !== 'problem') throw new Error('the bench run ended early');
    const text = await drillAnswerOf(db, runId, next.problem.position);
    const started = performance.now();
    const response = await fetch(`${baseUrl}/api/drill/${runId}/answers`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({ position: next.problem.position, text }),
    });
    const body = (await response.json().catch(() => null)) as { status?: string; feedback?: { correct?: boolean } } | null;
    latencies.push(performance.now() - started);
    const status = response.ok && body?.status ? `${body.status}${body.feedback?.correct ? ' (right)' : ''}` : `HTTP ${response.status}`;
    statuses[status] = (statuses[status] ?? 0) + 1;
  }
  return { latencies, statuses };
}
