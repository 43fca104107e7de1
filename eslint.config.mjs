import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';
import prettier from 'eslint-config-prettier';

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: [
      '.next/**',
      '.next-*/**',
      'node_modules/**',
      'public/**',
      'bench/out/**',
      'next-env.d.ts',
      'test-results/**',
      'playwright-report/**',
    ],
  },
  {
    // The layers: lib/ is domain code (pure, tested) and imports nothing that renders; components/ render and
    // never reach into the routes; no module may import itself back through a cycle.
    files: ['**/*.{ts,tsx,mjs}'],
    settings: { 'import/resolver': { typescript: { project: './tsconfig.json' }, node: true } },
    rules: {
      'import/no-restricted-paths': [
        'error',
        {
          zones: [
            { target: './lib', from: './components', message: 'lib/ is domain code: it imports no components.' },
            { target: './lib', from: './app', message: 'lib/ is domain code: it imports no routes.' },
            {
              target: './components',
              from: './app',
              message: 'components/ render; the routes wire them, not the other way.',
            },
          ],
        },
      ],
      'import/no-cycle': ['error', { ignoreExternal: true }],
    },
  },
  // Tests may drive a route handler directly (lib/data/api-routes.test.ts calls the API's GET).
  { files: ['**/*.test.ts', '**/*.test.tsx'], rules: { 'import/no-restricted-paths': 'off' } },
  // Layout is Prettier's (npm run format); ESLint keeps to what the code means.
  prettier,
];

export default config;
