/**
 * Next.js runs this once per server process at start-up: the place to start background workers,
 * so `npm start` needs no second process. Only in Node (not the edge runtime), and only when
 * a database is configured (not during `next build`).
 */
export async function register() {
  // NEXT_RUNTIME is replaced at build time, which keeps the Node-only imports out of the edge bundle.
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { env } = await import('./lib/env');
  const databaseUrl = env().DATABASE_URL;
  if (!databaseUrl) return;
  const [{ db }, { jobQueue }, { startOptimizerWorker }, { startPoolCache }, { startScoreWorker }] = await Promise.all([
    import('./lib/db/client'),
    import('./lib/jobs/job-queue'),
    import('./lib/srs/optimizer/optimizer-jobs'),
    import('./lib/quiz/pool-cache'),
    import('./lib/lti/score-jobs'),
  ]);
  startPoolCache(db(), databaseUrl);
  const boss = await jobQueue();
  await startOptimizerWorker(db(), boss);
  await startScoreWorker(db(), boss);
  // Next's own SIGTERM handler stops accepting requests and lets the open ones finish; meanwhile
  // no new job is taken, and one still running when the process exits is retried by pg-boss on
  // whichever instance picks it up after its expiry.
  process.once('SIGTERM', () => {
    console.log('[netprep] SIGTERM: background jobs stop taking work.');
    void boss.stop({ graceful: true, close: false, timeout: 10_000 }).catch((error: Error) => console.error(`netprep: background jobs: ${error.message}`));
  });
}
