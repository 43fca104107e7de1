import { describe, expect, it } from 'vitest';
import { bibtexEntry, bibtexKey, bibtexUrl, escapeBibtex } from './bibtex';
import { parseBibtex } from './bibtex-parse';
import { citation, citationText } from './citation';
import { citeWhen, formatWhen } from './cite-when';

const URL_EN = 'https://atlas.example.org/en?time=2025-09-04&country=GBR~POL';
const base = { version: '1a2b3c4d', accessed: '2026-05-12' } as const;

describe('the time a citation names', () => {
  it('reads a day, a range (object or from..to), and latest', () => {
    expect(citeWhen('2025-09-04')).toEqual({ kind: 'date', date: '2025-09-04' });
    expect(citeWhen('2025-03-01..2025-09-04')).toEqual({ kind: 'range', from: '2025-03-01', to: '2025-09-04' });
    expect(citeWhen({ from: '2025-03-01', to: '2025-09-04' })).toEqual({
      kind: 'range',
      from: '2025-03-01',
      to: '2025-09-04',
    });
    expect(citeWhen(null)).toEqual({ kind: 'latest' });
    expect(citeWhen('latest')).toEqual({ kind: 'latest' });
  });

  it('puts a reversed range in order, reads a one-day range as that day, and no impossible date', () => {
    expect(citeWhen({ from: '2025-09-04', to: '2025-03-01' })).toEqual({
      kind: 'range',
      from: '2025-03-01',
      to: '2025-09-04',
    });
    expect(citeWhen('2025-04-10..2025-04-10')).toEqual({ kind: 'date', date: '2025-04-10' });
    expect(citeWhen('2025-02-30')).toEqual({ kind: 'latest' });
  });

  it('is written in the page language', () => {
    expect(formatWhen(citeWhen('2025-09-04'), 'en')).toBe('as of 4 September 2025');
    expect(formatWhen(citeWhen('2025-03-01..2025-09-04'), 'en')).toBe('from 1 March 2025 to 4 September 2025');
    expect(formatWhen(citeWhen(null), 'en')).toBe('latest data');
    expect(formatWhen(citeWhen('2025-09-04'), 'ar')).toBe('حتى ٤ سبتمبر ٢٠٢٥');
    expect(formatWhen(citeWhen({ from: '2025-03-01', to: '2025-09-04' }), 'ar')).toBe(
      'من ١ مارس ٢٠٢٥ إلى ٤ سبتمبر ٢٠٢٥',
    );
    expect(formatWhen(citeWhen(null), 'ar')).toBe('أحدث البيانات');
  });
});

describe('the plain-text citation', () => {
  it('names the title, the date, the data version, the URL and the access date (English)', () => {
    const text = citationText(citation({ ...base, lang: 'en', time: '2025-09-04', url: URL_EN }));
    expect(text).toBe(
      'Willing Atlas. Positions on the 2025 “coalition of the willing” security guarantees for Ukraine, as of ' +
        '4 September 2025. Data version 1a2b3c4d. https://atlas.example.org/en?time=2025-09-04&country=GBR~POL ' +
        '(accessed 12 May 2026).',
    );
  });

  it('cites a date range', () => {
    const text = citationText(citation({ ...base, lang: 'en', time: '2025-03-01..2025-09-04', url: URL_EN }));
    expect(text).toContain(', from 1 March 2025 to 4 September 2025. Data version 1a2b3c4d.');
  });

  it('is written in Arabic on the Arabic page, with Arabic-Indic digits in dates and the hash as it is', () => {
    const url = 'https://atlas.example.org/ar?time=2025-09-04';
    const text = citationText(citation({ ...base, lang: 'ar', time: '2025-09-04', url }));
    expect(text).toBe(
      'أطلس الراغبين. مواقف الدول من الضمانات الأمنية لأوكرانيا ضمن «تحالف الراغبين» عام ٢٠٢٥، حتى ٤ سبتمبر ٢٠٢٥. ' +
        `إصدار البيانات 1a2b3c4d. ${url} (تاريخ الاطلاع ١٢ مايو ٢٠٢٦).`,
    );
  });
});

