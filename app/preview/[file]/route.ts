import { createHash } from 'node:crypto';
import { loadPositionsPayload } from '@/lib/data/positions-payload';
import { getDictionary, isLang } from '@/lib/i18n/langs';
import { formatDate } from '@/lib/i18n/format';
import { previewGeometry } from '@/lib/preview/preview-geometry';
import { previewSvg } from '@/lib/preview/preview-svg';
import { pictureState, previewPath, type ImageFormat } from '@/lib/preview/preview-url';
import { renderPng } from '@/lib/preview/render-image';
import { summarizeView } from '@/lib/preview/view-summary';
import { SHARED_CACHE_CONTROL, notModified } from '@/lib/view-cache/cache-policy';
import { ViewCache } from '@/lib/view-cache/view-cache';
import { parseShareState } from '@/lib/url/share-state';

export const dynamic = 'force-dynamic';

type Picture = { status: number; body: Uint8Array<ArrayBuffer>; type: string; etag: string };

/** Pictures kept per process: one per view that was shared, at one or two sizes. */
const LIMIT = 500;

const cache = new ViewCache<Picture>(LIMIT, async (key) => {
  const [version, path] = [key.slice(0, key.indexOf(' ')), key.slice(key.indexOf(' ') + 1)];
  const url = new URL(path, 'http://picture');
  const [, lang, format] = /^\/preview\/(en|ar)\.(png|svg)$/.exec(url.pathname)!;
  const { payload } = await loadPositionsPayload();
  const state = parseShareState(url.searchParams).state;
  const summary = summarizeView(payload, state, lang as 'en' | 'ar');
  const dict = getDictionary(lang as 'en' | 'ar');
  const updated = payload.generated ? formatDate(payload.generated.slice(0, 10), lang as 'en' | 'ar') : '—';
  const dataLine = dict.preview.data(`${updated} · ${createHash('sha1').update(version).digest('hex').slice(0, 8)}`);
  const svg = previewSvg(await previewGeometry(), summary, dataLine);
  const scale = url.searchParams.get('scale') === '2' ? 2 : 1;
  const bytes = format === 'svg' ? Buffer.from(svg, 'utf8') : renderPng(svg, scale);
  const body = new Uint8Array(bytes.length);
  body.set(bytes);
  const etag = `"${createHash('sha1').update(version).update(path).digest('base64url')}"`;
  return { status: 200, body, type: format === 'svg' ? 'image/svg+xml' : 'image/png', etag };
});

/**
 * GET /preview/en.png?time=…&country=…&stance=…&layer=… — the picture of that view (1200×630, or 2400×1260 with
 * scale=2), for link previews and the "Map PNG" export; `.svg` gives the same picture as SVG for print.
 * Rendered once per normalised view and data version, then served from memory with the shared cache policy.
 */
export async function GET(request: Request, { params }: { params: Promise<{ file: string }> }): Promise<Response> {
  const { file } = await params;
  const match = /^(en|ar)\.(png|svg)$/.exec(file);
  const lang = match?.[1];
  if (!match || !isLang(lang)) return new Response('Not found', { status: 404 });
  const url = new URL(request.url);
  const scale = url.searchParams.get('scale');
  if (scale !== null && scale !== '1' && scale !== '2') return new Response('scale must be 1 or 2', { status: 400 });
  const { state, params: results } = parseShareState(url.searchParams);
  const invalid = Object.entries(results).find(([, r]) => r.status === 'invalid');
  if (invalid) return new Response(`Bad parameter "${invalid[0]}"`, { status: 400 });
  let version: string;
  try {
    version = (await loadPositionsPayload()).version;
  } catch {
    return new Response('Data temporarily unavailable', { status: 503, headers: { 'retry-after': '5' } });
  }
  const path = previewPath(lang, pictureState(state), match[2] as ImageFormat, scale === '2' ? 2 : 1);
  const picture = await cache.get(`${version} ${path}`);
  const headers = {
    'content-type': picture.type,
    'cache-control': SHARED_CACHE_CONTROL,
    etag: picture.etag,
  };
  if (notModified(request.headers.get('if-none-match'), picture.etag))
    return new Response(null, { status: 304, headers });
  return new Response(picture.body, { headers });
}
