import { defineConfig } from 'vitest/config';

// Browser journeys against the production build, which the global setup starts and stops.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    globalSetup: ['tests/e2e/app-server.ts'],
    testTimeout: 60_000,
    hookTimeout: 600_000,
    fileParallelism: false,
    reporters: ['default', ['json', { outputFile: 'tests/.reports/e2e.json' }]],
  },
});