describe('BibTeX', () => {
  it('escapes LaTeX specials and braces in one pass, and writes TeX quotes', () => {
    expect(escapeBibtex('R&D {50%} $5 #1 a_b ~x^2 \\end')).toBe(
      'R\\&D \\{50\\%\\} \\$5 \\#1 a\\_b \\textasciitilde{}x\\textasciicircum{}2 \\textbackslash{}end',
    );
    expect(escapeBibtex('the “coalition” ‘of’')).toBe("the ``coalition'' `of'");
  });

  it('percent-encodes what would break a verbatim url field, and leaves the rest', () => {
    expect(bibtexUrl('https://x.org/en?a={b}&c=d e\\f')).toBe('https://x.org/en?a=%7Bb%7D&c=d%20e%5Cf');
    expect(bibtexUrl(URL_EN)).toBe(URL_EN);
  });

  it('has a key that depends on the view and the data, not on the access date', () => {
    const a = citation({ ...base, lang: 'en', time: '2025-09-04', url: URL_EN });
    const b = citation({ ...base, accessed: '2027-01-01', lang: 'ar', time: '2025-09-04', url: URL_EN });
    expect(bibtexKey(a)).toBe('willing-atlas-2025-09-04-1a2b3c4d');
    expect(bibtexKey(b)).toBe(bibtexKey(a));
    expect(bibtexKey(citation({ ...base, lang: 'en', time: '2025-03-01..2025-09-04', url: URL_EN }))).toBe(
      'willing-atlas-2025-03-01-to-2025-09-04-1a2b3c4d',
    );
    expect(bibtexKey(citation({ ...base, lang: 'en', time: null, url: URL_EN }))).toBe('willing-atlas-latest-1a2b3c4d');
  });

  it('writes one @misc entry with the fields a reference manager needs', () => {
    const entry = bibtexEntry(citation({ ...base, lang: 'en', time: '2025-09-04', url: URL_EN }));
    expect(entry).toBe(
      [
        '@misc{willing-atlas-2025-09-04-1a2b3c4d,',
        '  author = {{Willing Atlas}},',
        "  title = {{Willing Atlas: Positions on the 2025 ``coalition of the willing'' security guarantees for Ukraine}},",
        '  year = {2025},',
        `  url = {${URL_EN}},`,
        '  urldate = {2026-05-12},',
        '  note = {View as of 4 September 2025; data version 1a2b3c4d; accessed 12 May 2026},',
        '  version = {1a2b3c4d},',
        '  langid = {english},',
        '}',
        '',
      ].join('\n'),
    );
    const parsed = parseBibtex(entry);
    expect(parsed).toHaveLength(1);
    expect(parsed[0]).toMatchObject({ type: 'misc', key: 'willing-atlas-2025-09-04-1a2b3c4d' });
    expect(parsed[0]?.fields.url).toBe(URL_EN);
  });

  it('stays valid with a range, in Arabic, and with specials in the URL', () => {
    const entry = bibtexEntry(
      citation({ ...base, lang: 'ar', time: { from: '2025-03-01', to: '2025-09-04' }, url: 'https://x.org/ar?a={%}' }),
    );
    const [misc, ...rest] = parseBibtex(entry);
    expect(rest).toEqual([]);
    expect(misc?.fields).toMatchObject({
      year: '2025',
      url: 'https://x.org/ar?a=%7B%%7D',
      urldate: '2026-05-12',
      langid: 'arabic',
      author: '{أطلس الراغبين}',
      note: 'العرض من ١ مارس ٢٠٢٥ إلى ٤ سبتمبر ٢٠٢٥؛ إصدار البيانات 1a2b3c4d؛ تاريخ الاطلاع ١٢ مايو ٢٠٢٦',
    });
  });

  it('files the latest data under the year it was accessed', () => {
    const entry = bibtexEntry(citation({ ...base, lang: 'en', time: null, url: URL_EN }));
    expect(parseBibtex(entry)[0]?.fields.year).toBe('2026');
    expect(parseBibtex(entry)[0]?.fields.note).toBe('View latest data; data version 1a2b3c4d; accessed 12 May 2026');
  });
});

describe('the BibTeX reader the tests rely on', () => {
  it('rejects what BibTeX would choke on', () => {
    expect(() => parseBibtex('@misc{k,\n  title = {a {b}\n')).toThrow(/unbalanced braces/);
    expect(() => parseBibtex('@misc{k,\n  title = {a {b}\n}')).toThrow(/expected ","/);
    expect(() => parseBibtex('@misc{k,\n  title {a}\n}')).toThrow(/expected "="/);
    expect(() => parseBibtex('@misc{k, title = {a}, title = {b}}')).toThrow(/twice/);
    expect(() => parseBibtex('@misc{, title = {a}}')).toThrow(/citation key/);
  });

  it('reads braced, quoted and bare values', () => {
    expect(parseBibtex('x @Misc{k, a = {x {y}}, b = "q", c = 2025,}')).toEqual([
      { type: 'misc', key: 'k', fields: { a: 'x {y}', b: 'q', c: '2025' } },
    ]);
  });
});
