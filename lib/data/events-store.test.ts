import { execFileSync } from 'node:child_process';
import { readFile, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { country, position } from './__fixtures__/factories';
import { articleMeta, positionsGeoJson, tempDataDir, writeArticles } from './__fixtures__/files';
import { createArticlesStore } from './articles-store';
import { createDataHash, manifestVersion } from './data-hash';
import { createEventsStore } from './events-store';
import { loadPositionsPayload, type PayloadSources } from './positions-payload';
import { createPositionsStore } from './positions-store';

let dir: Awaited<ReturnType<typeof tempDataDir>>;
let eventsFile: string;
beforeEach(async () => {
  dir = await tempDataDir();
  eventsFile = path.join(dir.root, 'events.json');
  await writeArticles(dir.articlesDir, [articleMeta('a1', '2025-02-26'), articleMeta('a2', '2025-09-04')]);
  await writeFile(dir.positionsFile, positionsGeoJson([country('GBR', [position('2025-02-26', 'troops_offered')])]));
});
afterEach(() => dir.remove());

const event = (date: string, en: string, article = 'a1') => ({ date, label: { en, ar: `حدث ${en}` }, article });
const events = () => createEventsStore(() => eventsFile);
const hashFiles = () => [
  { name: 'positions.geojson', path: dir.positionsFile },
  { name: 'articles/index.json', path: path.join(dir.articlesDir, 'index.json') },
];
const sources = (): PayloadSources => ({
  positions: createPositionsStore(() => dir.positionsFile),
  articles: createArticlesStore(() => dir.articlesDir),
  events: events(),
  hash: createDataHash(hashFiles),
});

describe('the events store', () => {
  it('serves the events oldest first', async () => {
    await writeFile(eventsFile, JSON.stringify([event('2025-09-04', 'Paris'), event('2025-03-02', 'London')]));
    const { value } = await events().load();
    expect(value.map((e) => e.label.en)).toEqual(['London', 'Paris']);
  });

  it('names the problem of a missing, corrupt or invalid file', async () => {
    await expect(events().load()).rejects.toThrow('events file is missing: cannot read events.json');
    await writeFile(eventsFile, '[{"date":');
    await expect(events().load()).rejects.toThrow(/^events file is corrupt: events.json is not JSON/);
    await writeFile(eventsFile, JSON.stringify([event('2025-02-30', 'London')]));
    await expect(events().load()).rejects.toThrow('events file is invalid: 0.date: not a real calendar date');
  });
});

describe('the positions payload', () => {
  it('carries the events and the data version', async () => {
    await writeFile(eventsFile, JSON.stringify([event('2025-09-04', 'Paris', 'a2'), event('2025-03-02', 'London')]));
    const { payload } = await loadPositionsPayload({}, sources());
    expect(payload.events.map((e) => e.date)).toEqual(['2025-03-02', '2025-09-04']);
    expect(payload.eventsUnavailable).toBeUndefined();
    expect(payload.dataVersion).toMatch(/^[0-9a-f]{8}$/);
  });

  it('is still served without events when the events file is bad, and says why', async () => {
    await writeFile(eventsFile, JSON.stringify([event('2025-03-02', 'London', 'not-an-article')]));
    const bad = await loadPositionsPayload({}, sources());
    expect(bad.payload.countries).toHaveLength(1);
    expect(bad.payload.events).toEqual([]);
    expect(bad.payload.eventsUnavailable).toBe(
      'events file is invalid: 0.article: no article "not-an-article" in the article index',
    );
    await writeFile(eventsFile, '{');
    expect((await loadPositionsPayload({}, sources())).payload.eventsUnavailable).toMatch(/events file is corrupt/);
  });

  it('changes its version (the ETag) when only the events file changes', async () => {
    const payloadSources = sources();
    await writeFile(eventsFile, JSON.stringify([event('2025-03-02', 'London')]));
    const before = await loadPositionsPayload({}, payloadSources);
    await writeFile(eventsFile, JSON.stringify([event('2025-03-02', 'London'), event('2025-09-04', 'Paris')]));
    const later = new Date(Date.now() + 5000);
    await utimes(eventsFile, later, later);
    const after = await loadPositionsPayload({}, payloadSources);
    expect(after.version).not.toBe(before.version);
    expect(after.payload.dataVersion).toBe(before.payload.dataVersion);
  });
});

describe('the data version', () => {
  it('is the first 8 hex of the SHA-256 of the files’ sha256sum manifest, as the shell computes it', async () => {
    const version = await createDataHash(hashFiles).load();
    const shell = execFileSync(
      'sh',
      ['-c', 'sha256sum positions.geojson articles/index.json | sha256sum | cut -c1-8'],
      { cwd: dir.root, encoding: 'utf8' },
    ).trim();
    expect(version).toBe(shell);
  });

  it('depends on the contents only: a touched file keeps it, an edited one changes it', async () => {
    const hash = createDataHash(hashFiles);
    const first = await hash.load();
    const later = new Date(Date.now() + 5000);
    await utimes(dir.positionsFile, later, later);
    expect(await hash.load()).toBe(first);
    await writeFile(dir.positionsFile, `${await readFile(dir.positionsFile, 'utf8')}\n`);
    const evenLater = new Date(Date.now() + 10_000);
    await utimes(dir.positionsFile, evenLater, evenLater);
    expect(await hash.load()).not.toBe(first);
  });

  it('hashes a manifest line per file, in order', () => {
    const a = { name: 'positions.geojson', sha256: 'a'.repeat(64) };
    const b = { name: 'articles/index.json', sha256: 'b'.repeat(64) };
    expect(manifestVersion([a, b])).toMatch(/^[0-9a-f]{8}$/);
    expect(manifestVersion([a, b])).not.toBe(manifestVersion([b, a]));
  });

  it('reports a missing file as missing', async () => {
    const hash = createDataHash(() => [{ name: 'x', path: path.join(dir.root, 'nope.json') }]);
    await expect(hash.load()).rejects.toMatchObject({ problem: 'missing' });
  });
});
