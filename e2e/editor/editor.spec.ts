import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { expect, test } from '../fixtures';
import { englishDate, seriousViolations } from '../helpers';
import { EDITOR, startEditorServer, type EditorServer } from './support';

// The newsroom's whole journey in the browser, on a server of its own with a temporary store and a private copy
// of data/: log in, add an article, review it in the draft, publish, see it on the public dashboard, revert in
// the history, publish again and see the public view go back. Plus the login's errors, the redirect of anonymous
// visitors, two editors changing one item, the Arabic pages, axe and screenshots.

test.describe.configure({ mode: 'serial', timeout: 120_000 });

const SHOTS = process.env.EDITOR_SHOTS ?? '/tmp/wa-editor-shots';
const A11Y_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] as const;

/** A short article: Norway offers troops (no position of its own in the data yet) and names a spending target. */
const ARTICLE = [
  'أوسلو - أعلنت النرويج يوم الأربعاء أنها مستعدة لإرسال قوات إلى أوكرانيا ضمن تحالف الراغبين لضمان أي اتفاق لوقف إطلاق النار.',
  'وقال رئيس الوزراء النرويجي إن بلاده سترفع إنفاقها الدفاعي إلى 3 في المئة من الناتج المحلي الإجمالي.',
  '',
].join('\n');
const PUBLISHED = '2025-09-10';

let server: EditorServer;

test.beforeAll(async () => {
  test.setTimeout(180_000);
  mkdirSync(SHOTS, { recursive: true });
  server = await startEditorServer();
});

test.afterAll(async () => {
  await server?.close();
});

const url = (path: string) => `${server.url}${path}`;

async function login(page: Page, lang: 'en' | 'ar' = 'en') {
  await page.goto(url(`/${lang}/editor/login`));
  await page.locator('#login-username').fill(EDITOR.username);
  await page.locator('#login-password').fill(EDITOR.password);
  await page.locator('form button[type="submit"]').click();
  await page.waitForURL(new RegExp(`/${lang}/editor(\\?|$)`));
  await expect(page.locator('main[data-ready="true"]')).toBeVisible();
}

async function shoot(page: Page, name: string, fullPage = true) {
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage });
}

async function expectAccessible(page: Page, what: string) {
  expect(await seriousViolations(page, A11Y_TAGS), `${what}: serious or critical axe violations`).toEqual([]);
}

/** The public dashboard's detail line for a country, as the browser shows it (served from the page cache). */
async function publicStance(page: Page, iso3: string) {
  await page.goto(url(`/en?country=${iso3}`));
  return page.locator('.detail__current').innerText();
}

test('anonymous visitors are sent to the login page, which is not indexed', async ({ page }) => {
  for (const path of ['/en/editor', '/en/editor/articles/000_8d37e79ea93a1486', '/ar/editor?tab=history']) {
    await page.goto(url(path));
    await expect(page).toHaveURL(/\/editor\/login/);
  }
  await page.goto(url('/en/editor'));
  await expect(page).toHaveURL(`${server.url}/en/editor/login`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Editor login');
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /nofollow/);
  // The API refuses them too.
  const session = await page.request.get(url('/api/editor/session'));
  expect(session.status()).toBe(401);
});

test('a wrong password is refused with a message in words, and the form can be used again', async ({ page }) => {
  await page.goto(url('/en/editor/login'));
  await page.getByLabel('Username').fill(EDITOR.username);
  await page.getByLabel('Password').fill('not the password');
  await page.getByRole('button', { name: 'Log in' }).click();
  const error = page.locator('#login-error');
  await expect(error).toHaveText('Wrong username or password.');
  await expect(error).toBeFocused();
  await expect(page).toHaveURL(/\/en\/editor\/login/);
  await expect(page.getByLabel('Password')).toHaveValue('');
  await shoot(page, 'en-login-error');
  await expectAccessible(page, 'login page with an error');

  await page.goto(url('/ar/editor/login'));
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await page.getByLabel('اسم المستخدم').fill('nobody');
  await page.getByLabel('كلمة المرور').fill('wrong');
  await page.getByRole('button', { name: 'دخول' }).click();
  await expect(page.locator('#login-error')).toHaveText('اسم المستخدم أو كلمة المرور غير صحيحة.');
  await shoot(page, 'ar-login-error');
  await expectAccessible(page, 'Arabic login page with an error');
});

