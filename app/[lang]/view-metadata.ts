import type { Metadata } from 'next';
import { loadPositionsPayload } from '@/lib/data/positions-payload';
import { getDictionary, type Lang } from '@/lib/i18n/langs';
import { previewPath } from '@/lib/preview/preview-url';
import { summarizeView } from '@/lib/preview/view-summary';
import { siteOrigin } from '@/lib/site-url';
import { parseShareState, shareStateToSearch } from '@/lib/url/share-state';
import { toSearchParams, type SearchParamsInput } from './prefetch-view';

/**
 * The link preview of this exact view: what it shows in one sentence, and a picture of it (app/preview) with the
 * title, the as-of date, the legend and the source; plus the oEmbed address a CMS asks for the embed. The
 * dashboard and its embed share it: both point to the dashboard's view.
 */
export async function viewMetadata(lang: Lang, searchParams: SearchParamsInput): Promise<Metadata> {
  const dict = getDictionary(lang);
  const { state } = parseShareState(toSearchParams(searchParams));
  let description = dict.app.subtitle;
  try {
    description = summarizeView((await loadPositionsPayload()).payload, state, lang).description;
  } catch {
    // Without data the page shows its error state; the preview keeps the general description.
  }
  const title = `${dict.app.title} — ${description.slice(0, description.indexOf(':')) || dict.app.subtitle}`;
  const image = { url: previewPath(lang, state), width: 1200, height: 630, alt: description, type: 'image/png' };
  const view = `/${lang}${shareStateToSearch(state)}`;
  const oembed = `/api/oembed?url=${encodeURIComponent(`${siteOrigin()}${view}`)}`;
  return {
    title,
    description,
    alternates: { canonical: view, types: { 'application/json+oembed': oembed } },
    openGraph: {
      type: 'website',
      siteName: dict.app.title,
      locale: lang === 'ar' ? 'ar' : 'en_GB',
      url: view,
      title,
      description,
      images: [image],
    },
    twitter: { card: 'summary_large_image', title, description, images: [image] },
  };
}
