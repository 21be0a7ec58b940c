import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { projectRoot } from '../../lib/db/paths';
import { buildInputsHash, isBuildCurrent, markBuildCurrent } from '../../lib/cli/build-freshness';

const require = createRequire(import.meta.url);

/**
 * Global setup: `next build` once if the sources changed since the last build, and stamp it as
 * `npm start` does, so the several app processes these tests start all serve it without rebuilding.
 */
export default async function ensureProductionBuild() {
  const hash = await buildInputsHash(projectRoot);
  if (await isBuildCurrent(projectRoot, hash)) return;
  const result = spawnSync(process.execPath, [require.resolve('next/dist/bin/next'), 'build'], {
    stdio: 'inherit',
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
  });
  if (result.status !== 0) throw new Error('next build failed; see the output above');
  await markBuildCurrent(projectRoot, hash);
}
