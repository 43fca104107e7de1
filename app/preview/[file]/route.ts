import { createHash } from 'node:crypto';
import { loadPositionsPayload } from '@/lib/data/positions-payload';
import type { PositionsPayload } from '@/lib/data/payloads';
import { getDictionary, isLang, type Lang } from '@/lib/i18n/langs';
import { formatDate } from '@/lib/i18n/format';
import { previewGeometry } from '@/lib/preview/preview-geometry';
import { previewSvg } from '@/lib/preview/preview-svg';
import { previewPath, type ImageFormat } from '@/lib/preview/preview-url';
import { renderPng } from '@/lib/preview/render-image';
import { summarizeView } from '@/lib/preview/view-summary';
import { SHARED_CACHE_CONTROL, notModified } from '@/lib/view-cache/cache-policy';
import { ownBytes, ViewCache } from '@/lib/view-cache/view-cache';
import { parseShareState, type ShareState } from '@/lib/url/share-state';

export const dynamic = 'force-dynamic';

type Picture = { status: number; body: Uint8Array<ArrayBuffer>; type: string; etag: string };

/** Pictures kept per process: one per view that was shared, at one or two sizes. */
const LIMIT = 500;

// Each request draws its own picture on a miss, from the data it has already loaded.
const cache = new ViewCache<Picture>(LIMIT);

type PictureRequest = { lang: Lang; format: ImageFormat; scale: 1 | 2; state: ShareState };

/** Draws the picture of a view from the data already loaded for the request. */
async function draw({ lang, format, scale, state }: PictureRequest, data: PositionsPayload, key: string) {
  const dict = getDictionary(lang);
  const updated = data.generated ? formatDate(data.generated.slice(0, 10), lang) : '—';
  const dataLine = dict.preview.data(`${updated} · ${data.dataVersion ?? '—'}`);
  const svg = previewSvg(await previewGeometry(), summarizeView(data, state, lang), dataLine);
  return {
    status: 200,
    body: ownBytes(format === 'svg' ? svg : renderPng(svg, scale)),
    type: format === 'svg' ? 'image/svg+xml' : 'image/png',
    etag: `"${createHash('sha1').update(key).digest('base64url')}"`,
  };
}

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
  let loaded: Awaited<ReturnType<typeof loadPositionsPayload>>;
  try {
    loaded = await loadPositionsPayload();
  } catch {
    return new Response('Data temporarily unavailable', { status: 503, headers: { 'retry-after': '5' } });
  }
  const asked: PictureRequest = { lang, format: match[2] as ImageFormat, scale: scale === '2' ? 2 : 1, state };
  const key = `${loaded.version} ${previewPath(lang, state, asked.format, asked.scale)}`;
  const picture = await cache.get(key, () => draw(asked, loaded.payload, key));
  const headers = {
    'content-type': picture.type,
    'cache-control': SHARED_CACHE_CONTROL,
    etag: picture.etag,
  };
  if (notModified(request.headers.get('if-none-match'), picture.etag))
    return new Response(null, { status: 304, headers });
  return new Response(picture.body, { headers });
}
