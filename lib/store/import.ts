import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { checkCorpus, readArticle } from '@/lib/extract/io/corpus';
import { parseCorrections, type Correction } from '@/lib/extract/io/corrections';
import { extractArticle } from '@/lib/extract/pipeline';
import { positionsCollectionSchema, type Position, type PositionsCollection } from '@/lib/schema/positions';
import { inTransaction } from './connection';
import { ValidationError } from './errors';
import type { Store } from './store';
import { extractedFigureRow, extractedPositionRow, newArticleRow } from './articles';
import { defaultPublicFiles } from './public-files';

export type ImportSources = {
  articlesDir: string;
  positionsFile: string;
  /** data/corrections.json; null or a missing file: none. */
  correctionsFile: string | null;
};

export type ImportSummary = {
  articles: number;
  skipped: number;
  positions: number;
  figures: number;
  corrections: number;
};

export function defaultImportSources(): ImportSources {
  const { articlesDir, positionsFile } = defaultPublicFiles();
  return { articlesDir, positionsFile, correctionsFile: path.join(process.cwd(), 'data', 'corrections.json') };
}

const IMPORTER = 'import';

/**
 * Imports the file-based data into the store: every article of index.json (meta and text) as published, every
 * position and figure of positions.geojson as it stands there (so publishing the imported store gives the same
 * file), and every correction as a review: a replaced position keeps the extractor's proposal beside the
 * correction, a removed one is kept as rejected, an added one is the editor's. Articles already in the store
 * are skipped, so running it again imports only what is new.
 */
export async function importFiles(
  store: Store,
  sources: ImportSources = defaultImportSources(),
): Promise<ImportSummary> {
  const index = checkCorpus(sources.articlesDir);
  // Validated, but the file's own objects are kept: their key order is the bytes publishing must give back.
  const collection = JSON.parse(readFileSync(sources.positionsFile, 'utf8')) as PositionsCollection;
  const checked = positionsCollectionSchema.safeParse(collection);
  if (!checked.success) {
    throw new ValidationError(
      checked.error.issues.map((i) => `${sources.positionsFile}: ${i.path.join('.')}: ${i.message}`),
    );
  }
  const corrections: Correction[] =
    sources.correctionsFile && existsSync(sources.correctionsFile)
      ? parseCorrections(sources.correctionsFile, readFileSync(sources.correctionsFile, 'utf8'))
      : [];
  const listed = new Set(index.map((m) => m.id));
  const orphans = collection.features.flatMap((f) =>
    [...f.properties.positions, ...f.properties.spending]
      .filter((p) => !listed.has(p.article))
      .map(
        (p) =>
          `${sources.positionsFile}: ${f.properties.iso3} cites article "${p.article}", which index.json does not list`,
      ),
  );
  if (orphans.length) throw new ValidationError(orphans);
  // The last correction of a country in an article is the one in force.
  const correctionOf = new Map<string, Correction>();
  for (const c of corrections) correctionOf.set(`${c.article}|${c.iso3}`, c);

  return inTransaction(store, async (db) => {
    const present = new Set((await db.selectFrom('articles').select('id').execute()).map((a) => a.id));
    const summary: ImportSummary = { articles: 0, skipped: 0, positions: 0, figures: 0, corrections: 0 };
    const at = new Date().toISOString();
    const extracted = new Map<string, Map<string, Position>>();
    for (const meta of index) {
      if (present.has(meta.id)) {
        summary.skipped++;
        continue;
      }
      const { text } = readArticle(sources.articlesDir, meta);
      await db
        .insertInto('articles')
        .values(newArticleRow(meta, text, { status: 'published', by: IMPORTER, at }))
        .execute();
      summary.articles++;
      // The extractor's own reading, for the proposals behind corrected positions.
      if (corrections.some((c) => c.article === meta.id)) {
        const result = extractArticle(meta, text);
        extracted.set(meta.id, new Map(result.positions.map((p) => [p.iso3, p.position])));
      }
    }
    const imported = (article: string) => listed.has(article) && !present.has(article);

    for (const feature of collection.features) {
      const { iso3 } = feature.properties;
      for (const position of feature.properties.positions) {
        if (!imported(position.article)) continue;
        const correction = correctionOf.get(`${position.article}|${iso3}`);
        const proposal = correction?.action === 'replace' ? extracted.get(position.article)?.get(iso3) : undefined;
        const reviewed = Boolean(position.reviewed && correction && correction.action !== 'remove');
        await db
          .insertInto('positions')
          .values({
            ...extractedPositionRow(position.article, iso3, position),
            origin: reviewed && !proposal ? 'editor' : 'extracted',
            proposal: JSON.stringify(proposal ?? position),
            review: reviewed ? (proposal ? 'changed' : 'accepted') : 'unreviewed',
            note: reviewed ? correction!.note : null,
            reviewed_by: reviewed ? 'corrections.json' : null,
            reviewed_at: reviewed ? at : null,
          })
          .execute();
        summary.positions++;
        if (reviewed) summary.corrections++;
      }
      for (const spending of feature.properties.spending) {
        if (!imported(spending.article)) continue;
        await db
          .insertInto('figures')
          .values(extractedFigureRow(spending.article, iso3, spending))
          .execute();
        summary.figures++;
      }
    }
    // A removed position is kept, rejected, with the extractor's proposal and the analyst's note.
    for (const c of correctionOf.values()) {
      if (c.action !== 'remove' || !imported(c.article)) continue;
      const proposal = extracted.get(c.article)?.get(c.iso3);
      if (!proposal) continue;
      const json = JSON.stringify(proposal);
      await db
        .insertInto('positions')
        .values({
          article_id: c.article,
          iso3: c.iso3,
          origin: 'extracted',
          proposal: json,
          current: json,
          review: 'rejected',
          note: c.note,
          reviewed_by: 'corrections.json',
          reviewed_at: at,
          confidence: proposal.confidence ?? 1,
          conflict: proposal.conflict ? 1 : 0,
          version: 1,
        })
        .execute();
      summary.corrections++;
    }
    return summary;
  });
}

export async function storeIsEmpty(store: Store): Promise<boolean> {
  const row = await store.db.selectFrom('articles').select('id').limit(1).executeTakeFirst();
  return !row;
}
