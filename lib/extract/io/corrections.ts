import { z } from 'zod';
import { REASON_CODES, STANCES } from '@/lib/schema/stance';
import { isoDate, type Position } from '@/lib/schema/positions';
import type { Article } from './corpus';
import type { CountryPosition } from '../pipeline';

/**
 * Analysts' fixes, applied after extraction: add, remove or replace the position a country holds in an article.
 * The evidence is given as a quotation of the article, so no one has to count characters.
 */
const positionInput = z.object({
  stance: z.enum(STANCES),
  reason: z.object({ code: z.enum(REASON_CODES), text: z.string().min(1) }).optional(),
  date: isoDate.optional(),
  quote: z.string().min(1, 'quote must be a passage of the article'),
});

const correctionSchema = z.discriminatedUnion('action', [
  z.object({
    action: z.literal('add'),
    article: z.string(),
    iso3: z.string(),
    position: positionInput,
    note: z.string().min(1),
  }),
  z.object({
    action: z.literal('replace'),
    article: z.string(),
    iso3: z.string(),
    position: positionInput,
    note: z.string().min(1),
  }),
  z.object({ action: z.literal('remove'), article: z.string(), iso3: z.string(), note: z.string().min(1) }),
]);

export const correctionsFileSchema = z.object({ corrections: z.array(correctionSchema) });
export type Correction = z.infer<typeof correctionSchema>;

export class CorrectionError extends Error {
  constructor(readonly problems: string[]) {
    super(`corrections cannot be applied:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'CorrectionError';
  }
}

/** Parses the corrections file's JSON text, naming the entry and field of each problem. */
export function parseCorrections(source: string, json: string): Correction[] {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (e) {
    throw new CorrectionError([`${source}: not valid JSON (${(e as Error).message})`]);
  }
  const parsed = correctionsFileSchema.safeParse(data);
  if (!parsed.success) {
    throw new CorrectionError(
      parsed.error.issues.map((i) => `${source}: ${i.path.join('.') || 'top level'}: ${i.message}`),
    );
  }
  return parsed.data.corrections;
}

/**
 * Applies corrections to the extracted positions (one per country and article). Unknown articles, countries
 * outside the map, quotations not found in the article, removing or replacing what is not there: all errors.
 */
export function applyCorrections(
  positions: CountryPosition[],
  corrections: Correction[],
  articles: Article[],
  knownIso3: Set<string>,
): CountryPosition[] {
  const byId = new Map(articles.map((a) => [a.meta.id, a]));
  const problems: string[] = [];
  let out = [...positions];
  corrections.forEach((c, i) => {
    const where = `correction ${i} (${c.action} ${c.iso3} in ${c.article})`;
    const article = byId.get(c.article);
    if (!article) return problems.push(`${where}: unknown article "${c.article}"`);
    if (!knownIso3.has(c.iso3))
      return problems.push(`${where}: unknown country "${c.iso3}" (not a country of the map)`);
    const existing = out.findIndex((p) => p.iso3 === c.iso3 && p.position.article === c.article);
    if (c.action !== 'add' && existing < 0)
      return problems.push(`${where}: the extraction holds no position of ${c.iso3} in ${c.article} to ${c.action}`);
    if (c.action === 'add' && existing >= 0)
      return problems.push(`${where}: ${c.iso3} already has a position in ${c.article}; use "replace"`);
    out = out.filter((_, k) => k !== existing);
    if (c.action === 'remove') return;
    const start = article.text.indexOf(c.position.quote);
    if (start < 0) return problems.push(`${where}: the quote is not a passage of article ${c.article}`);
    const position: Position = {
      article: c.article,
      date: c.position.date ?? article.meta.published,
      stance: c.position.stance,
      evidence: { text: c.position.quote, start, end: start + c.position.quote.length },
      confidence: 1,
      reviewed: true,
    };
    if (c.position.reason) position.reason = c.position.reason;
    out.push({ iso3: c.iso3, position });
  });
  if (problems.length) throw new CorrectionError(problems);
  return out;
}
