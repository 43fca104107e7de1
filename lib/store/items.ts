import { readFileSync, statSync } from 'node:fs';
import type { Selectable } from 'kysely';
import type {
  ArticleStatus,
  ArticleSummary,
  FigureProposal,
  PositionProposal,
  ReviewItem,
  ReviewState,
} from '@/lib/editor/contract';
import { segmentSentences } from '@/lib/extract/text/segment';
import type { ArticleMeta } from '@/lib/schema/articles';
import type { Position, Spending } from '@/lib/schema/positions';
import type { ArticlesTable, FiguresTable, PositionsTable } from './schema';

export type ArticleRow = Selectable<ArticlesTable>;
export type PositionRow = Selectable<PositionsTable>;
export type FigureRow = Selectable<FiguresTable>;

export function articleSummary(row: Omit<ArticleRow, 'text'>): ArticleSummary {
  return {
    id: row.id,
    status: row.status as ArticleStatus,
    published: row.published,
    date_precision: row.date_precision as ArticleSummary['date_precision'],
    source: row.source,
    version: row.version,
    addedBy: row.added_by,
    addedAt: row.added_at,
  };
}

/** The entry of index.json for an article row, keys in the order of the shipped index. */
export function articleMeta(row: Omit<ArticleRow, 'text'>): ArticleMeta {
  return {
    id: row.id,
    file: row.file,
    lang: row.lang,
    published: row.published,
    date_precision: row.date_precision as ArticleMeta['date_precision'],
    source: row.source,
    ...(row.source_ar !== null ? { source_ar: row.source_ar } : {}),
    date_basis: row.date_basis,
  };
}

const names = new Map<string, { key: string; byIso3: Map<string, { en: string; ar: string }> }>();

/** Country names from the base map, read once per version of the file. */
export function countryNames(baseFile: string): Map<string, { en: string; ar: string }> {
  const info = statSync(baseFile);
  const key = `${info.mtimeMs}:${info.size}`;
  const cached = names.get(baseFile);
  if (cached?.key === key) return cached.byIso3;
  const json = JSON.parse(readFileSync(baseFile, 'utf8')) as {
    features: { properties: { iso3: string; name: { en: string; ar: string } } }[];
  };
  const byIso3 = new Map(json.features.map((f) => [f.properties.iso3, f.properties.name]));
  names.set(baseFile, { key, byIso3 });
  return byIso3;
}

/** The sentences just before and after the evidence, from the article's text. */
export function evidenceContext(text: string, start: number, end: number): { before: string; after: string } {
  const sentences = segmentSentences(text);
  const at = sentences.findIndex((s) => s.end > start);
  if (at < 0) return { before: '', after: '' };
  const before = sentences
    .slice(0, at)
    .reverse()
    .find((s) => s.end <= start);
  const after = sentences.find((s) => s.start >= end);
  return { before: before?.text ?? '', after: after?.text ?? '' };
}

export function positionProposal(p: Position): PositionProposal {
  return { stance: p.stance, ...(p.reason ? { reason: { code: p.reason.code, text: p.reason.text } } : {}) };
}

export function figureProposal(s: Spending): FigureProposal {
  return { kind: s.kind, value: s.value, unit: s.unit, ...(s.year !== undefined ? { year: s.year } : {}) };
}

type Common = {
  article: ArticleRow;
  names: Map<string, { en: string; ar: string }>;
};

function common(row: PositionRow | FigureRow, { article, names }: Common, current: Position | Spending) {
  return {
    id: row.id,
    version: row.version,
    article: articleSummary(article),
    iso3: row.iso3,
    name: names.get(row.iso3) ?? { en: row.iso3, ar: row.iso3 },
    date: current.date,
    evidence: current.evidence,
    context: evidenceContext(article.text, current.evidence.start, current.evidence.end),
    review: row.review as ReviewState,
    note: row.note,
    reviewedBy: row.reviewed_by,
    reviewedAt: row.reviewed_at,
  };
}

export function positionItem(row: PositionRow, ctx: Common): ReviewItem {
  const current = JSON.parse(row.current) as Position;
  return {
    ...common(row, ctx, current),
    kind: 'position',
    proposed: positionProposal(JSON.parse(row.proposal) as Position),
    current: positionProposal(current),
    confidence: row.confidence,
    conflict: row.conflict === 1,
  };
}

export function figureItem(row: FigureRow, ctx: Common): ReviewItem {
  const current = JSON.parse(row.current) as Spending;
  return {
    ...common(row, ctx, current),
    kind: 'figure',
    proposed: figureProposal(JSON.parse(row.proposal) as Spending),
    current: figureProposal(current),
    // The extractor gives figures no confidence: a figure it kept is one it found by an explicit rule.
    confidence: 1,
    conflict: false,
  };
}
