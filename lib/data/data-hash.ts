import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { defaultArticlesDir } from './articles-store';
import { DataUnavailableError, fsProblem } from './data-unavailable-error';
import { mtimeCache, type Versioned } from './mtime-cache';
import { defaultPositionsFile } from './positions-store';

/** A published file and the name it has in the manifest (its path under data/). */
/** `resource` names the file in errors as its own store does, so a missing file reads the same whoever reads it first. */
export type HashedFile = { name: string; path: string; resource?: string };

/** Characters of the data version shown to readers: 8 hex digits, 32 bits, plenty to tell releases apart. */
export const DATA_VERSION_LENGTH = 8;

function defaultFiles(): HashedFile[] {
  return [
    { name: 'positions.geojson', path: defaultPositionsFile(), resource: 'positions data' },
    { name: 'articles/index.json', path: path.join(defaultArticlesDir(), 'index.json'), resource: 'article index' },
  ];
}

const sha256File = (resource: string) => async (file: string): Promise<string> => {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    throw new DataUnavailableError(resource, fsProblem(error), `cannot read ${path.basename(file)}`);
  }
  return createHash('sha256').update(bytes).digest('hex');
};

/**
 * The first 8 hex digits of the SHA-256 of the published files' manifest, the lines `sha256sum` prints for them
 * (`<hash>  <name>`): the same bytes give the same version on any machine, whatever their mtimes. Reproduce it with
 * `cd data && sha256sum positions.geojson articles/index.json | sha256sum | cut -c1-8`.
 */
export function manifestVersion(digests: readonly { name: string; sha256: string }[]): string {
  const manifest = digests.map((d) => `${d.sha256}  ${d.name}\n`).join('');
  return createHash('sha256').update(manifest).digest('hex').slice(0, DATA_VERSION_LENGTH);
}

export type DataHash = { load(): Promise<string> };

/** Server only. Each file is hashed once per version (mtime + size), as the stores read it. */
export function createDataHash(files: () => readonly HashedFile[] = defaultFiles): DataHash {
  const loaders = new Map<string, () => Promise<Versioned<string>>>();
  const loaderFor = (file: string, resource = 'published data') => {
    let loader = loaders.get(file);
    if (!loader) {
      loader = mtimeCache(resource, () => file, sha256File(resource));
      loaders.set(file, loader);
    }
    return loader;
  };
  return {
    async load() {
      const list = files();
      const digests = await Promise.all(list.map(async (f) => ({ name: f.name, sha256: (await loaderFor(f.path, f.resource)()).value })));
      return manifestVersion(digests);
    },
  };
}

export const dataHash: DataHash = createDataHash();
