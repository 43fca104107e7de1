import { loadPositionsPayload } from '@/lib/data/positions-payload';
import { previewGeometry } from './preview-geometry';
import { renderPng } from './render-image';

/** A one-glyph picture in each script, enough to load the renderer and both fonts. */
const WARM_SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" width="8" height="8"><text x="0" y="6" font-size="6">a ب</text></svg>';

/**
 * Loads the borders, the positions and the picture renderer ahead of the first request. A failure here is not
 * fatal: the first request loads them again and answers with the error it meets.
 */
export async function warmPreviewRenderer(): Promise<void> {
  try {
    await Promise.all([previewGeometry(), loadPositionsPayload()]);
    renderPng(WARM_SVG);
  } catch (error) {
    console.warn(`preview warm-up skipped: ${error instanceof Error ? error.message : String(error)}`);
  }
}
