import { STANCE_COLORS } from '@/lib/colors/stance-colors';
import { tint } from '@/components/reader/segment-text';
import { expect, test } from './fixtures';
import { countriesWithPositions, openDashboard } from './helpers';

test('evidence opens the article scrolled to the marked sentence, mentions coloured by stance', async ({
  page,
  positions,
}) => {
  const country = countriesWithPositions(positions)[0];
  const position = country?.positions.toSorted((a, b) => (a.date < b.date ? -1 : 1))[0];
  if (!country || !position) throw new Error('no country with a position');
  await openDashboard(page, `/en?country=${country.iso3}`);

  const quote = page
    .locator('.evidence')
    .filter({ hasText: position.evidence.text.slice(0, 30) })
    .first();
  await quote.getByRole('link', { name: 'Read in the article' }).click();
  await expect(page).toHaveURL(new RegExp(`/en/articles/${position.article}\\?mark=\\d+-\\d+$`));

  const marked = page.locator('#marked');
  await expect(marked).toBeInViewport();
  await expect(marked).toBeFocused();
  await expect(page.locator('.reader__text')).toHaveAttribute('dir', 'rtl');
  expect(position.evidence.text).toContain((await marked.textContent()) ?? '∅');

  const mention = page.locator(`.mention[data-iso3~="${country.iso3}"][data-stance]`).first();
  await expect(mention).toBeVisible();
  const stance = (await mention.getAttribute('data-stance')) as keyof typeof STANCE_COLORS;
  await expect(mention).toHaveCSS('border-bottom-color', hexToCss(STANCE_COLORS[stance]));
  expect(await page.locator('.reader__text mark[data-stance]').count()).toBeGreaterThan(0);
  expect(tint(STANCE_COLORS[stance], 0.35)).toMatch(/^rgb\(/);
});

test('article text is rendered as text, never as markup', async ({ page, request }) => {
  const { articles } = await (await request.get('/api/articles')).json();
  for (const { id } of articles as { id: string }[]) {
    await page.goto(`/ar/articles/${id}`);
    await expect(page.locator('.reader__text')).toBeVisible();
    expect(await page.locator('.reader__text script, .reader__text img, .reader__text iframe').count()).toBe(0);
    const api = await (await request.get(`/api/articles/${id}`)).json();
    const shown = (await page.locator('.reader__text').textContent()) ?? '';
    expect(shown.replace(/\s+/g, ' ')).toContain(api.text.slice(0, 60).replace(/\s+/g, ' '));
  }
});

function hexToCss(hex: string): string {
  const n = parseInt(hex.slice(1), 16);
  return `rgb(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255})`;
}

test('the marked sentence and the mentions never cover the lines above or below them', async ({ page, positions }) => {
  const country = countriesWithPositions(positions)[0];
  const position = country?.positions[0];
  if (!country || !position) throw new Error('no country with a position');
  await page.goto(`/en/articles/${position.article}?mark=${position.evidence.start}-${position.evidence.end}`);
  await expect(page.locator('#marked')).toBeVisible();
  const overlaps = await page.locator('.reader__text').evaluate((text) => {
    const lineHeight = parseFloat(getComputedStyle(text).lineHeight);
    const found: string[] = [];
    for (const mark of text.querySelectorAll<HTMLElement>('.mention')) {
      const style = getComputedStyle(mark);
      const outline =
        style.outlineStyle === 'none' ? 0 : parseFloat(style.outlineWidth) + parseFloat(style.outlineOffset);
      for (const rect of mark.getClientRects()) {
        // Each line box of a mention, with its outline and underline, must fit inside its own line.
        if (rect.height + 2 * outline > lineHeight)
          found.push(`${mark.textContent?.slice(0, 20)}: ${rect.height + 2 * outline} > ${lineHeight}`);
      }
    }
    return found;
  });
  expect(overlaps).toEqual([]);
});
