import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { POST as login } from '@/app/api/editor/login/route';
import { POST as logout } from '@/app/api/editor/logout/route';
import { GET as session } from '@/app/api/editor/session/route';
import { POST as addArticle } from '@/app/api/editor/articles/route';
import { GET as getArticle } from '@/app/api/editor/articles/[id]/route';
import { POST as publishArticle } from '@/app/api/editor/articles/[id]/publish/route';
import { POST as discardArticle } from '@/app/api/editor/articles/[id]/discard/route';
import { GET as queue } from '@/app/api/editor/queue/route';
import { POST as reviewPosition } from '@/app/api/editor/positions/[id]/review/route';
import { POST as reviewFigure } from '@/app/api/editor/figures/[id]/review/route';
import { GET as history } from '@/app/api/editor/history/route';
import { POST as revert } from '@/app/api/editor/history/[id]/revert/route';
import { GET as status } from '@/app/api/editor/status/route';
import { POST as publish } from '@/app/api/editor/publish/route';
import { GET as publicPositions } from '@/app/api/positions/route';
import { addUser } from '@/lib/auth/users';
import { MAX_FAILURES_PER_ACCOUNT } from '@/lib/auth/sessions';
import { dataVersion } from '@/lib/data/positions-payload';
import { openStore } from '@/lib/store/open';
import { NEW_ARTICLE, tempPublicFiles } from '@/lib/store/testing/fixtures';
import type { DraftDetail, EditorSession, PositionProposal, ReviewItem } from './contract';

const dir = mkdtempSync(path.join(tmpdir(), 'wa-routes-'));
const files = tempPublicFiles();
const PASSWORD = 'ceasefire guarantees 2025';
const ORIGIN = 'http://localhost';

type Handler = (request: Request, route: { params: Promise<Record<string, string>> }) => Promise<Response>;
const call = (handler: unknown, request: Request, params: Record<string, string> = {}) =>
  (handler as Handler)(request, { params: Promise.resolve(params) });

