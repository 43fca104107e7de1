import type { Connection } from './connection';
import type { PublicFiles } from './public-files';

/** An open store and the public files it publishes to: what every repository function takes. */
export type Store = Connection & { files: PublicFiles };

export const nowIso = (): string => new Date().toISOString();
