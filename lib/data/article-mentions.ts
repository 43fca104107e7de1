import type { CountryProperties, Evidence } from '@/lib/schema/positions';
import type { ArticleMention } from './payloads';

/**
 * Where the evidence sits in the text: its own offsets when they match, otherwise the occurrence of
 * its text nearest to them (an extractor off by a BOM or a newline still highlights the right
 * sentence); null when the sentence is not in the article at all.
 */
export function locateEvidence(text: string, evidence: Evidence): { start: number; end: number } | null {
  if (text.slice(evidence.start, evidence.end) === evidence.text) return { start: evidence.start, end: evidence.end };
  let best: number | null = null;
  for (let at = text.indexOf(evidence.text); at !== -1; at = text.indexOf(evidence.text, at + 1)) {
    if (best === null || Math.abs(at - evidence.start) < Math.abs(best - evidence.start)) best = at;
  }
  return best === null ? null : { start: best, end: best + evidence.text.length };
}

/** Every position and spending figure whose evidence comes from this article, located in its text, by offset. */
export function articleMentions(countries: readonly CountryProperties[], articleId: string, text: string): ArticleMention[] {
  const out: ArticleMention[] = [];
  const seen = new Set<string>();
  const add = (mention: ArticleMention) => {
    const key = `${mention.kind}|${mention.iso3}|${mention.start}|${mention.end}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push(mention);
  };
  for (const c of countries) {
    for (const p of c.positions) {
      if (p.article !== articleId) continue;
      const span = locateEvidence(text, p.evidence);
      if (!span) continue;
      add({
        kind: 'position',
        iso3: c.iso3,
        ...span,
        text: p.evidence.text,
        date: p.date,
        stance: p.stance,
        reason: p.reason ?? null,
      });
    }
    for (const s of c.spending) {
      if (s.article !== articleId) continue;
      const span = locateEvidence(text, s.evidence);
      if (!span) continue;
      add({
        kind: 'spending',
        iso3: c.iso3,
        ...span,
        text: s.evidence.text,
        date: s.date,
        value: s.value,
        unit: s.unit,
        spendingKind: s.kind,
        year: s.year ?? null,
      });
    }
  }
  return out.sort((a, b) => a.start - b.start || a.end - b.end || (a.iso3 < b.iso3 ? -1 : a.iso3 > b.iso3 ? 1 : 0));
}
