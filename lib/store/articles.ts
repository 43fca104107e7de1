import { randomBytes } from 'node:crypto';
import type { ArticleSummary, DraftDetail, NewArticleBody } from '@/lib/editor/contract';
import { decodeArticle } from '@/lib/extract/io/corpus';
import { extractArticle } from '@/lib/extract/pipeline';
import { articleMetaSchema, type ArticleMeta } from '@/lib/schema/articles';
import type { Position, Spending } from '@/lib/schema/positions';
import { writeAudit } from './audit';
import { inTransaction, type Db } from './connection';
import { ConflictError, NotFoundError, ValidationError } from './errors';
import { articleSummary, countryNames, figureItem, positionItem, type ArticleRow } from './items';
import { nowIso, type Store } from './store';

/** What the audit log keeps of an article's state (and what a revert restores). */
export type ArticleSnapshot = { status: ArticleSummary['status']; publishedAt: string | null; version: number };

export const articleSnapshot = (row: Pick<ArticleRow, 'status' | 'published_at' | 'version'>): ArticleSnapshot => ({
  status: row.status as ArticleSummary['status'],
  publishedAt: row.published_at,
  version: row.version,
});

/**
 * Ids of articles added in the editor: `ed-<publication date>-<8 random hex digits>`. The shipped and imported
 * articles are `NNN_<16 hex digits>`, which never start with a letter, so the two schemes cannot meet; a clash
 * within the scheme (one in four billion per date) is caught by the primary key and drawn again.
 */
export function newArticleId(published: string): string {
  return `ed-${published.replaceAll('-', '')}-${randomBytes(4).toString('hex')}`;
}

/** The CLI's checks of an article (corpus.ts decodeArticle and the index schema), with its messages. */
export function validateNewArticle(body: NewArticleBody, id: string): { meta: ArticleMeta; text: string } {
  const decoded = decodeArticle('the article text', new TextEncoder().encode(body.text));
  const problems: string[] = [];
  if ('problem' in decoded) problems.push(decoded.problem);
  const meta = {
    id,
    file: `${id}.txt`,
    lang: 'ar',
    published: body.published,
    date_precision: body.date_precision,
    source: body.source,
    ...(body.source_ar ? { source_ar: body.source_ar } : {}),
    date_basis: body.date_basis ?? 'Publication date as given by the editor who added the article.',
  };
  const parsed = articleMetaSchema.safeParse(meta);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) problems.push(`field "${issue.path.join('.')}": ${issue.message}`);
  }
  if (problems.length || !parsed.success || 'problem' in decoded) throw new ValidationError(problems);
  return { meta: parsed.data, text: decoded.text };
}

export async function findArticle(db: Db, id: string): Promise<ArticleRow> {
  const row = await db.selectFrom('articles').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw new NotFoundError(`article ${id}`);
  return row;
}

export async function articleDetail(store: Store, id: string, db: Db = store.db): Promise<DraftDetail> {
  const article = await findArticle(db, id);
  const names = countryNames(store.files.baseFile);
  const [positions, figures] = await Promise.all([
    db.selectFrom('positions').selectAll().where('article_id', '=', id).orderBy('id').execute(),
    db.selectFrom('figures').selectAll().where('article_id', '=', id).orderBy('id').execute(),
  ]);
  return {
    article: { ...articleSummary(article), text: article.text },
    positions: positions.map((row) => positionItem(row, { article, names })),
    figures: figures.map((row) => figureItem(row, { article, names })),
  };
}

/** What the extractor proposes for a country in an article, stored unreviewed at version 1. */
function extractedRow(articleId: string, iso3: string, value: Position | Spending) {
  const json = JSON.stringify(value);
  return {
    article_id: articleId,
    iso3,
    origin: 'extracted',
    proposal: json,
    current: json,
    review: 'unreviewed',
    version: 1,
  };
}

/** A position as the extractor proposes it, with its confidence and whether its statements conflict. */
export function extractedPositionRow(articleId: string, iso3: string, position: Position) {
  return {
    ...extractedRow(articleId, iso3, position),
    confidence: position.confidence ?? 1,
    conflict: position.conflict ? 1 : 0,
  };
}

/** A spending figure as the extractor proposes it. */
export const extractedFigureRow = (articleId: string, iso3: string, spending: Spending) =>
  extractedRow(articleId, iso3, spending);

