import { errorResponse, jsonError, jsonWithEtag } from '@/lib/data/api-responses';
import { loadPositionsPayload } from '@/lib/data/positions-payload';
import { isOembedProblem, oembedResponse, oembedTarget, type OembedRequest } from '@/lib/embed/oembed';
import { getDictionary } from '@/lib/i18n/langs';
import { previewPath } from '@/lib/preview/preview-url';
import { summarizeView } from '@/lib/preview/view-summary';
import { siteOrigin } from '@/lib/site-url';

export const dynamic = 'force-dynamic';

/**
 * GET /api/oembed?url=<a view of this site>[&maxwidth=&maxheight=] — the oEmbed answer (JSON, type "rich") a
 * CMS asks for when a link to the dashboard is pasted: the embed's iframe snippet, its title and its picture.
 */
export async function GET(request: Request): Promise<Response> {
  const params = new URL(request.url).searchParams;
  const asked: OembedRequest = {
    url: params.get('url'),
    maxwidth: params.get('maxwidth'),
    maxheight: params.get('maxheight'),
    format: params.get('format'),
  };
  const origin = siteOrigin();
  const target = oembedTarget(asked, origin);
  if (isOembedProblem(target)) return jsonError(target.status, target.error);
  try {
    const { payload, version } = await loadPositionsPayload();
    const dict = getDictionary(target.lang);
    const summary = summarizeView(payload, target.state, target.lang);
    const body = oembedResponse(target, asked, origin, {
      title: `${dict.app.title} — ${summary.description}`,
      provider: dict.app.title,
      thumbnail: previewPath(target.lang, target.state),
    });
    return jsonWithEtag(request, body, `${version}|${params.toString()}`);
  } catch (error) {
    return errorResponse(error);
  }
}
