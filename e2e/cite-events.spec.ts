import { parseBibtex } from '@/lib/cite/bibtex-parse';
import { eventsWithin } from '@/lib/events/mark-layout';
import { formatDate } from '@/lib/i18n/format';
import { expect, test } from './fixtures';
import { openDashboard } from './helpers';

const HASH = /^[0-9a-f]{8}$/;
const TEXT = {
  en: {
    cite: 'Cite',
    plain: 'Citation',
    bibtex: 'BibTeX',
    copyBibtex: 'Copy BibTeX',
    copied: 'BibTeX copied',
    events: 'Events',
  },
  ar: {
    cite: 'اقتباس',
    plain: 'نص الاقتباس',
    bibtex: 'صيغة BibTeX',
    copyBibtex: 'نسخ BibTeX',
    copied: 'تم نسخ BibTeX',
    events: 'أحداث',
  },
} as const;
const LANGS = ['en', 'ar'] as const;

for (const lang of LANGS) {
  const t = TEXT[lang];

  test(`${lang}: Cite names the view's date and the footer's data version, and its BibTeX is one @misc entry`, async ({
    page,
    context,
    positions,
    baseURL,
  }, testInfo) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await openDashboard(page, `/${lang}?time=2025-04-15`);

    const footerHash = (await page.locator('.data-footer__hash').textContent())?.trim() ?? '';
    expect(footerHash).toMatch(HASH);
    expect(footerHash).toBe(positions.dataVersion);
    const shownDate = (await page.getByRole('slider').getAttribute('aria-valuetext')) ?? '';
    expect(shownDate).toBe(formatDate('2025-04-15', lang));

    await page.getByText(t.cite, { exact: true }).click();
    const plain = page.getByRole('textbox', { name: t.plain, exact: true });
    await expect(plain).toHaveValue(new RegExp(footerHash));
    const text = await plain.inputValue();
    const url = `${baseURL}/${lang}?time=2025-04-15`;
    expect(text).toContain(shownDate);
    expect(text).toContain(`${url} (`);

    const bibtex = await page.getByRole('textbox', { name: t.bibtex, exact: true }).inputValue();
    const entries = parseBibtex(bibtex);
    expect(entries).toHaveLength(1);
    expect(bibtex.trim().startsWith('@misc{') && bibtex.trim().endsWith('}')).toBe(true);
    const [entry] = entries;
    expect(entry?.type).toBe('misc');
    expect(entry?.key).toBe(`willing-atlas-2025-04-15-${footerHash}`);
    expect(entry?.fields).toMatchObject({ url, year: '2025', version: footerHash });
    expect(entry?.fields.urldate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(entry?.fields.note).toContain(shownDate);
    await page.screenshot({ path: testInfo.outputPath(`cite-${lang}.png`) });

    await page.getByRole('button', { name: t.copyBibtex }).click();
    await expect(page.getByRole('status').filter({ hasText: t.copied })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(bibtex);

    // Escape closes the panel and gives the focus back to the Cite button.
    await page.keyboard.press('Escape');
    await expect(plain).toBeHidden();
    await expect(page.getByText(t.cite, { exact: true })).toBeFocused();
  });
}

test('Cite on the latest data pins the latest date in its link, so the citation keeps pointing at this view', async ({
  page,
  positions,
  baseURL,
}) => {
  const latest =
    positions.articles
      .map((a) => a.published)
      .sort()
      .at(-1) ?? '';
  await openDashboard(page, '/en');
  await page.getByText('Cite', { exact: true }).click();
  const plain = page.getByRole('textbox', { name: 'Citation', exact: true });
  await expect(plain).toHaveValue(new RegExp(`as of ${formatDate(latest, 'en')}\\.`));
  expect(await plain.inputValue()).toContain(`${baseURL}/en?time=${latest} (`);
});

for (const lang of LANGS) {
  test(`${lang}: events are labelled marks on the timeline, at the slider's positions, and on the time charts`, async ({
    page,
    positions,
  }, testInfo) => {
    const range = positions.articles.map((a) => a.published).sort();
    const events = eventsWithin(positions.events, range[0] ?? '', range.at(-1) ?? '');
    expect(events.length, 'the shipped data has events to mark').toBeGreaterThan(1);
    const event = events[1]!;
    await openDashboard(page, `/${lang}?time=${event.date}&country=GBR~POL`);

    const marks = page.getByRole('list', { name: TEXT[lang].events });
    await expect(marks.getByRole('listitem')).toHaveText(
      events.map((e) => `${formatDate(e.date, lang)}: ${e.label[lang]}`),
    );
    for (const e of events) await expect(marks.getByText(e.label[lang], { exact: true })).toBeVisible();
    // Nothing in the marks can take the focus away from the slider.
    await expect(marks.locator('a, button, input, [tabindex]')).toHaveCount(0);

    // The mark of the event on screen sits under the slider's thumb.
    const thumb = await page.getByRole('slider').boundingBox();
    const stem = await marks.locator(`li[data-date="${event.date}"] .event-marks__stem`).boundingBox();
    if (!thumb || !stem) throw new Error('timeline not laid out');
    expect(Math.abs(thumb.x + thumb.width / 2 - stem.x)).toBeLessThanOrEqual(2);
    await page.locator('.timeline').screenshot({ path: testInfo.outputPath(`timeline-${lang}.png`) });

    await page.locator('#charts-title').scrollIntoViewIfNeeded();
    for (const id of ['chart-stance-counts', 'chart-stance-timelines']) {
      const chart = page.locator(`figure[aria-labelledby="${id}"]`);
      await chart.scrollIntoViewIfNeeded();
      await expect(chart.locator('.recharts-reference-line')).toHaveCount(events.length + 1, { timeout: 30_000 });
      for (const e of events) await expect(chart.locator('svg text', { hasText: e.label[lang] })).toHaveCount(1);
      await expect(chart.getByRole('list', { name: TEXT[lang].events }).getByRole('listitem')).toHaveCount(
        events.length,
      );
    }
    await page.locator('.charts').screenshot({ path: testInfo.outputPath(`charts-${lang}.png`) });
  });
}