let articleId = '';

test('log in, add an article, review its position in the draft, publish it and see it on the public map', async ({
  page,
}) => {
  await login(page);
  await expect(page.getByText(`Signed in as ${EDITOR.username}`)).toBeVisible();
  await expect(page.getByText(/items? to review$/)).toBeVisible();
  await expect(page.getByRole('region', { name: 'Publication' })).toContainText('Last published by import');
  await shoot(page, 'en-editor-queue', false);
  await expectAccessible(page, 'editor: review queue');
  expect(await publicStance(page, 'NOR')).toBe('No position as of this date');

  await page.goto(url('/en/editor'));
  await page.getByRole('tab', { name: 'Add article' }).click();
  await expect(page).toHaveURL(/tab=add/);
  // The server's validation, shown next to the form.
  await page.getByRole('button', { name: 'Add and extract' }).click();
  const problems = page.getByRole('alert').filter({ hasText: 'The article was not added' });
  await expect(problems).toBeVisible();
  await expect(problems).toBeFocused();
  await expect(page.getByLabel('Article text')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByLabel('Source', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  await shoot(page, 'en-editor-add-problems');
  await expectAccessible(page, 'editor: add article with problems');

  // The text comes from a .txt file.
  await page.getByLabel('Or upload a .txt file').setInputFiles({
    name: 'norway.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from(`\uFEFF${ARTICLE}`, 'utf8'),
  });
  await expect(page.getByText('Text read from norway.txt.')).toBeVisible();
  await expect(page.getByLabel('Article text')).toHaveValue(ARTICLE);
  await page.getByLabel('Publication date').fill(PUBLISHED);
  await page.getByLabel('Date precision').selectOption('day');
  await page.getByLabel('Source', { exact: true }).fill('Test wire report (browser test)');
  await page.getByLabel(/Source in Arabic/).fill('تقرير اختباري');
  await page.getByRole('button', { name: 'Add and extract' }).click();
  await page.waitForURL(/\/en\/editor\/articles\/[^/?#]+$/);
  articleId = decodeURIComponent(new URL(page.url()).pathname.split('/').at(-1)!);

  // The draft in the reader's style, Norway's sentence highlighted in the colour of its proposed stance.
  await expect(page.getByTestId('article-status')).toHaveText('Draft');
  const highlight = page.locator('[data-testid="draft-text"] mark[data-iso3~="NOR"][data-stance]');
  await expect(highlight).toHaveAttribute('data-stance', 'troops_offered');
  await expect(page.locator('[data-testid="draft-text"] mark[data-iso3~="NOR"]:not([data-stance])')).toHaveCount(1);
  await shoot(page, 'en-draft');
  await expectAccessible(page, 'draft reader');

  // Change the position: Norway's offer becomes conditional on a ceasefire, with a note.
  const card = page.locator('article[id^="review-position-"]').filter({ hasText: 'Norway' });
  await card.getByLabel('Note').fill('The offer hangs on the ceasefire deal.');
  await card.getByRole('button', { name: 'Change…' }).click();
  await expect(card.getByLabel('Stance')).toBeFocused();
  await card.getByLabel('Stance').selectOption('conditional');
  await card.getByLabel('Reason', { exact: true }).selectOption('ceasefire_required');
  await card.getByLabel('Reason, in the article’s words').fill('لضمان أي اتفاق لوقف إطلاق النار');
  await card.getByRole('button', { name: 'Save change' }).click();
  await expect(card).toHaveAttribute('data-review', 'changed');
  await expect(card.getByText('Norway: changed.')).toBeVisible();
  await expect(highlight).toHaveAttribute('data-stance', 'conditional');

  await page.getByRole('button', { name: 'Publish', exact: true }).click();
  await expect(page.getByText(/^Published: data version /)).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId('article-status')).toHaveText('Published');
  await shoot(page, 'en-draft-published');

  await expect
    .poll(() => publicStance(page, 'NOR'), { timeout: 20_000 })
    .toBe(`Conditional since ${englishDate(PUBLISHED)}`);
});

test('two editors change one item: the second is shown the first one’s version and decides again', async ({
  page,
  browser,
}) => {
  test.skip(!articleId, 'needs the article of the journey');
  await login(page);
  const other = await secondEditor(browser);
  const draft = `/en/editor/articles/${encodeURIComponent(articleId)}`;
  await page.goto(url(draft));
  await other.goto(url(draft));
  const mine = page.locator('article[id^="review-figure-"]').filter({ hasText: 'Norway' });
  const theirs = other.locator('article[id^="review-figure-"]').filter({ hasText: 'Norway' });
  await theirs.getByLabel('Note').fill('Checked against the speech.');
  await theirs.getByRole('button', { name: 'Accept' }).click();
  await expect(theirs).toHaveAttribute('data-review', 'accepted');

  // This page still shows the figure unreviewed; its change meets a 409.
  await mine.getByRole('button', { name: 'Change…' }).click();
  await mine.getByLabel('Value').fill('3.5');
  await mine.getByRole('button', { name: 'Save change' }).click();
  const conflict = mine.getByRole('alert').filter({ hasText: 'Someone else changed this first' });
  await expect(conflict).toBeVisible();
  await expect(conflict).toBeFocused();
  await expect(conflict).toContainText(`${EDITOR.username} reviewed it`);
  await expect(conflict).toContainText('Checked against the speech.');
  await shoot(page, 'en-draft-conflict');
  await expectAccessible(page, 'draft with a conflict');
  await conflict.getByRole('button', { name: 'Keep theirs' }).click();
  await expect(mine).toHaveAttribute('data-review', 'accepted');
  await other.context().close();
});

async function secondEditor(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 }, locale: 'en-GB' });
  const page = await context.newPage();
  await login(page);
  return page;
}

