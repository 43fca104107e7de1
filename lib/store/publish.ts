import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { sql } from 'kysely';
import type { PublishResult, PublishStatus } from '@/lib/editor/contract';
import { manifestVersion } from '@/lib/data/data-hash';
import { writeFileAtomic } from '@/lib/extract/io/atomic-write';
import { attachToCountries, serializeCollection } from '@/lib/extract/io/geojson';
import type { CountryPosition, CountrySpending } from '@/lib/extract/pipeline';
import { articleMetaSchema, type ArticleMeta } from '@/lib/schema/articles';
import { positionsCollectionSchema, type Position, type Spending } from '@/lib/schema/positions';
import { writeAudit } from './audit';
import { inTransaction, type Db } from './connection';
import { articleMeta, type FigureRow, type PositionRow } from './items';
import type { PublicFiles } from './public-files';
import { nowIso, type Store } from './store';

/** What the public reads of a position: a reviewed one is certain, and no longer in conflict. */
export function publishedPosition(row: Pick<PositionRow, 'current' | 'review'>): Position {
  const current = JSON.parse(row.current) as Position;
  if (row.review !== 'accepted' && row.review !== 'changed') return current;
  const reviewed: Position = { ...current, confidence: 1, reviewed: true };
  delete reviewed.conflict;
  return reviewed;
}

export type PublicData = {
  geojson: string;
  index: string;
  articles: (ArticleMeta & { text: string })[];
  positions: number;
  figures: number;
};

const metaOnly = (article: ArticleMeta & { text: string }): ArticleMeta => {
  const meta: ArticleMeta & { text?: string } = { ...article };
  delete meta.text;
  return meta;
};

const serializeIndex = (metas: ArticleMeta[]) => `${JSON.stringify(metas, null, 2)}\n`;

/** Builds the public files from the store's published articles; validated against the schemas. */
export async function buildPublicData(db: Db, files: PublicFiles): Promise<PublicData> {
  const articles = await db
    .selectFrom('articles')
    .selectAll()
    .where('status', '=', 'published')
    .orderBy('id')
    .execute();
  const ids = articles.map((a) => a.id);
  const positionRows: PositionRow[] = ids.length
    ? await db
        .selectFrom('positions')
        .selectAll()
        .where('article_id', 'in', ids)
        .where('review', '!=', 'rejected')
        .orderBy('id')
        .execute()
    : [];
  const figureRows: FigureRow[] = ids.length
    ? await db
        .selectFrom('figures')
        .selectAll()
        .where('article_id', 'in', ids)
        .where('review', '!=', 'rejected')
        .orderBy('id')
        .execute()
    : [];
  const positions: CountryPosition[] = positionRows.map((row) => ({
    iso3: row.iso3,
    position: publishedPosition(row),
  }));
  const spending: CountrySpending[] = figureRows.map((row) => ({
    iso3: row.iso3,
    spending: JSON.parse(row.current) as Spending,
  }));
  const base = positionsCollectionSchema.parse(JSON.parse(readFileSync(files.baseFile, 'utf8')));
  const { collection } = attachToCountries(base, positions, spending);
  positionsCollectionSchema.parse(collection);
  const metas = articles.map((a) => articleMetaSchema.parse(articleMeta(a)));
  const known = new Set(collection.features.map((f) => f.properties.iso3));
  return {
    geojson: serializeCollection(collection),
    index: serializeIndex(metas),
    articles: articles.map((a, i) => ({ ...metas[i]!, text: a.text })),
    positions: positions.filter((p) => known.has(p.iso3)).length,
    figures: spending.filter((s) => known.has(s.iso3)).length,
  };
}

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

export function dataVersionOf(data: Pick<PublicData, 'geojson' | 'index'>): string {
  return manifestVersion([
    { name: 'positions.geojson', sha256: sha256(data.geojson) },
    { name: 'articles/index.json', sha256: sha256(data.index) },
  ]);
}

function readIfExists(file: string): string | null {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return null;
  }
}

/**
 * For the test that kills a publish half-way (never set in production): WA_PUBLISH_PAUSE_MS pauses after each
 * file written, and says which on standard error.
 */
