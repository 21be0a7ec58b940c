import path from 'node:path';
import { defineConfig } from 'vitest/config';

// Fault tests: the production build, started as `npm start` does, put through database restarts,
// crashes and shutdowns. Each file starts its own app processes; the global setup only builds.
export default defineConfig({
  resolve: { alias: { '@': path.resolve(import.meta.dirname) } },
  test: {
    include: ['tests/faults/**/*.fault.ts'],
    globalSetup: ['tests/faults/production-build.ts'],
    testTimeout: 240_000,
    hookTimeout: 600_000,
    fileParallelism: false,
    reporters: ['default', ['json', { outputFile: 'tests/.reports/faults.json' }]],
  },
});
