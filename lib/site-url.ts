/**
 * The public origin of the site, from SITE_URL (http://localhost:3000 when unset): link previews, embed snippets
 * and oEmbed answers carry absolute URLs, and a server behind a proxy cannot tell its public address by itself.
 */
export function siteOrigin(): string {
  return new URL(process.env.SITE_URL ?? 'http://localhost:3000').origin;
}