test('revert the change in the history, publish again, and the public view goes back', async ({ page }) => {
  test.skip(!articleId, 'needs the article of the journey');
  await login(page);
  await page.getByRole('tab', { name: 'History' }).click();
  const entry = page.locator('article[data-action="position.change"]').first();
  await expect(entry).toContainText('Position changed');
  await expect(entry).toContainText('The offer hangs on the ceasefire deal.');
  await expect(entry).toContainText('Conditional');
  await expect(entry).toContainText('Ceasefire required first');
  await shoot(page, 'en-editor-history');
  await expectAccessible(page, 'editor: history');
  await entry.getByRole('button', { name: 'Revert' }).click();
  await expect(entry.getByLabel(/Note for the revert/)).toBeFocused();
  await entry.getByLabel(/Note for the revert/).fill('Back to the extractor’s reading.');
  await entry.getByRole('button', { name: 'Confirm revert' }).click();
  await expect(page.locator('article[data-action="revert"]').first()).toBeVisible();

  const publish = page.getByRole('region', { name: 'Publication' });
  await expect(publish).toContainText(/change(s)? not yet published/);
  await publish.getByRole('button', { name: 'Publish now' }).click();
  await expect(publish.getByText(/^Published: data version /)).toBeVisible({ timeout: 30_000 });
  await expect(publish).toContainText('Nothing waiting to be published');
  await expect(publish).toContainText(`Last published by ${EDITOR.username}`);
  await shoot(page, 'en-editor-published');

  await expect
    .poll(() => publicStance(page, 'NOR'), { timeout: 20_000 })
    .toBe(`Troops offered since ${englishDate(PUBLISHED)}`);
});

