import type { FigureReviewBody, PositionReviewBody, ReviewItem, ReviewState } from '@/lib/editor/contract';
import { positionSchema, spendingSchema, type Position, type Spending } from '@/lib/schema/positions';
import { writeAudit } from './audit';
import { inTransaction, type Db } from './connection';
import { ConflictError, NotFoundError, ValidationError } from './errors';
import { countryNames, figureItem, positionItem, type FigureRow, type PositionRow } from './items';
import { nowIso, type Store } from './store';

export type ItemKind = 'position' | 'figure';

/** What the audit log keeps of a position's or figure's review (and what a revert restores). */
export type ItemSnapshot = {
  current: Position | Spending;
  review: ReviewState;
  note: string | null;
  reviewedBy: string | null;
  reviewedAt: string | null;
  version: number;
};

export const itemSnapshot = (row: PositionRow | FigureRow): ItemSnapshot => ({
  current: JSON.parse(row.current),
  review: row.review as ReviewState,
  note: row.note,
  reviewedBy: row.reviewed_by,
  reviewedAt: row.reviewed_at,
  version: row.version,
});

export async function findItemRow(db: Db, kind: ItemKind, id: number): Promise<PositionRow | FigureRow> {
  const row =
    kind === 'position'
      ? await db.selectFrom('positions').selectAll().where('id', '=', id).executeTakeFirst()
      : await db.selectFrom('figures').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw new NotFoundError(`${kind} ${id}`);
  return row;
}

/** One position or figure as the reviewer sees it. */
export async function reviewItem(store: Store, kind: ItemKind, id: number, db: Db = store.db): Promise<ReviewItem> {
  const row = await findItemRow(db, kind, id);
  const article = await db
    .selectFrom('articles')
    .selectAll()
    .where('id', '=', row.article_id)
    .executeTakeFirstOrThrow();
  const ctx = { article, names: countryNames(store.files.baseFile) };
  return kind === 'position' ? positionItem(row as PositionRow, ctx) : figureItem(row as FigureRow, ctx);
}

/**
 * The review queue: what no one has reviewed yet, in articles that are not discarded. Positions come with
 * conflicting reports first, then lowest confidence; figures newest article first (the extractor gives them no
 * confidence).
 */
export async function reviewQueue(store: Store, kind: ItemKind, limit: number): Promise<ReviewItem[]> {
  const names = countryNames(store.files.baseFile);
  const rows =
    kind === 'position'
      ? await store.db
          .selectFrom('positions')
          .innerJoin('articles', 'articles.id', 'positions.article_id')
          .selectAll('positions')
          .where('positions.review', '=', 'unreviewed')
          .where('articles.status', '!=', 'discarded')
          .orderBy('positions.conflict', 'desc')
          .orderBy('positions.confidence', 'asc')
          .orderBy('positions.id', 'asc')
          .limit(limit)
          .execute()
      : await store.db
          .selectFrom('figures')
          .innerJoin('articles', 'articles.id', 'figures.article_id')
          .selectAll('figures')
          .where('figures.review', '=', 'unreviewed')
          .where('articles.status', '!=', 'discarded')
          .orderBy('articles.published', 'desc')
          .orderBy('figures.id', 'asc')
          .limit(limit)
          .execute();
  const ids = [...new Set(rows.map((r) => r.article_id))];
  const articles = ids.length ? await store.db.selectFrom('articles').selectAll().where('id', 'in', ids).execute() : [];
  const byId = new Map(articles.map((a) => [a.id, a]));
  return rows.map((row) => {
    const ctx = { article: byId.get(row.article_id)!, names };
    return kind === 'position' ? positionItem(row as PositionRow, ctx) : figureItem(row as FigureRow, ctx);
  });
}

function problemsOf(error: { issues: { path: PropertyKey[]; message: string }[] }): string[] {
  return error.issues.map((i) => `${i.path.map(String).join('.') || 'value'}: ${i.message}`);
}

