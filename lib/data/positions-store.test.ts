import { utimes, writeFile } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { country, position } from './__fixtures__/factories';
import { positionsGeoJson, tempDataDir } from './__fixtures__/files';
import { DataUnavailableError } from './data-unavailable-error';
import { createPositionsStore } from './positions-store';

let dir: Awaited<ReturnType<typeof tempDataDir>>;
beforeEach(async () => {
  dir = await tempDataDir();
});
afterEach(() => dir.remove());

const store = () => createPositionsStore(() => dir.positionsFile);
const gbr = country('GBR', [position('2025-02-17', 'troops_offered')]);
const pol = country('POL', [position('2025-02-17', 'declined')]);

/** Writes and moves the mtime forward, as a rewrite a second later would. */
async function rewrite(content: string, secondsLater: number) {
  await writeFile(dir.positionsFile, content);
  const t = new Date(Date.now() + secondsLater * 1000);
  await utimes(dir.positionsFile, t, t);
}

describe('the positions store', () => {
  it('serves the properties of every feature, sorted by iso3, without geometry', async () => {
    await rewrite(positionsGeoJson([pol, gbr]), 0);
    const { value } = await store().load();
    expect(value.countries.map((c) => c.iso3)).toEqual(['GBR', 'POL']);
    expect(JSON.stringify(value.countries)).not.toContain('coordinates');
  });

  it('reports a missing file as missing', async () => {
    await expect(store().load()).rejects.toMatchObject({ name: 'DataUnavailableError', problem: 'missing' });
  });

  it('reports a file that is not JSON as corrupt', async () => {
    await rewrite('{"type":"FeatureCollection","features":[', 0);
    await expect(store().load()).rejects.toMatchObject({ problem: 'corrupt' });
  });

  it('reports JSON that breaks the schema as invalid, saying where', async () => {
    await rewrite(positionsGeoJson([{ ...gbr, iso3: 'gb' }]), 0);
    const error = await store().load().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DataUnavailableError);
    expect((error as Error).message).toContain('features.0.properties.iso3');
  });

  it('rejects a country that appears twice', async () => {
    await rewrite(positionsGeoJson([gbr, gbr]), 0);
    await expect(store().load()).rejects.toMatchObject({ problem: 'invalid' });
  });

  it('reads the file once while it is unchanged', async () => {
    await rewrite(positionsGeoJson([gbr]), 0);
    const s = store();
    const first = await s.load();
    expect(await s.load()).toBe(first);
  });

  it('serves the new content as soon as the file is replaced', async () => {
    await rewrite(positionsGeoJson([gbr]), 0);
    const s = store();
    await s.load();
    await rewrite(positionsGeoJson([gbr, pol]), 5);
    expect((await s.load()).value.countries).toHaveLength(2);
  });

  it('recovers without a restart once a corrupt file is fixed', async () => {
    await rewrite('not json', 0);
    const s = store();
    await expect(s.load()).rejects.toBeInstanceOf(DataUnavailableError);
    await rewrite(positionsGeoJson([gbr]), 5);
    expect((await s.load()).value.countries).toHaveLength(1);
  });

  it('recovers once a missing file appears', async () => {
    const s = store();
    await expect(s.load()).rejects.toMatchObject({ problem: 'missing' });
    await rewrite(positionsGeoJson([gbr]), 0);
    expect((await s.load()).value.countries).toHaveLength(1);
  });
});
