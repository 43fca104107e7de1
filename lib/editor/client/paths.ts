import type { Lang } from '@/lib/i18n/langs';

/** The login page, with where to go back to once logged in. */
export function loginPath(lang: Lang, next?: string): string {
  return `/${lang}/editor/login${next ? `?next=${encodeURIComponent(next)}` : ''}`;
}
