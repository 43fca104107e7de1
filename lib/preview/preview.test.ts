import { describe, expect, it } from 'vitest';
import { loadPositionsPayload } from '@/lib/data/positions-payload';
import { parseShareState } from '@/lib/url/share-state';
import { previewGeometry } from './preview-geometry';
import { escapeXml, previewSvg } from './preview-svg';
import { pictureState, previewPath } from './preview-url';
import { renderPng } from './render-image';
import { summarizeView } from './view-summary';

const stateOf = (query: string) => parseShareState(new URLSearchParams(query)).state;
const pngSize = (png: Buffer) => ({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) });

describe('the picture of a view', () => {
  it('summarises the shared view in one sentence, in each language', async () => {
    const { payload } = await loadPositionsPayload();
    const en = summarizeView(payload, stateOf('time=2025-04-15&country=POL'), 'en');
    expect(en.asOf).toBe('As of 15 April 2025');
    expect(en.description).toMatch(/^As of 15 April 2025: (\d+ [a-z ]+, )*\d+ declined\. Poland: Declined\.$/);
    expect(en.fills.get('POL')).toBe('#D55E00');
    const ar = summarizeView(payload, stateOf('time=2025-04-15&country=POL'), 'ar');
    expect(ar.description).toMatch(/^حتى ١٥ أبريل ٢٠٢٥: .*رفضت\. بولندا: /);
  });

  it('follows the stance filter and the layer', async () => {
    const { payload } = await loadPositionsPayload();
    const declined = summarizeView(payload, stateOf('time=2025-04-15&stance=declined'), 'en');
    expect(declined.legend.map((e) => e.label)).toEqual([expect.stringMatching(/^Declined \(\d+\)$/), 'No position']);
    expect(declined.dimmed.has('GBR')).toBe(true);
    expect(declined.dimmed.has('POL')).toBe(false);
    expect(declined.description).not.toMatch(/offered/);
    const spending = summarizeView(payload, stateOf('layer=spending'), 'en');
    expect(spending.legendTitle).toBe('Defence spending, % of GDP');
    expect(spending.fills.has('POL')).toBe(false);
  });

  it('names one picture per view whatever the order of the parameters, without the tab or the camera', () => {
    const a = previewPath(
      'en',
      pictureState(stateOf('country=POL&time=2025-04-15&tab=table&view=10,50,4&sort=trust&trust=low')),
    );
    const b = previewPath('en', stateOf('time=2025-04-15&country=POL'));
    expect(a).toBe(b);
    expect(a).toBe('/preview/en.png?time=2025-04-15&country=POL');
    expect(previewPath('ar', stateOf(''), 'svg', 2)).toBe('/preview/ar.svg?scale=2');
  });

  it('draws title, date, legend and source as text, escaped, and Arabic right to left', async () => {
    const { payload } = await loadPositionsPayload();
    const geometry = await previewGeometry();
    const svg = previewSvg(geometry, summarizeView(payload, stateOf('time=2025-04-15'), 'en'), 'Data <x> & "y"');
    expect(svg).toContain('>As of 15 April 2025</text>');
    expect(svg).toContain('>Troops offered (');
    expect(svg).toContain('Borders: Natural Earth');
    expect(svg).toContain('Data &lt;x&gt; &amp; &quot;y&quot;');
    expect(escapeXml(`<a href='x'>`)).toBe('&lt;a href=&apos;x&apos;&gt;');
    const ar = previewSvg(geometry, summarizeView(payload, stateOf('time=2025-04-15'), 'ar'), 'x');
    expect(ar).toMatch(/<text x="1160" y="64"[^>]*direction="rtl"[^>]*>أطلس الراغبين/);
  });

  it('renders a 1200×630 PNG, and 2400×1260 at twice the scale, from the bundled fonts', async () => {
    const { payload } = await loadPositionsPayload();
    const svg = previewSvg(await previewGeometry(), summarizeView(payload, stateOf(''), 'ar'), 'x');
    const png = renderPng(svg);
    expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
    expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
    expect(pngSize(renderPng(svg, 2))).toEqual({ width: 2400, height: 1260 });
  });

  it('pictures two compared dates by movement: colours, legend counts, summary and the range as its date', async () => {
    const { payload } = await loadPositionsPayload();
    const one = summarizeView(payload, stateOf('time=2025-09-04'), 'en');
    const range = summarizeView(payload, stateOf('time=2025-03-01..2025-09-04&country=POL'), 'en');
    expect(range.asOf).toBe('1 March 2025 → 4 September 2025');
    expect(range.legendTitle).toBe('Movement');
    expect(range.legend.map((e) => e.label)).toContainEqual(expect.stringMatching(/^New position \(\d+\)$/));
    expect(range.description).toMatch(
      /^1 March 2025 → 4 September 2025: .*\d+ new.*\. Poland: No position → Declined\.$/,
    );
    // Poland is new in the range: the colour of a new position, not the colour of its stance.
    expect(range.fills.get('POL')).not.toBe(one.fills.get('POL'));
    const svg = previewSvg(await previewGeometry(), range, 'x');
    expect(svg).toContain('>1 March 2025 – 4 September 2025</text>');
    const ar = summarizeView(payload, stateOf('time=2025-03-01..2025-09-04'), 'ar');
    expect(ar.asOf).toBe('١ مارس ٢٠٢٥ ← ٤ سبتمبر ٢٠٢٥');
  });

  it('hatches the low-confidence automatic positions and says so in the legend, on the stance layer only', async () => {
    const { payload } = await loadPositionsPayload();
    const stance = summarizeView(payload, stateOf(''), 'en');
    expect(stance.hatched.size).toBeGreaterThan(0);
    expect(stance.hatchNote).toBe(`Hatched: extracted automatically, low confidence (${stance.hatched.size})`);
    const svg = previewSvg(await previewGeometry(), stance, 'x');
    expect(svg.match(/<g fill="url\(#map-hatch\)"[^>]*>(.*?)<\/g>/)?.[1]?.match(/<path /g)?.length).toBeGreaterThan(0);
    const spending = summarizeView(payload, stateOf('layer=spending'), 'en');
    expect(spending.hatched.size).toBe(0);
    expect(spending.hatchNote).toBeNull();
  });
});
