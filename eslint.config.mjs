import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTypescript from 'eslint-config-next/typescript';

const config = [
  ...nextVitals,
  ...nextTypescript,
  { ignores: ['.next/**', 'node_modules/**', 'lib/db/generated/**', '.data/**', 'tests/.artifacts/**', 'next-env.d.ts'] },
  {
    // Settings come from lib/env.ts, which validates them; reading process.env elsewhere skips that.
    files: ['app/**', 'components/**', 'lib/**', 'proxy.ts'],
    ignores: ['lib/env.ts', 'lib/cli/**'],
    rules: {
      'no-restricted-properties': ['error', { object: 'process', property: 'env', message: 'Read settings through env() from lib/env.ts.' }],
    },
  },
];

export default config;
