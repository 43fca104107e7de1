import { Resvg } from '@resvg/resvg-js';
import { join } from 'node:path';

/** The bundled Noto fonts as TrueType (the renderer reads TTF, not the page's WOFF2), Latin and Arabic. */
const FONT_FILES = [
  join(process.cwd(), 'node_modules', '@expo-google-fonts', 'noto-sans', '400Regular', 'NotoSans_400Regular.ttf'),
  join(process.cwd(), 'node_modules', '@expo-google-fonts', 'noto-sans', '700Bold', 'NotoSans_700Bold.ttf'),
  join(
    process.cwd(),
    'node_modules',
    '@expo-google-fonts',
    'noto-sans-arabic',
    '400Regular',
    'NotoSansArabic_400Regular.ttf',
  ),
  join(
    process.cwd(),
    'node_modules',
    '@expo-google-fonts',
    'noto-sans-arabic',
    '700Bold',
    'NotoSansArabic_700Bold.ttf',
  ),
];

/**
 * An SVG drawn as a PNG at `scale` times its size, with only the bundled fonts (no system font, no network):
 * resvg shapes Arabic and lays it out right to left, which satori cannot.
 */
export function renderPng(svg: string, scale = 1): Buffer {
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: scale },
    font: { loadSystemFonts: false, fontFiles: FONT_FILES, defaultFontFamily: 'Noto Sans' },
    shapeRendering: 2,
    textRendering: 1,
  });
  return resvg.render().asPng();
}
