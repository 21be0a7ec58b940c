import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTypescript from 'eslint-config-next/typescript';

const config = [
  ...nextVitals,
  ...nextTypescript,
  {
    // Request input is read only through the shared schemas, which refuse NUL bytes (a PostgreSQL
    // error) and integers beyond the integer columns; see lib/http/input.ts and page-input.ts.
    files: ['app/**/*.ts', 'app/**/*.tsx'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.object.name='z'][callee.property.name=/^(string|number|int|json)$/]",
          message: 'Build request input from text, int and json in lib/http/input.ts.',
        },
        { selector: "MemberExpression[object.name='z'][property.name='coerce']", message: 'Build request input from text, int and json in lib/http/input.ts.' },
        {
          selector: 'AwaitExpression > Identifier[name=/^(params|searchParams)$/]',
          message: "Read a page's params with pageParams() and its query with pageQuery() (lib/http/page-input.ts).",
        },
      ],
    },
  },
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
