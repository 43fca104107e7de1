import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { DataUnavailableError, fsProblem } from './data-unavailable-error';

export type Versioned<T> = { value: T; version: string; modified: Date };

/**
 * Reads and decodes a file at most once per version (mtime + size): a request after the file is
 * replaced sees the new content without a restart, and a broken file is not re-parsed on every
 * request until it changes. Concurrent callers share one read.
 */
export function mtimeCache<T>(resource: string, file: () => string, decode: (path: string) => Promise<T>) {
  let cached: { version: string; promise: Promise<Versioned<T>> } | null = null;

  return async function load(): Promise<Versioned<T>> {
    const path = file();
    let modified: Date;
    let version: string;
    try {
      const info = await stat(path);
      if (!info.isFile()) throw new DataUnavailableError(resource, 'missing', `${basename(path)} is not a file`);
      modified = info.mtime;
      version = `${path}:${info.mtimeMs}:${info.size}`;
    } catch (error) {
      cached = null;
      if (error instanceof DataUnavailableError) throw error;
      throw new DataUnavailableError(resource, fsProblem(error), `cannot read ${basename(path)}`);
    }
    if (cached?.version === version) return cached.promise;
    const promise = decode(path).then((value) => ({ value, version, modified }));
    cached = { version, promise };
    promise.catch((error: unknown) => {
      // A decoding failure stays cached (the same bytes fail again); an I/O hiccup does not.
      const sticky = error instanceof DataUnavailableError && (error.problem === 'corrupt' || error.problem === 'invalid');
      if (!sticky && cached?.promise === promise) cached = null;
    });
    return promise;
  };
}
