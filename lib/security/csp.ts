/**
 * The page Content-Security-Policy. Everything is served by this app itself: no source is remote.
 * Scripts run only with the per-request nonce (Next.js adds it to its own tags when it finds it in
 * the request's policy); `'strict-dynamic'` lets those scripts load the chunks they import.
 */
export type CspOptions = {
  nonce: string;
  /** React's dev build needs eval for its error overlays; production never gets it. */
  dev?: boolean;
};

export function pageCsp({ nonce, dev = false }: CspOptions): string {
  const directives: Record<string, string[]> = {
    'default-src': ["'self'"],
    'script-src': ["'self'", `'nonce-${nonce}'`, "'strict-dynamic'", ...(dev ? ["'unsafe-eval'"] : [])],
    // React renders colour swatches as style attributes and MapLibre sizes its canvas inline; a
    // nonce here would make browsers ignore 'unsafe-inline', so styles rely on 'self' + inline.
    'style-src': ["'self'", "'unsafe-inline'"],
    // The map exports PNGs through data: URLs and MapLibre decodes images through blob: URLs.
    'img-src': ["'self'", 'data:', 'blob:'],
    'font-src': ["'self'"],
    'connect-src': ["'self'"],
    // MapLibre's worker is served from /maplibre-gl-worker.mjs; MapLibre wraps worker URLs in blob: when it must.
    'worker-src': ["'self'", 'blob:'],
    'child-src': ["'self'", 'blob:'],
    'frame-src': ["'none'"],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'self'"],
    'manifest-src': ["'self'"],
    // There is no embed mode, so nobody may frame the dashboard (clickjacking).
    'frame-ancestors': ["'none'"],
  };
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ');
}

/** 128 random bits, base64: unguessable and fresh for every page response. */
export function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}
