import type { Lang } from '@/lib/i18n/langs';
import { shareStateToSearch, type ShareState } from '@/lib/url/share-state';

export type ImageFormat = 'png' | 'svg';

/**
 * What a picture depends on: the date or range, the selection, the stance filter and the layer (not the tab, the
 * viewport, or the table's order and trust filter).
 */
export function pictureState(state: ShareState): ShareState {
  return { ...state, tab: 'map', view: null, trust: [], sort: 'stance' };
}

/**
 * The address of the picture of a view, relative to the site: `/preview/en.png?time=…`. Two links to one view
 * give one address, so the picture is rendered and cached once.
 */
export function previewPath(lang: Lang, state: ShareState, format: ImageFormat = 'png', scale: 1 | 2 = 1): string {
  const search = shareStateToSearch(pictureState(state));
  const size = scale === 2 ? `${search ? '&' : '?'}scale=2` : '';
  return `/preview/${lang}.${format}${search}${size}`;
}
