import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { expect, test } from '../fixtures';
import { apiCases } from './fuzz/api-cases';
import { checkApiCase } from './fuzz/check-api';

// The CI slice of the fuzzers: same generators and checks as scripts/fuzz-api.ts and
// scripts/fuzz-urls.ts, fixed seeds, few enough cases to stay within a minute or two.
const API_CASES = 400;
const URL_CASES = 12;
/** The change list and its feeds (/en/changes, /ar/changes.json…), after the dashboard cases. */
const CHANGES_CASES = 8;
const SEED = 20250227;

test('API fuzz: every route answers bad parameters with a 400 JSON error, unknown ids with 404, never 5xx', async ({
  positions,
  baseURL,
}) => {
  const fixture = {
    articleIds: positions.articles.map((a) => a.id),
    countries: positions.countries.map((c) => c.iso3),
  };
  const failures: string[] = [];
  const seen = new Set<number>();
  for (const c of apiCases(SEED, API_CASES, fixture)) {
    const outcome = await checkApiCase(baseURL!, c);
    seen.add(outcome.status);
    if (outcome.problems.length > 0) failures.push(`${c.path.slice(0, 100)}: ${outcome.problems.join('; ')}`);
  }
  expect(failures).toEqual([]);
  // The slice must exercise every kind of answer, or it proves little.
  expect([...seen].sort()).toEqual(expect.arrayContaining([200, 400, 404]));
});

test('URL fuzz: mangled query strings render the valid part of the view (dashboard, change list, feeds) with no error', async ({
  baseURL,
}) => {
  test.setTimeout((URL_CASES + CHANGES_CASES) * 30_000);
  // The runner is a script because its oracle (lib/url) imports JSON the way the bundler does, which
  // the test runner's loader refuses; it drives its own browser and exits 1 on any failing case.
  const run = spawnSync(
    process.execPath,
    [
      '--import',
      'tsx',
      'scripts/fuzz-urls.ts',
      '--base',
      baseURL!,
      '--cases',
      String(URL_CASES),
      '--seed',
      String(SEED),
      '--pages',
      '1',
      '--changes-cases',
      String(CHANGES_CASES),
    ],
    { cwd: resolve(import.meta.dirname, '../..'), encoding: 'utf8', timeout: (URL_CASES + CHANGES_CASES) * 30_000 },
  );
  expect(run.stdout).toMatch(new RegExp(`URL fuzz: ${URL_CASES + CHANGES_CASES} cases`));
  expect(run.stdout).toMatch(/failing cases: 0\n/);
  expect(run.status, run.stdout + run.stderr).toBe(0);
  const shown = Number(/pages shown and checked: (\d+)/.exec(run.stdout)?.[1]);
  expect(shown).toBeGreaterThan(URL_CASES / 2);
});

/** The editor's write routes (lib/editor/contract.ts): the only ones that take a POST, and only from a session. */
const EDITOR_WRITES = (article: string) => [
  '/api/editor/logout',
  '/api/editor/articles',
  `/api/editor/articles/${article}/publish`,
  `/api/editor/articles/${article}/discard`,
  '/api/editor/positions/1/review',
  '/api/editor/figures/1/review',
  '/api/editor/history/1/revert',
  '/api/editor/publish',
];

test('no write endpoint but the editor’s: every other route refuses POST, PUT, PATCH and DELETE', async ({
  request,
  positions,
}) => {
  const article = positions.articles[0]!.id;
  const paths = [
    '/api/positions',
    '/api/articles',
    `/api/articles/${article}`,
    '/',
    '/en',
    '/ar',
    `/en/articles/${article}`,
    '/en/changes',
    '/ar/changes.atom',
    '/en/changes.json',
    // The editor's pages and its read-only routes are read-only too.
    '/en/editor',
    '/ar/editor',
    '/api/editor/session',
    '/api/editor/queue',
    '/api/editor/history',
    '/api/editor/status',
    `/api/editor/articles/${article}`,
  ];
  const answers: string[] = [];
  for (const path of paths) {
    for (const method of ['POST', 'PUT', 'PATCH', 'DELETE']) {
      const response = await request.fetch(path, {
        method,
        data: '{}',
        headers: { 'content-type': 'application/json' },
        maxRedirects: 0,
      });
      answers.push(`${method} ${path} ${response.status()}`);
    }
  }
  expect(answers.filter((a) => !a.endsWith(' 405'))).toEqual([]);
  // A Server Action call is a POST with this header; there are none, and the page refuses it before rendering.
  const action = await request.post('/en', { headers: { 'next-action': '0'.repeat(40) }, data: '[]', maxRedirects: 0 });
  expect(action.status()).toBe(405);

  // The exceptions: the editor's writes take a POST, and refuse it without a session (401); no other method.
  const editor: string[] = [];
  for (const path of EDITOR_WRITES(article)) {
    for (const method of ['POST', 'PUT', 'PATCH', 'DELETE']) {
      const response = await request.fetch(path, {
        method,
        data: '{"version":1}',
        headers: { 'content-type': 'application/json' },
        maxRedirects: 0,
      });
      const expected = method === 'POST' ? 401 : 405;
      if (response.status() !== expected) editor.push(`${method} ${path} ${response.status()} (expected ${expected})`);
      if (method === 'POST') expect(response.headers()['cache-control']).toBe('no-store');
    }
  }
  expect(editor).toEqual([]);
  // Login is how a session starts: it takes a POST from anyone, and answers wrong credentials with 401.
  const login = await request.post('/api/editor/login', {
    data: { username: 'nobody', password: 'not a password' },
    maxRedirects: 0,
  });
  expect(login.status()).toBe(401);
  expect(login.headers()['set-cookie']).toBeUndefined();
});