function post(pathname: string, body: unknown, headers: Record<string, string> = {}): Request {
  return new Request(`${ORIGIN}${pathname}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}
const get = (pathname: string, headers: Record<string, string> = {}) =>
  new Request(`${ORIGIN}${pathname}`, { headers });

let cookie = '';
let csrf = '';
const auth = (extra: Record<string, string> = {}) => ({ cookie, 'x-csrf-token': csrf, ...extra });

beforeAll(async () => {
  process.env.DATABASE_URL = path.join(dir, 'routes.sqlite');
  process.env.POSITIONS_FILE = files.positionsFile;
  process.env.ARTICLES_DIR = files.articlesDir;
  const store = await openStore();
  await addUser(store, 'amina', PASSWORD);
  await store.close();
  const response = await login(
    post('/api/editor/login', { username: 'amina', password: PASSWORD }, { origin: ORIGIN }),
  );
  expect(response.status).toBe(200);
  cookie = response.headers.get('set-cookie')!.split(';')[0]!;
  csrf = ((await response.json()) as EditorSession).csrf;
});
afterAll(() => {
  delete process.env.DATABASE_URL;
  delete process.env.POSITIONS_FILE;
  delete process.env.ARTICLES_DIR;
  rmSync(dir, { recursive: true, force: true });
  files.remove();
});

/** Every write route, with a body that breaks the contract and the field its 400 must name. */
const WRITES: {
  name: string;
  handler: unknown;
  path: string;
  params?: Record<string, string>;
  bad?: [unknown, RegExp];
}[] = [
  { name: 'logout', handler: logout, path: '/api/editor/logout' },
  {
    name: 'add article',
    handler: addArticle,
    path: '/api/editor/articles',
    bad: [{ ...NEW_ARTICLE, published: '2025-02-30' }, /published: not a real calendar date/],
  },
  {
    name: 'publish article',
    handler: publishArticle,
    path: '/api/editor/articles/000_8d37e79ea93a1486/publish',
    params: { id: '000_8d37e79ea93a1486' },
    bad: [{ version: 'one' }, /version: /],
  },
  {
    name: 'discard article',
    handler: discardArticle,
    path: '/api/editor/articles/000_8d37e79ea93a1486/discard',
    params: { id: '000_8d37e79ea93a1486' },
    bad: [{ version: -1 }, /version: /],
  },
  {
    name: 'review position',
    handler: reviewPosition,
    path: '/api/editor/positions/1/review',
    params: { id: '1' },
    bad: [{ action: 'change', version: 1, change: { stance: 'neutral' } }, /change\.stance: /],
  },
  {
    name: 'review figure',
    handler: reviewFigure,
    path: '/api/editor/figures/1/review',
    params: { id: '1' },
    bad: [{ action: 'change', version: 1, change: {} }, /a change needs a kind, value, unit, year or date/],
  },
  {
    name: 'revert',
    handler: revert,
    path: '/api/editor/history/1/revert',
    params: { id: '1' },
    bad: [{ note: 'x'.repeat(2001) }, /note: /],
  },
  { name: 'publish', handler: publish, path: '/api/editor/publish' },
];

describe('editor write routes', () => {
  it.each(WRITES)('$name: 401 without a session, 403 with a wrong CSRF token or from another site', async (w) => {
    const anonymous = await call(w.handler, post(w.path, { version: 1 }), w.params);
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get('cache-control')).toBe('no-store');
    const wrong = await call(
      w.handler,
      post(w.path, { version: 1 }, auth({ 'x-csrf-token': `${csrf.slice(1)}x` })),
      w.params,
    );
    expect(wrong.status).toBe(403);
    expect((await wrong.json()).error).toMatch(/x-csrf-token/);
    const missing = await call(w.handler, post(w.path, { version: 1 }, { cookie }), w.params);
    expect(missing.status).toBe(403);
    const crossSite = await call(
      w.handler,
      post(w.path, { version: 1 }, auth({ origin: 'https://elsewhere.example', 'sec-fetch-site': 'cross-site' })),
      w.params,
    );
    expect(crossSite.status).toBe(403);
  });

  it.each(WRITES.filter((w) => w.bad))('$name: 400 naming the problem for bad input', async (w) => {
    const [body, problem] = w.bad!;
    const response = await call(w.handler, post(w.path, body, auth()), w.params);
    expect(response.status).toBe(400);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const answer = (await response.json()) as { error: string; problems: string[] };
    expect(answer.problems.join('\n')).toMatch(problem);
    const notJson = await call(w.handler, post(w.path, '{"version":', auth()), w.params);
    expect(notJson.status).toBe(400);
    expect((await notJson.json()).problems[0]).toMatch(/not valid JSON/);
  });

  it("refuses an article text the CLI would refuse, with the CLI's message", async () => {
    const response = await call(addArticle, post('/api/editor/articles', { ...NEW_ARTICLE, text: '— 2025 —' }, auth()));
    expect(response.status).toBe(400);
    expect((await response.json()).problems).toEqual([
      'the article text: the file holds no letters (only blanks or punctuation)',
    ]);
  });
});

describe('editor read routes', () => {
  it.each([
    ['session', session, '/api/editor/session', {}],
    ['article', getArticle, '/api/editor/articles/000_8d37e79ea93a1486', { id: '000_8d37e79ea93a1486' }],
    ['queue', queue, '/api/editor/queue?kind=position', {}],
    ['history', history, '/api/editor/history', {}],
    ['status', status, '/api/editor/status', {}],
  ] as const)('%s: 401 anonymously, 200 with the session, never stored', async (_name, handler, url, params) => {
    const anonymous = await call(handler, get(url), params);
    expect(anonymous.status).toBe(401);
    const answer = await call(handler, get(url, { cookie }), params);
    expect(answer.status).toBe(200);
    expect(answer.headers.get('cache-control')).toBe('no-store');
  });

  it('answers 404 for an unknown article and 400 for a bad query', async () => {
    expect((await call(getArticle, get('/api/editor/articles/none', { cookie }), { id: 'none' })).status).toBe(404);
    expect((await call(getArticle, get('/api/editor/articles/a%2Fb', { cookie }), { id: 'a/b' })).status).toBe(400);
    expect((await call(queue, get('/api/editor/queue?kind=people', { cookie }))).status).toBe(400);
    expect((await call(history, get('/api/editor/history?limit=0', { cookie }))).status).toBe(400);
  });
});

describe('login', () => {
  it('sets an httpOnly, SameSite=Strict cookie, Secure only over https', async () => {
    const plain = await login(post('/api/editor/login', { username: 'amina', password: PASSWORD }));
    const flags = plain.headers.get('set-cookie')!;
    expect(flags).toMatch(/^wa_session=[\w-]{40,};/);
    expect(flags).toMatch(/; HttpOnly/);
    expect(flags).toMatch(/; SameSite=Strict/);
    expect(flags).toMatch(/; Path=\//);
    expect(flags).toMatch(/; Max-Age=28800/);
    expect(flags).not.toMatch(/Secure/);
    const https = await login(
      post('/api/editor/login', { username: 'amina', password: PASSWORD }, { 'x-forwarded-proto': 'https' }),
    );
    expect(https.headers.get('set-cookie')).toMatch(/; Secure$/);
  });

  it('refuses a cross-site login with 403 before looking at the password', async () => {
    const attempts: Record<string, string>[] = [
      { origin: 'https://evil.example' },
      { 'sec-fetch-site': 'cross-site' },
      { origin: 'null' },
    ];
    for (const headers of attempts) {
      const response = await login(post('/api/editor/login', { username: 'amina', password: PASSWORD }, headers));
      expect(response.status).toBe(403);
    }
  });

  it('answers 401 for a wrong password and 429 with Retry-After once the account is locked', async () => {
    await addUserNow('omar');
    const attempt = (password: string) =>
      login(post('/api/editor/login', { username: 'omar', password }, { 'x-forwarded-for': '198.51.100.4' }));
    for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT; i++) expect((await attempt(`wrong ${i}`)).status).toBe(401);
    const locked = await attempt(PASSWORD);
    expect(locked.status).toBe(429);
    expect(Number(locked.headers.get('retry-after'))).toBeGreaterThan(0);
    // Another account from another address is not affected.
    expect((await login(post('/api/editor/login', { username: 'amina', password: PASSWORD }))).status).toBe(200);
  });

  it('ends the session at logout', async () => {
    const response = await login(post('/api/editor/login', { username: 'amina', password: PASSWORD }));
    const own = {
      cookie: response.headers.get('set-cookie')!.split(';')[0]!,
      'x-csrf-token': ((await response.json()) as EditorSession).csrf,
    };
    expect((await call(logout, post('/api/editor/logout', {}, own))).status).toBe(204);
    expect((await call(session, get('/api/editor/session', { cookie: own.cookie }))).status).toBe(401);
  });
});

async function addUserNow(username: string) {
  const store = await openStore();
  await addUser(store, username, PASSWORD);
  await store.close();
}

describe('the newsroom journey through the API', () => {
  it('adds, reviews, publishes (the public API follows at once), and reverts, with 409 for a stale version', async () => {
    const versionBefore = await dataVersion();
    const added = await call(addArticle, post('/api/editor/articles', NEW_ARTICLE, auth()));
    expect(added.status).toBe(201);
    const draft = (await added.json()) as DraftDetail;
    expect(draft.positions.length).toBeGreaterThan(0);
    const publicBefore = await (await publicPositions(get('/api/positions'))).json();
    expect(publicBefore.articles.map((a: { id: string }) => a.id)).not.toContain(draft.article.id);

    const item = draft.positions.find((p) => p.iso3 === 'POL')!;
    const review = (body: unknown) =>
      call(reviewPosition, post(`/api/editor/positions/${item.id}/review`, body, auth()), { id: String(item.id) });
    const changed = await review({ action: 'change', version: item.version, change: { stance: 'conditional' } });
    expect(changed.status).toBe(200);
    const stale = await review({ action: 'accept', version: item.version });
    expect(stale.status).toBe(409);
    expect(((await stale.json()) as { current: ReviewItem }).current).toMatchObject({
      current: { stance: 'conditional' },
      reviewedBy: 'amina',
    });

    const published = await call(
      publishArticle,
      post(`/api/editor/articles/${draft.article.id}/publish`, { version: draft.article.version }, auth()),
      { id: draft.article.id },
    );
    expect(published.status).toBe(200);
    expect(await dataVersion()).not.toBe(versionBefore);
    const publicAfter = await (await publicPositions(get('/api/positions?country=POL'))).json();
    expect(publicAfter.articles.map((a: { id: string }) => a.id)).toContain(draft.article.id);
    const polish = publicAfter.countries[0].positions.find((p: { article: string }) => p.article === draft.article.id);
    expect(polish).toMatchObject({ stance: 'conditional', reviewed: true, confidence: 1 });

    const entries = (await (await call(history, get('/api/editor/history?limit=10', { cookie }))).json()).entries;
    const change = entries.find((e: { action: string }) => e.action === 'position.change');
    const undone = await call(
      revert,
      post(`/api/editor/history/${change.id}/revert`, { note: 'Back to the extractor.' }, auth()),
      {
        id: String(change.id),
      },
    );
    expect(undone.status).toBe(200);
    expect((await (await call(status, get('/api/editor/status', { cookie }))).json()).pending).toBe(1);
    await call(publish, post('/api/editor/publish', {}, auth()));
    const reverted = JSON.parse(readFileSync(files.positionsFile, 'utf8')).features.find(
      (f: { properties: { iso3: string } }) => f.properties.iso3 === 'POL',
    ).properties.positions;
    expect(reverted.find((p: { article: string }) => p.article === draft.article.id)).toMatchObject({
      stance: (item.current as PositionProposal).stance,
    });
  });
});
