import { utimes, writeFile } from 'node:fs/promises';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { GET as getPositions } from '@/app/api/positions/route';
import { GET as listArticles } from '@/app/api/articles/route';
import { GET as getArticle } from '@/app/api/articles/[id]/route';
import { country, position, spending } from './__fixtures__/factories';
import { articleMeta, positionsGeoJson, tempDataDir, writeArticles } from './__fixtures__/files';

const TEXT = 'قالت بريطانيا إنها سترسل قوات. رفضت بولندا إرسال جنود.';
const evidence = (sentence: string) => {
  const start = TEXT.indexOf(sentence);
  return { text: sentence, start, end: start + sentence.length };
};
const countries = [
  country('GBR', [position('2025-02-17', 'troops_offered', { article: 'a1', evidence: evidence('قالت بريطانيا إنها سترسل قوات.') })], [
    spending('2025-02-25', 2.5, { article: 'a1', kind: 'target', evidence: evidence('قالت بريطانيا إنها سترسل قوات.') }),
  ]),
  country('POL', [
    position('2025-02-17', 'declined', { article: 'a1', evidence: evidence('رفضت بولندا إرسال جنود.') }),
    position('2025-04-10', 'conditional', { article: 'a2' }),
  ]),
];

let dir: Awaited<ReturnType<typeof tempDataDir>>;
let clock = 0;
async function writePositions(content: string) {
  await writeFile(dir.positionsFile, content);
  clock += 10;
  const t = new Date(Date.now() + clock * 1000);
  await utimes(dir.positionsFile, t, t);
}

beforeAll(async () => {
  dir = await tempDataDir();
  process.env.POSITIONS_FILE = dir.positionsFile;
  process.env.ARTICLES_DIR = dir.articlesDir;
  await writeArticles(dir.articlesDir, [
    { ...articleMeta('a2', '2025-04-10'), text: 'نص' },
    { ...articleMeta('a1', '2025-02-17'), text: TEXT },
    articleMeta('a3', '2025-05-01'),
  ]);
});
beforeEach(() => writePositions(positionsGeoJson(countries)));
afterAll(async () => {
  delete process.env.POSITIONS_FILE;
  delete process.env.ARTICLES_DIR;
  await dir.remove();
});

const get = (path: string, headers: HeadersInit = {}) => new Request(`http://localhost${path}`, { headers });
const articleCtx = (id: string) => ({ params: Promise.resolve({ id }) });

