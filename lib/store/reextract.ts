import { extractArticle } from '@/lib/extract/pipeline';
import type { Spending } from '@/lib/schema/positions';
import { inTransaction } from './connection';
import { extractedFigureRow, extractedPositionRow } from './articles';
import { articleMeta } from './items';
import type { Store } from './store';

export type ReextractSummary = { articles: number; added: number; updated: number; removed: number; kept: number };

const figureKey = (iso3: string, s: Spending) =>
  [iso3, s.kind, s.unit, s.value, s.year ?? '', s.date, s.evidence.start, s.evidence.end].join('|');

/**
 * Extracts the store's articles again (after the extractor changed) and keeps every human review: an unreviewed
 * position or figure is replaced by the new reading, or removed when the extractor no longer finds it; a reviewed
 * one keeps what the reviewer decided (a position's proposal is updated beside it).
 */
export async function reextractStore(store: Store, onProgress?: (line: string) => void): Promise<ReextractSummary> {
  const summary: ReextractSummary = { articles: 0, added: 0, updated: 0, removed: 0, kept: 0 };
  const articles = await store.db
    .selectFrom('articles')
    .selectAll()
    .where('status', '!=', 'discarded')
    .orderBy('id')
    .execute();
  for (const article of articles) {
    const extraction = extractArticle(articleMeta(article), article.text);
    await inTransaction(store, async (db) => {
      const rows = await db.selectFrom('positions').selectAll().where('article_id', '=', article.id).execute();
      const byIso3 = new Map(rows.map((r) => [r.iso3, r]));
      const found = new Set<string>();
      for (const { iso3, position } of extraction.positions) {
        found.add(iso3);
        const json = JSON.stringify(position);
        const row = byIso3.get(iso3);
        const values = { confidence: position.confidence ?? 1, conflict: position.conflict ? 1 : 0 };
        if (!row) {
          await db
            .insertInto('positions')
            .values(extractedPositionRow(article.id, iso3, position))
            .execute();
          summary.added++;
        } else if (row.proposal !== json) {
          const unreviewed = row.review === 'unreviewed';
          await db
            .updateTable('positions')
            .set({ proposal: json, ...(unreviewed ? { current: json, ...values } : {}), version: row.version + 1 })
            .where('id', '=', row.id)
            .execute();
          if (unreviewed) summary.updated++;
          else summary.kept++;
        } else if (row.review !== 'unreviewed') summary.kept++;
      }
      for (const row of rows) {
        if (found.has(row.iso3)) continue;
        if (row.review === 'unreviewed' && row.origin === 'extracted') {
          await db.deleteFrom('positions').where('id', '=', row.id).execute();
          summary.removed++;
        } else summary.kept++;
      }

      const figures = await db
        .selectFrom('figures')
        .selectAll()
        .where('article_id', '=', article.id)
        .orderBy('id')
        .execute();
      const byKey = new Map(figures.map((f) => [figureKey(f.iso3, JSON.parse(f.proposal) as Spending), f]));
      const wanted = new Set<string>();
      for (const { iso3, spending } of extraction.spending) {
        const key = figureKey(iso3, spending);
        wanted.add(key);
        if (byKey.has(key)) continue;
        await db
          .insertInto('figures')
          .values(extractedFigureRow(article.id, iso3, spending))
          .execute();
        summary.added++;
      }
      for (const [key, row] of byKey) {
        if (wanted.has(key)) continue;
        if (row.review === 'unreviewed' && row.origin === 'extracted') {
          await db.deleteFrom('figures').where('id', '=', row.id).execute();
          summary.removed++;
        } else summary.kept++;
      }
    });
    summary.articles++;
    onProgress?.(
      `[${summary.articles}/${articles.length}] ${article.id}: ${extraction.positions.length} positions, ${extraction.spending.length} figures`,
    );
  }
  return summary;
}