test('a revert someone else already made is refused with a 409 and the history is brought up to date', async ({
  page,
  browser,
}) => {
  test.skip(!articleId, 'needs the article of the journey');
  await login(page);
  await page.goto(url('/en/editor?tab=history'));
  const other = await secondEditor(browser);
  await other.goto(url('/en/editor?tab=history'));
  const mine = page.locator('article[data-action="figure.accept"]').first();
  const theirs = other.locator('article[data-action="figure.accept"]').first();
  await theirs.getByRole('button', { name: 'Revert' }).click();
  await theirs.getByRole('button', { name: 'Confirm revert' }).click();
  await expect(theirs).toContainText('Reverted. Publish to update the public map.');

  await mine.getByRole('button', { name: 'Revert' }).click();
  await mine.getByRole('button', { name: 'Confirm revert' }).click();
  const refused = mine.getByRole('alert');
  await expect(refused).toHaveText(/changed again since; the revert was not made/);
  await expect(refused).toBeFocused();
  await expect(mine).toContainText(/Reverted by change #\d+/);
  await expect(mine.getByRole('button', { name: 'Revert' })).toHaveCount(0);
  await shoot(page, 'en-history-conflict');
  await other.context().close();
});

test('the queue moves on after a review: the item leaves it and the focus goes to the next one', async ({ page }) => {
  await login(page);
  const cards = page.locator('article[id^="review-position-"]');
  await expect(cards.nth(1)).toBeVisible();
  const count = await cards.count();
  const first = cards.first();
  const firstId = await first.getAttribute('id');
  const secondId = await cards.nth(1).getAttribute('id');
  await first.getByRole('button', { name: 'Accept' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.locator(`#${firstId}`)).toHaveCount(0);
  await expect(page.locator(`#${secondId} h3`)).toBeFocused();
  await expect(cards).toHaveCount(count - 1);
  await expect(page.getByRole('region', { name: 'Publication' })).toContainText(/change(s)? not yet published/);
});

/** A second article: Slovenia states a spending goal (its figure is changed before publishing). */
const SLOVENIA = [
  'لوبليانا - قال رئيس الوزراء السلوفيني إن بلاده سترفع إنفاقها الدفاعي إلى 2 في المئة من الناتج المحلي الإجمالي بحلول عام 2027.',
  '',
].join('\n');
/** A third article, discarded: Malta refuses to send troops. */
const MALTA = ['فاليتا - أكدت الحكومة المالطية أنها لن ترسل جنودا إلى أوكرانيا بحكم حيادها الدستوري.', ''].join('\n');

/** Adds an article through the form and returns its id; the draft page is open afterwards. */
async function addArticle(page: Page, text: string, source: string): Promise<string> {
  await page.goto(url('/en/editor?tab=add'));
  await page.getByLabel('Article text').fill(text);
  await page.getByLabel('Publication date').fill(PUBLISHED);
  await page.getByLabel('Date precision').selectOption('day');
  await page.getByLabel('Source', { exact: true }).fill(source);
  await page.getByRole('button', { name: 'Add and extract' }).click();
  await page.waitForURL(/\/en\/editor\/articles\/[^/?#]+$/);
  await expect(page.getByTestId('article-status')).toHaveText('Draft');
  return decodeURIComponent(new URL(page.url()).pathname.split('/').at(-1)!);
}

test('a changed figure is published with its new value, and a discarded draft never reaches the public data', async ({
  page,
}) => {
  await login(page);
  const slovenia = await addArticle(page, SLOVENIA, 'Second test report (browser test)');
  const figure = page.locator('article[id^="review-figure-"]').filter({ hasText: 'Slovenia' });
  await figure.getByRole('button', { name: 'Change…' }).click();
  await figure.getByLabel('Value').fill('2.5');
  await figure.getByRole('button', { name: 'Save change' }).click();
  await expect(figure).toHaveAttribute('data-review', 'changed');
  await page.getByRole('button', { name: 'Publish', exact: true }).click();
  await expect(page.getByText(/^Published: data version /)).toBeVisible({ timeout: 30_000 });
  // The public API serves the changed value for the article, not the extracted one.
  const publicFigures = async (iso3: string, article: string) => {
    const body = (await (await page.request.get(url('/api/positions'))).json()) as {
      countries: { iso3: string; spending: { article: string; value: number }[] }[];
    };
    const country = body.countries.find((c) => c.iso3 === iso3);
    return (country?.spending ?? []).filter((f) => f.article === article).map((f) => f.value);
  };
  await expect.poll(() => publicFigures('SVN', slovenia), { timeout: 20_000 }).toEqual([2.5]);

  const malta = await addArticle(page, MALTA, 'Third test report (browser test)');
  await page.getByRole('button', { name: 'Discard', exact: true }).click();
  await expect(page.locator('#discard-question')).toBeFocused();
  await page.getByRole('button', { name: 'Yes, discard' }).click();
  await expect(page.getByText('The article was discarded.')).toBeVisible();
  await expect(page.getByTestId('article-status')).toHaveText('Discarded');
  await expect(page.getByRole('button', { name: 'Publish', exact: true })).toHaveCount(0);
  // A publication after the discard leaves it out of the public articles and positions.
  await page.goto(url('/en/editor'));
  await page.getByRole('region', { name: 'Publication' }).getByRole('button', { name: 'Publish now' }).click();
  await expect(page.getByText(/^Published: data version /)).toBeVisible({ timeout: 30_000 });
  const articles = (await (await page.request.get(url('/api/articles'))).json()) as { articles: { id: string }[] };
  expect(articles.articles.map((a) => a.id)).toContain(slovenia);
  expect(articles.articles.map((a) => a.id)).not.toContain(malta);
});

test('the Arabic editor pages are right to left, in Arabic, and accessible', async ({ page }) => {
  await login(page, 'ar');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  await expect(page.getByRole('tab', { name: 'قائمة المراجعة' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('button', { name: 'تسجيل الخروج' })).toBeVisible();
  await expect(page.getByText(/للمراجعة$/)).toBeVisible();
  await shoot(page, 'ar-editor-queue', false);
  await expectAccessible(page, 'Arabic editor: queue');
  // Arrow keys follow the reading direction: ArrowLeft is forward.
  await page.getByRole('tab', { name: 'قائمة المراجعة' }).focus();
  await page.keyboard.press('ArrowLeft');
  await expect(page.getByRole('tab', { name: 'إضافة مقال' })).toBeFocused();
  await expect(page).toHaveURL(/tab=add/);
  await shoot(page, 'ar-editor-add');
  await expectAccessible(page, 'Arabic editor: add article');
  await page.getByRole('tab', { name: 'السجل' }).click();
  await expect(page.locator('article[data-action]').first()).toBeVisible();
  await shoot(page, 'ar-editor-history');
  await expectAccessible(page, 'Arabic editor: history');
  if (articleId) {
    await page.goto(url(`/ar/editor/articles/${encodeURIComponent(articleId)}`));
    await expect(page.getByTestId('article-status')).toHaveText('منشور');
    await shoot(page, 'ar-draft');
    await expectAccessible(page, 'Arabic draft');
  }
});

test('repeated wrong passwords are rate-limited, and the page says how long to wait', async ({ page }) => {
  await page.goto(url('/en/editor/login'));
  const error = page.locator('#login-error');
  for (let attempt = 1; attempt <= 6; attempt += 1) {
    await page.getByLabel('Username').fill('intruder');
    await page.getByLabel('Password').fill(`guess ${attempt}`);
    await page.getByRole('button', { name: 'Log in' }).click();
    await expect(error).toHaveText(attempt <= 5 ? 'Wrong username or password.' : /^Too many login attempts/);
  }
  await expect(error).toHaveText(/^Too many login attempts\. Try again in \d+ (minutes|seconds)\.$/);
  await shoot(page, 'en-login-rate-limited');
  await page.goto(url('/ar/editor/login'));
  await page.getByLabel('اسم المستخدم').fill('intruder');
  await page.getByLabel('كلمة المرور').fill('guess 7');
  await page.getByRole('button', { name: 'دخول' }).click();
  await expect(page.locator('#login-error')).toHaveText(/^محاولات دخول كثيرة\. حاول مجددًا بعد .+\.$/);
  await shoot(page, 'ar-login-rate-limited');
});

test('when the session ends, the next call leads to the login page and back to where the editor was', async ({
  page,
  context,
}) => {
  await login(page);
  // Once the page has loaded what it shows, the session ends (as when it expires or is closed elsewhere).
  await expect(page.getByText(/items? to review$/)).toBeVisible();
  await expect(page.getByRole('region', { name: 'Publication' })).toContainText('Last published by');
  await context.clearCookies();
  await page.getByRole('tab', { name: 'History' }).click();
  await page.waitForURL(/\/en\/editor\/login\?next=/);
  expect(new URL(page.url()).searchParams.get('next')).toBe('/en/editor?tab=history');
  await page.getByLabel('Username').fill(EDITOR.username);
  await page.getByLabel('Password').fill(EDITOR.password);
  await page.getByRole('button', { name: 'Log in' }).click();
  await page.waitForURL(/\/en\/editor\?tab=history$/);
  await expect(page.getByRole('tab', { name: 'History' })).toHaveAttribute('aria-selected', 'true');
});

test('Log out ends the session', async ({ page }) => {
  await login(page);
  await page.getByRole('button', { name: 'Log out' }).click();
  await page.waitForURL(/\/en\/editor\/login$/);
  await page.goto(url('/en/editor'));
  await expect(page).toHaveURL(/\/en\/editor\/login/);
});