function pause(file: string): void {
  const ms = Number(process.env.WA_PUBLISH_PAUSE_MS ?? 0);
  if (!(ms > 0)) return;
  process.stderr.write(`publish wrote ${path.basename(file)}\n`);
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** Writes a file atomically unless it already holds exactly these bytes (its mtime, and so the caches, stay). */
function writeIfChanged(file: string, content: string): boolean {
  if (readIfExists(file) === content) return false;
  writeFileAtomic(file, content);
  pause(file);
  return true;
}

/**
 * Writes the public files so that a crash at any point leaves them valid and consistent with each other: every
 * article the positions cite is in index.json, and every article index.json lists has its text. Each file is
 * replaced atomically (temporary file + rename), in this order:
 *   1. the texts of the articles to publish;
 *   2. when articles leave, an index listing the old and the new ones together;
 *   3. positions.geojson;
 *   4. the new index.json;
 *   5. the texts of the store's articles that are not published (never any other file).
 * Running it again from the same store finishes whatever a crash interrupted.
 */
export function writePublicFiles(files: PublicFiles, data: PublicData, retired: ReadonlySet<string>): void {
  const dir = files.articlesDir;
  for (const name of existsSync(dir) ? readdirSync(dir) : []) {
    if (/\.tmp-\d+$/.test(name)) rmSync(path.join(dir, name), { force: true });
  }
  for (const article of data.articles) writeIfChanged(path.join(dir, article.file), article.text);
  const indexFile = path.join(dir, 'index.json');
  const published = new Set(data.articles.map((a) => a.id));
  let old: ArticleMeta[] = [];
  try {
    old = articleMetaSchema.array().parse(JSON.parse(readIfExists(indexFile) ?? '[]'));
  } catch {
    // A broken index is simply replaced.
  }
  const leaving = old.filter((a) => !published.has(a.id));
  if (leaving.length) {
    const union = [...data.articles.map(metaOnly), ...leaving].sort((a, b) => (a.id < b.id ? -1 : 1));
    writeIfChanged(indexFile, serializeIndex(union));
  }
  writeIfChanged(files.positionsFile, data.geojson);
  writeIfChanged(indexFile, data.index);
  // Texts of the store's unpublished articles (the ones that left now, or in a publish a crash cut short).
  for (const file of retired) {
    if (!data.articles.some((a) => a.file === file)) rmSync(path.join(dir, file), { force: true });
  }
}

/** PostgreSQL: one publisher at a time across every server (an advisory lock held for the transaction). */
const PUBLISH_LOCK = 727_001;

/** Builds and writes the public files from the store, and records the publication. */
export async function publish(store: Store, user: string): Promise<PublishResult> {
  const started = performance.now();
  const startedAt = nowIso();
  return inTransaction(store, async (db) => {
    if (store.dialect === 'postgres') await sql`select pg_advisory_xact_lock(${PUBLISH_LOCK})`.execute(db);
    const data = await buildPublicData(db, store.files);
    const retired = await db.selectFrom('articles').select('file').where('status', '!=', 'published').execute();
    writePublicFiles(store.files, data, new Set(retired.map((a) => a.file)));
    const dataVersion = dataVersionOf(data);
    const result = {
      dataVersion,
      articles: data.articles.length,
      positions: data.positions,
      figures: data.figures,
      ms: Math.round(performance.now() - started),
    };
    const auditId = await writeAudit(db, {
      user,
      action: 'publish',
      kind: 'dataset',
      id: dataVersion,
      before: null,
      after: result,
    });
    await db
      .insertInto('publications')
      .values({
        started_at: startedAt,
        finished_at: nowIso(),
        username: user,
        data_version: dataVersion,
        audit_id: auditId,
        articles: result.articles,
        positions: result.positions,
        figures: result.figures,
        ms: result.ms,
      })
      .execute();
    return result;
  });
}

export async function publishStatus(store: Store): Promise<PublishStatus> {
  const last = await store.db.selectFrom('publications').selectAll().orderBy('id', 'desc').limit(1).executeTakeFirst();
  const pending = await store.db
    .selectFrom('audit_log')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('action', '!=', 'publish')
    .where('id', '>', last?.audit_id ?? 0)
    .executeTakeFirstOrThrow();
  return {
    pending: Number(pending.n),
    last: last ? { at: last.finished_at, by: last.username, dataVersion: last.data_version } : null,
  };
}
