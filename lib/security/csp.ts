/**
 * The page Content-Security-Policy. Everything is served by this app itself: no source is remote.
 *
 * Production pages are rendered once per normalised URL and served from a cache (lib/view-cache), so a
 * per-request nonce is impossible; their inline scripts (Next.js's streamed RSC payload) are allowed by their
 * SHA-256 hashes instead, computed from the very HTML that is served, and script files by 'self'. Neither
 * 'unsafe-inline' nor 'unsafe-eval' is ever allowed for scripts. `next dev` renders every request and keeps
 * a nonce (React's dev build also needs eval for its error overlays).
 */
export type ScriptSources = { nonce: string } | { hashes: readonly string[] };

export type CspOptions = {
  scripts: ScriptSources;
  dev?: boolean;
  /** Who may frame the page: nobody (the default), or anyone for the embed routes. */
  framing?: 'none' | 'any';
};

export function pageCsp({ scripts, dev = false, framing = 'none' }: CspOptions): string {
  const scriptSrc =
    'nonce' in scripts
      ? ["'self'", `'nonce-${scripts.nonce}'`, "'strict-dynamic'"]
      : ["'self'", ...scripts.hashes.map((h) => `'sha256-${h}'`)];
  const directives: Record<string, string[]> = {
    'default-src': ["'self'"],
    'script-src': [...scriptSrc, ...(dev ? ["'unsafe-eval'"] : [])],
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
    // Only the embed routes may be framed, by anyone; everything else by nobody (clickjacking).
    'frame-ancestors': [framing === 'any' ? '*' : "'none'"],
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
