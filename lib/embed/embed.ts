import type { Lang } from '@/lib/i18n/langs';
import { shareStateToSearch, type ShareState } from '@/lib/url/share-state';

/** The message an embedded view sends its host page whenever its height changes. */
export const HEIGHT_MESSAGE = 'willing-atlas:height';
export type HeightMessage = { type: typeof HEIGHT_MESSAGE; height: number };

/** A starting height for the iframe before the embed reports its own. */
export const EMBED_DEFAULT_HEIGHT = 640;

/** Embed pages, the only pages another site may frame: /en/embed and /ar/embed. */
export function isEmbedPath(pathname: string): boolean {
  return /^\/[a-z]{2}\/embed\/?$/.test(pathname);
}

export function embedPath(lang: Lang, state: ShareState): string {
  return `/${lang}/embed${shareStateToSearch(state)}`;
}

const escapeAttribute = (text: string) =>
  text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/**
 * The snippet a journalist pastes into an article: the iframe of the view, and the small script that keeps its
 * height equal to the embed's (public/embed.js; without it the iframe keeps its starting height).
 */
export function embedSnippet(
  origin: string,
  lang: Lang,
  state: ShareState,
  title: string,
  size: { width: number | '100%'; height: number } = { width: '100%', height: EMBED_DEFAULT_HEIGHT },
): string {
  const src = `${origin}${embedPath(lang, state)}`;
  return (
    `<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(title)}" width="${size.width}" ` +
    `height="${size.height}" style="border:0;max-width:100%" loading="lazy" data-willing-atlas></iframe>\n` +
    `<script src="${escapeAttribute(`${origin}/embed.js`)}" async></script>`
  );
}
