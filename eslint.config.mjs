import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTypescript from 'eslint-config-next/typescript';

const config = [
  ...nextVitals,
  ...nextTypescript,
  { ignores: ['.next/**', 'node_modules/**', 'lib/db/generated/**', '.data/**', 'tests/.artifacts/**', 'next-env.d.ts'] },
];

export default config;