/** Stores an extraction's positions and figures for an article, in the extractor's order. */
export async function insertExtraction(
  db: Db,
  extraction: Pick<ReturnType<typeof extractArticle>, 'positions' | 'spending'>,
  articleId: string,
): Promise<void> {
  for (const { iso3, position } of extraction.positions) {
    await db
      .insertInto('positions')
      .values(extractedPositionRow(articleId, iso3, position))
      .execute();
  }
  for (const { iso3, spending } of extraction.spending) {
    await db
      .insertInto('figures')
      .values(extractedFigureRow(articleId, iso3, spending))
      .execute();
  }
}

/** The store's row of an article as it is first stored: version 1, added by `user` at `at`. */
export function newArticleRow(
  meta: ArticleMeta,
  text: string,
  added: { status: 'draft' | 'published'; by: string; at: string },
) {
  return {
    id: meta.id,
    file: meta.file,
    lang: meta.lang,
    published: meta.published,
    date_precision: meta.date_precision,
    source: meta.source,
    source_ar: meta.source_ar ?? null,
    date_basis: meta.date_basis,
    text,
    status: added.status,
    version: 1,
    added_by: added.by,
    added_at: added.at,
    published_at: added.status === 'published' ? added.at : null,
  };
}

/** Validates, extracts at once and stores a new article as a draft with its positions and figures. */
export async function addArticle(store: Store, body: NewArticleBody, user: string): Promise<DraftDetail> {
  for (let attempt = 0; ; attempt++) {
    const { meta, text } = validateNewArticle(body, newArticleId(body.published));
    const extraction = extractArticle(meta, text);
    try {
      await inTransaction(store, async (db) => {
        await db
          .insertInto('articles')
          .values(newArticleRow(meta, text, { status: 'draft', by: user, at: nowIso() }))
          .execute();
        await insertExtraction(db, extraction, meta.id);
        await writeAudit(db, {
          user,
          action: 'article.add',
          kind: 'article',
          id: meta.id,
          before: null,
          after: { status: 'draft', publishedAt: null, version: 1 } satisfies ArticleSnapshot,
        });
      });
    } catch (error) {
      const exists = await store.db.selectFrom('articles').select('id').where('id', '=', meta.id).executeTakeFirst();
      if (exists && attempt < 3) continue;
      throw error;
    }
    return articleDetail(store, meta.id);
  }
}

type StatusChange = { to: 'published' | 'discarded'; action: 'article.publish' | 'article.discard' };

/** Sets an article's status if its version is still `version`; the audit log keeps before and after. */
async function changeStatus(store: Store, id: string, version: number, user: string, change: StatusChange) {
  return inTransaction(store, async (db) => {
    const row = await findArticle(db, id);
    if (row.version !== version) {
      throw new ConflictError(
        `article ${id} was changed by someone else (version ${row.version}, not ${version})`,
        articleSummary(row),
      );
    }
    if (row.status === change.to) return row;
    if (change.to === 'published' && row.status === 'discarded') {
      throw new ConflictError(
        `article ${id} was discarded; revert the discard before publishing it`,
        articleSummary(row),
      );
    }
    const publishedAt = change.to === 'published' ? nowIso() : row.published_at;
    const updated = await db
      .updateTable('articles')
      .set({ status: change.to, published_at: publishedAt, version: row.version + 1 })
      .where('id', '=', id)
      .where('version', '=', version)
      .returningAll()
      .executeTakeFirst();
    if (!updated)
      throw new ConflictError(`article ${id} was changed by someone else`, articleSummary(await findArticle(db, id)));
    await writeAudit(db, {
      user,
      action: change.action,
      kind: 'article',
      id,
      before: articleSnapshot(row),
      after: articleSnapshot(updated),
    });
    return updated;
  });
}

/** Marks an article published (it reaches the public files at the publish that follows). */
export function markPublished(store: Store, id: string, version: number, user: string) {
  return changeStatus(store, id, version, user, { to: 'published', action: 'article.publish' });
}

/** Discards an article: a draft never reaches the public files; a published one leaves them at the next publish. */
export async function discardArticle(store: Store, id: string, version: number, user: string): Promise<DraftDetail> {
  await changeStatus(store, id, version, user, { to: 'discarded', action: 'article.discard' });
  return articleDetail(store, id);
}