function changedPosition(
  current: Position,
  change: Extract<PositionReviewBody, { action: 'change' }>['change'],
): Position {
  const next: Position = { ...current };
  if (change.stance !== undefined) next.stance = change.stance;
  if (change.date !== undefined) next.date = change.date;
  if (change.reason === null) delete next.reason;
  else if (change.reason !== undefined) next.reason = { code: change.reason.code, text: change.reason.text };
  const parsed = positionSchema.safeParse(next);
  if (!parsed.success) throw new ValidationError(problemsOf(parsed.error));
  return next;
}

function changedFigure(current: Spending, change: Extract<FigureReviewBody, { action: 'change' }>['change']): Spending {
  const next: Spending = { ...current };
  if (change.kind !== undefined) next.kind = change.kind;
  if (change.value !== undefined) next.value = change.value;
  if (change.unit !== undefined) next.unit = change.unit;
  if (change.date !== undefined) next.date = change.date;
  if (change.year === null) delete next.year;
  else if (change.year !== undefined) next.year = change.year;
  const parsed = spendingSchema.safeParse(next);
  if (!parsed.success) throw new ValidationError(problemsOf(parsed.error));
  return next;
}

/**
 * Sets a row's review fields if its version is still `expected` (optimistic concurrency: the UPDATE's WHERE
 * decides, so two processes or two databases agree); throws a ConflictError holding the row as it stands.
 */
export async function writeItemState(
  store: Store,
  db: Db,
  kind: ItemKind,
  id: number,
  expected: number,
  state: Omit<ItemSnapshot, 'version'>,
): Promise<PositionRow | FigureRow> {
  const values = {
    current: JSON.stringify(state.current),
    review: state.review,
    note: state.note,
    reviewed_by: state.reviewedBy,
    reviewed_at: state.reviewedAt,
    version: expected + 1,
  };
  const updated =
    kind === 'position'
      ? await db
          .updateTable('positions')
          .set(values)
          .where('id', '=', id)
          .where('version', '=', expected)
          .returningAll()
          .executeTakeFirst()
      : await db
          .updateTable('figures')
          .set(values)
          .where('id', '=', id)
          .where('version', '=', expected)
          .returningAll()
          .executeTakeFirst();
  if (!updated) {
    throw new ConflictError(`this ${kind} was changed by someone else first`, await reviewItem(store, kind, id, db));
  }
  return updated;
}

async function review(
  store: Store,
  kind: ItemKind,
  id: number,
  body: PositionReviewBody | FigureReviewBody,
  user: string,
): Promise<ReviewItem> {
  await inTransaction(store, async (db) => {
    const row = await findItemRow(db, kind, id);
    if (row.version !== body.version) {
      throw new ConflictError(
        `this ${kind} was changed by ${row.reviewed_by ?? 'someone else'} first (version ${row.version}, yours ${body.version})`,
        await reviewItem(store, kind, id, db),
      );
    }
    const before = itemSnapshot(row);
    let current = before.current;
    if (body.action === 'change') {
      current =
        kind === 'position'
          ? changedPosition(current as Position, (body as Extract<PositionReviewBody, { action: 'change' }>).change)
          : changedFigure(current as Spending, (body as Extract<FigureReviewBody, { action: 'change' }>).change);
    }
    const review: ReviewState =
      body.action === 'accept' ? 'accepted' : body.action === 'reject' ? 'rejected' : 'changed';
    const updated = await writeItemState(store, db, kind, id, row.version, {
      current,
      review,
      note: body.note || null,
      reviewedBy: user,
      reviewedAt: nowIso(),
    });
    await writeAudit(db, {
      user,
      action: `${kind}.${body.action}`,
      kind,
      id,
      before,
      after: itemSnapshot(updated),
      note: body.note || null,
    });
  });
  return reviewItem(store, kind, id);
}

export const reviewPosition = (store: Store, id: number, body: PositionReviewBody, user: string) =>
  review(store, 'position', id, body, user);
export const reviewFigure = (store: Store, id: number, body: FigureReviewBody, user: string) =>
  review(store, 'figure', id, body, user);