describe('GET /api/positions', () => {
  it('answers every country without geometry, and the articles oldest first', async () => {
    const response = await getPositions(get('/api/positions'));
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.countries.map((c: { iso3: string }) => c.iso3)).toEqual(['GBR', 'POL']);
    expect(body.articles.map((a: { id: string }) => a.id)).toEqual(['a1', 'a2', 'a3']);
    expect(JSON.stringify(body)).not.toContain('geometry');
    expect(body.generated).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  });

  it('filters by country and by date', async () => {
    const body = await (await getPositions(get('/api/positions?country=POL&date=2025-03-01'))).json();
    expect(body.countries).toHaveLength(1);
    expect(body.countries[0].positions.map((p: { date: string }) => p.date)).toEqual(['2025-02-17']);
  });

  it('filters by the stance each country holds as of the date, by the same rule as the map', async () => {
    const codes = async (query: string) =>
      ((await (await getPositions(get(`/api/positions?${query}`))).json()).countries as { iso3: string }[]).map((c) => c.iso3);
    expect(await codes('stance=declined')).toEqual([]);
    expect(await codes('stance=declined&date=2025-03-01')).toEqual(['POL']);
    expect(await codes('stance=conditional~troops_offered')).toEqual(['GBR', 'POL']);
    expect(await codes('stance=troops_offered&date=2025-01-01')).toEqual([]);
  });

  it.each([
    ['stance=foo', /stance/],
    ['stance=declined~declined', /twice/],
    ['stance=declined&stance=conditional', /once/],
    ['date=banana', /date/],
    ['date=2025-02-30', /date/],
    ['country=gbr', /country/],
    ['country=GBR~%3Cscript%3E', /country/],
    ['country=GBR~GBR', /twice/],
    ['country=GBR&country=POL', /once/],
    [`country=${'GBR~'.repeat(300)}GBR`, /country/],
  ])('answers 400 with a message for %s', async (query, message) => {
    const response = await getPositions(get(`/api/positions?${query}`));
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body.error).toMatch(message);
    expect(body.error).not.toContain('<script>');
  });

  it('answers 404 for a well-formed country that is not in the data', async () => {
    const response = await getPositions(get('/api/positions?country=GBR~XXX'));
    expect(response.status).toBe(404);
    expect((await response.json()).error).toContain('XXX');
  });

  it('answers 304 to a client that already has this version, and 200 once the file changes', async () => {
    const first = await getPositions(get('/api/positions'));
    const etag = first.headers.get('etag') as string;
    expect(first.headers.get('cache-control')).toMatch(/^public, max-age=0, s-maxage=\d+, stale-while-revalidate=\d+$/);
    expect((await getPositions(get('/api/positions', { 'if-none-match': etag }))).status).toBe(304);
    await writePositions(positionsGeoJson(countries.slice(0, 1)));
    expect((await getPositions(get('/api/positions', { 'if-none-match': etag }))).status).toBe(200);
  });

  it('answers 503 with a message while the file is corrupt, and recovers once it is fixed', async () => {
    await writePositions('{"type":"FeatureCollection","features":[{');
    const broken = await getPositions(get('/api/positions'));
    expect(broken.status).toBe(503);
    expect(broken.headers.get('cache-control')).toBe('no-store');
    expect((await broken.json()).error).toMatch(/corrupt/);
    await writePositions(positionsGeoJson(countries));
    expect((await getPositions(get('/api/positions'))).status).toBe(200);
  });

  it('does not reveal server paths in a 503', async () => {
    await writePositions('[]');
    const body = await (await getPositions(get('/api/positions'))).json();
    expect(body.error).not.toContain(dir.root);
  });
});

describe('GET /api/articles', () => {
  it('lists article metadata', async () => {
    const body = await (await listArticles(get('/api/articles'))).json();
    expect(body.articles.map((a: { id: string }) => a.id)).toEqual(['a1', 'a2', 'a3']);
  });
});

describe('GET /api/articles/[id]', () => {
  it('answers the text and the mentions that point into it', async () => {
    const response = await getArticle(get('/api/articles/a1'), articleCtx('a1'));
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.text).toBe(TEXT);
    expect(body.mentions.map((m: { iso3: string; kind: string }) => `${m.iso3}:${m.kind}`)).toEqual([
      'GBR:position',
      'GBR:spending',
      'POL:position',
    ]);
    for (const m of body.mentions) expect(TEXT.slice(m.start, m.end)).toBe(m.text);
  });

  it('answers 404 for an unknown id', async () => {
    expect((await getArticle(get('/api/articles/nope'), articleCtx('nope'))).status).toBe(404);
  });

  it('answers 400 for an id that cannot exist', async () => {
    const response = await getArticle(get('/api/articles/x'), articleCtx('../index.json'));
    expect(response.status).toBe(400);
  });

  it('answers 503 when a listed article has lost its text file', async () => {
    expect((await getArticle(get('/api/articles/a3'), articleCtx('a3'))).status).toBe(503);
  });

  it('still serves the text, without highlights, while the positions file is broken', async () => {
    await writePositions('garbage');
    const body = await (await getArticle(get('/api/articles/a1'), articleCtx('a1'))).json();
    expect(body.text).toBe(TEXT);
    expect(body.mentions).toEqual([]);
    expect(body.mentionsUnavailable).toMatch(/corrupt/);
  });
});
