import { existsSync, readFileSync } from 'node:fs';
import { positionsCollectionSchema } from '@/lib/schema/positions';
import { STANCES, type Stance } from '@/lib/schema/stance';
import { checkCorpus, readArticle, type Article } from './corpus';
import { extractArticle, type CountryPosition, type CountrySpending } from '../pipeline';
import { applyCorrections, parseCorrections } from './corrections';
import { attachToCountries, serializeCollection } from './geojson';

export interface RunOptions {
  articlesDir: string;
  baseFile: string;
  correctionsFile: string | null;
  onProgress?: (line: string) => void;
}

export interface RunSummary {
  articles: number;
  sentences: number;
  countries: number;
  positions: number;
  byStance: Record<Stance, number>;
  figures: number;
  reviewed: number;
  unmapped: string[];
  bytes: number;
  /** Whole run, reading and writing included. */
  seconds: number;
  /** The extraction stages alone, for throughput. */
  extractSeconds: number;
}

export interface RunResult {
  geojson: string;
  summary: RunSummary;
}

/** Reads the corpus, extracts every article, applies corrections and renders the outputs; writes nothing. */
export function runExtraction(options: RunOptions): RunResult {
  const started = performance.now();
  // Checked first, then read one at a time: memory stays flat however large the corpus.
  const index = checkCorpus(options.articlesDir);
  const base = positionsCollectionSchema.parse(JSON.parse(readFileSync(options.baseFile, 'utf8')));
  let positions: CountryPosition[] = [];
  const spending: CountrySpending[] = [];
  let sentences = 0;
  let extractMs = 0;
  let bytes = 0;
  index.forEach((meta, i) => {
    const article = readArticle(options.articlesDir, meta);
    bytes += article.bytes;
    const t0 = performance.now();
    const result = extractArticle(article.meta, article.text);
    extractMs += performance.now() - t0;
    positions.push(...result.positions);
    spending.push(...result.spending);
    sentences += result.sentences;
    options.onProgress?.(
      `[${i + 1}/${index.length}] ${article.meta.id}: ${result.sentences} sentences, ${result.positions.length} positions, ${result.spending.length} figures`,
    );
  });
  if (options.correctionsFile && existsSync(options.correctionsFile)) {
    const corrections = parseCorrections(options.correctionsFile, readFileSync(options.correctionsFile, 'utf8'));
    // Only the articles that corrections name are read again, to find their quotations.
    const named = new Set(corrections.map((c) => c.article));
    const articles: Article[] = index.filter((m) => named.has(m.id)).map((m) => readArticle(options.articlesDir, m));
    positions = applyCorrections(
      positions,
      corrections,
      articles,
      new Set(base.features.map((f) => f.properties.iso3)),
    );
  }
  const { collection, unmapped } = attachToCountries(base, positions, spending);
  positionsCollectionSchema.parse(collection);
  const byStance = Object.fromEntries(
    STANCES.map((s) => [s, positions.filter((p) => p.position.stance === s).length]),
  ) as Record<Stance, number>;
  return {
    geojson: serializeCollection(collection),
    summary: {
      articles: index.length,
      sentences,
      countries: new Set(positions.map((p) => p.iso3)).size,
      positions: positions.length,
      byStance,
      figures: spending.length,
      reviewed: positions.filter((p) => p.position.reviewed).length,
      unmapped,
      bytes,
      seconds: (performance.now() - started) / 1000,
      extractSeconds: extractMs / 1000,
    },
  };
}
