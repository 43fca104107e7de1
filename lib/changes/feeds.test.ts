import { XMLValidator } from 'fast-xml-parser';
import { detectJsonFeed, parseAtomFeed, parseJsonFeed } from 'feedsmith';
import { describe, expect, it } from 'vitest';
import { country, position } from '@/lib/data/__fixtures__/factories';
import { atomFeed } from './atom';
import { deriveChanges } from './derive';
import { feedContext } from './feed-context';
import { filterChanges, NO_FILTER, parseChangeFilter } from './filter';
import { jsonFeed } from './json-feed';
import { shippedCountries } from './__fixtures__/shipped-data';

const ORIGIN = 'http://atlas.example:8080';
const GENERATED = '2025-09-05T10:00:00.000Z';
const changes = deriveChanges(shippedCountries());
const poland = changes.find((c) => c.iso3 === 'POL')!;
const polandId = `tag:atlas.example,2025:willing-atlas/change/POL/2025-04-10/${poland.position.article}/declined`;

function atom(lang: 'en' | 'ar', query = '') {
  const { filter } = parseChangeFilter(new URLSearchParams(query));
  const xml = atomFeed(feedContext(lang, filter, filterChanges(changes, filter), ORIGIN, GENERATED));
  expect(XMLValidator.validate(xml)).toBe(true);
  return { xml, feed: parseAtomFeed(xml) };
}

function json(lang: 'en' | 'ar', query = '') {
  const { filter } = parseChangeFilter(new URLSearchParams(query));
  // Through text, as a reader gets it.
  const text = JSON.stringify(jsonFeed(feedContext(lang, filter, filterChanges(changes, filter), ORIGIN, GENERATED)));
  const raw = JSON.parse(text) as { version?: unknown };
  // The parser keeps the fields it knows and drops `version`, so the version is checked on the raw object.
  expect(raw.version).toBe('https://jsonfeed.org/version/1.1');
  expect(detectJsonFeed(raw)).toBe(true);
  return parseJsonFeed(raw);
}

describe('Atom feed', () => {
  it('parses, with the feed metadata and one entry per change', () => {
    const { feed } = atom('en');
    expect(feed.id).toBe(`${ORIGIN}/en/changes.atom`);
    expect(feed.title?.value).toBe('Willing Atlas: stance changes');
    expect(feed.updated).toBe(GENERATED);
    expect(feed.links).toEqual(
      expect.arrayContaining([
        { rel: 'self', type: 'application/atom+xml', href: `${ORIGIN}/en/changes.atom` },
        { rel: 'alternate', type: 'text/html', href: `${ORIGIN}/en/changes` },
      ]),
    );
    expect(feed.entries).toHaveLength(15);
    expect(feed.entries![0]!.title?.value).toBe('Australia: New → Troops offered');
  });

  it('says what changed, why, from which sentence, with absolute links to the article and the map', () => {
    const entry = atom('en').feed.entries!.find((e) => e.id === polandId)!;
    expect(entry.title?.value).toBe('Poland: New → Declined');
    expect(entry.updated).toBe('2025-04-10T00:00:00Z');
    expect(entry.categories).toEqual([{ term: 'declined', label: 'Declined' }]);
    expect(entry.links).toEqual([
      { rel: 'alternate', type: 'text/html', href: `${ORIGIN}/en?time=2025-04-10&country=POL` },
      {
        rel: 'related',
        type: 'text/html',
        href: `${ORIGIN}/en/articles/${poland.position.article}?mark=${poland.position.evidence.start}-${poland.position.evidence.end}`,
      },
    ]);
    expect(entry.summary?.value).toMatch(/^Reason: Threat on its border from /);
    const html = entry.content!.value!;
    expect(html).toContain(`<blockquote lang="ar" dir="rtl">${poland.position.evidence.text}</blockquote>`);
    expect(html).toContain(`href="${ORIGIN}/en?time=2025-04-10&amp;country=POL"`);
  });

  it('is in Arabic on /ar, with the same entry ids', () => {
    const en = atom('en').feed;
    const { xml, feed } = atom('ar');
    expect(xml).toContain('xml:lang="ar"');
    expect(feed.entries!.map((e) => e.id)).toEqual(en.entries!.map((e) => e.id));
    const entry = feed.entries!.find((e) => e.id === polandId)!;
    expect(entry.title?.value).toBe('بولندا: جديد ← رفض');
    expect(entry.content!.value).toContain('<div lang="ar" dir="rtl">');
    expect(entry.content!.value).toContain('١٠ أبريل ٢٠٢٥');
  });

  it('keeps an entry id under any filter, and links the filtered feed to itself', () => {
    const { feed } = atom('en', 'country=POL~GBR&stance=declined&from=2025-03-01&to=2025-09-04');
    expect(feed.entries!.map((e) => e.id)).toEqual([polandId]);
    expect(feed.links).toContainEqual({
      rel: 'self',
      type: 'application/atom+xml',
      href: `${ORIGIN}/en/changes.atom?country=POL~GBR&stance=declined&from=2025-03-01&to=2025-09-04`,
    });
  });

  it('escapes markup and drops characters XML cannot hold', () => {
    const text = 'قال <script>alert("x")</script> & \u0001 انتهى';
    const hostile = deriveChanges([
      country('POL', [position('2025-04-10', 'declined', { evidence: { text, start: 0, end: text.length } })]),
    ]);
    const xml = atomFeed(feedContext('en', NO_FILTER, hostile, ORIGIN, null));
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).not.toContain('<script>');
    expect(xml).not.toContain('\u0001');
    const feed = parseAtomFeed(xml);
    expect(feed.updated).toBe('2025-04-10T00:00:00Z');
    expect(feed.entries![0]!.content!.value).toContain(
      'قال &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp;  انتهى',
    );
  });
});

describe('JSON Feed', () => {
  it('parses as JSON Feed 1.1 with the same ids and links as the Atom feed', () => {
    const feed = json('en');
    expect(feed.feed_url).toBe(`${ORIGIN}/en/changes.json`);
    expect(feed.home_page_url).toBe(`${ORIGIN}/en/changes`);
    expect(feed.language).toBe('en');
    expect(feed.items!.map((i) => i.id)).toEqual(atom('en').feed.entries!.map((e) => e.id));
    const item = feed.items!.find((i) => i.id === polandId)!;
    expect(item.url).toBe(`${ORIGIN}/en?time=2025-04-10&country=POL`);
    expect(item.external_url).toMatch(new RegExp(`^${ORIGIN}/en/articles/`));
    expect(item.title).toBe('Poland: New → Declined');
    expect(item.date_published).toBe('2025-04-10T00:00:00Z');
    expect(item.tags).toEqual(['declined']);
    expect(item.content_text).toContain(poland.position.evidence.text);
  });

  it('is in Arabic on /ar and narrows with the URL filter', () => {
    const feed = json('ar', 'stance=declined');
    expect(feed.language).toBe('ar');
    expect(feed.feed_url).toBe(`${ORIGIN}/ar/changes.json?stance=declined`);
    expect(feed.items!.map((i) => i.title)).toEqual([
      'فنلندا: جديد ← رفض',
      'اليونان: جديد ← رفض',
      'بولندا: جديد ← رفض',
      'الولايات المتحدة: جديد ← رفض',
    ]);
  });
});
