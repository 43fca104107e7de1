/**
 * The header that marks the server's own request for a page it is about to cache, and the per-process token
 * it carries. The proxy lets such a request through to the renderer; any other request for a page is answered
 * from the cache, so an outsider cannot make the server render a page per request.
 */
export const RENDER_HEADER = 'x-atlas-render';

/** The header in which the proxy names the normalised page it rewrote to the view cache. */
export const VIEW_HEADER = 'x-atlas-view';

const ENV_KEY = 'ATLAS_RENDER_TOKEN';

export function renderToken(): string {
  process.env[ENV_KEY] ??= crypto.randomUUID();
  return process.env[ENV_KEY]!;
}
