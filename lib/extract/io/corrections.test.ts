import { describe, expect, it } from 'vitest';
import { readCorpus } from './corpus';
import { applyCorrections, CorrectionError, parseCorrections } from './corrections';
import { extractArticle } from '../pipeline';

const articles = readCorpus('data/articles');
const a004 = articles.find((a) => a.meta.id.startsWith('004'))!;
const positions = extractArticle(a004.meta, a004.text).positions;
const known = new Set(['DEU', 'FRA', 'GBR', 'USA', 'FIN']);
const parse = (corrections: unknown[]) => parseCorrections('corrections.json', JSON.stringify({ corrections }));

describe('analyst corrections', () => {
  it('add a position quoted from the article, marked reviewed', () => {
    const quote = 'واقترحت الحكومة الألمانية عقوبات أوروبية على روسيا';
    const out = applyCorrections(
      positions,
      parse([
        {
          action: 'add',
          article: a004.meta.id,
          iso3: 'DEU',
          note: 'took part',
          position: { stance: 'participating', quote },
        },
      ]),
      articles,
      known,
    );
    const deu = out.find((p) => p.iso3 === 'DEU')!;
    expect(deu.position).toMatchObject({ stance: 'participating', reviewed: true, date: a004.meta.published });
    expect(a004.text.slice(deu.position.evidence.start, deu.position.evidence.end)).toBe(quote);
  });

  it('remove and replace an extracted position', () => {
    expect(positions.some((p) => p.iso3 === 'FRA')).toBe(true);
    const removed = applyCorrections(
      positions,
      parse([{ action: 'remove', article: a004.meta.id, iso3: 'FRA', note: 'not a position' }]),
      articles,
      known,
    );
    expect(removed.some((p) => p.iso3 === 'FRA')).toBe(false);
    const replaced = applyCorrections(
      positions,
      parse([
        {
          action: 'replace',
          article: a004.meta.id,
          iso3: 'FRA',
          note: 'backstop',
          position: { stance: 'conditional', reason: { code: 'other', text: 'x' }, quote: 'وقال ماكرون' },
        },
      ]),
      articles,
      known,
    );
    expect(replaced.find((p) => p.iso3 === 'FRA')?.position.stance).toBe('conditional');
  });

  it('refuse unknown articles and countries, and quotes not in the article', () => {
    const bad = parse([
      { action: 'remove', article: 'nope', iso3: 'USA', note: 'x' },
      { action: 'remove', article: a004.meta.id, iso3: 'XYZ', note: 'x' },
      {
        action: 'add',
        article: a004.meta.id,
        iso3: 'FIN',
        note: 'x',
        position: { stance: 'participating', quote: 'not in the text' },
      },
    ]);
    try {
      applyCorrections(positions, bad, articles, known);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(CorrectionError);
      expect((e as CorrectionError).problems).toEqual([
        'correction 0 (remove USA in nope): unknown article "nope"',
        `correction 1 (remove XYZ in ${a004.meta.id}): unknown country "XYZ" (not a country of the map)`,
        `correction 2 (add FIN in ${a004.meta.id}): the quote is not a passage of article ${a004.meta.id}`,
      ]);
    }
  });

  it('name the field of a malformed correction', () => {
    expect(() =>
      parseCorrections(
        'c.json',
        '{"corrections":[{"action":"add","article":"a","iso3":"GBR","note":"n","position":{"stance":"maybe","quote":"q"}}]}',
      ),
    ).toThrow(/c\.json: corrections\.0\.position\.stance/);
  });
});
