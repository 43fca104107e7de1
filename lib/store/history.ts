import type { AuditEntry } from '@/lib/editor/contract';
import { auditEntry, listAudit, writeAudit } from './audit';
import { inTransaction } from './connection';
import { ConflictError, NotFoundError, ValidationError } from './errors';
import { articleSummary } from './items';
import { articleSnapshot, findArticle, type ArticleSnapshot } from './articles';
import { findItemRow, itemSnapshot, reviewItem, writeItemState, type ItemKind, type ItemSnapshot } from './reviews';
import type { Store } from './store';

export const history = (store: Store, options: { limit: number; before?: number }) => listAudit(store.db, options);

/**
 * Undoes one change: the entity goes back to the entry's `before`, provided it still stands as the entry left it
 * (its version is the entry's `after` version; otherwise someone changed it since, and the answer is a conflict
 * showing how it stands). The revert is an entry of its own, linked both ways; a revert can be reverted too.
 */
export async function revert(store: Store, entryId: number, user: string, note?: string): Promise<AuditEntry> {
  const id = await inTransaction(store, async (db) => {
    const row = await db.selectFrom('audit_log').selectAll().where('id', '=', entryId).executeTakeFirst();
    if (!row) throw new NotFoundError(`history entry ${entryId}`);
    const entry = auditEntry(row);
    if (entry.revertedBy !== null) {
      throw new ConflictError(`entry ${entryId} was already reverted by entry ${entry.revertedBy}`, entry);
    }
    if (entry.entity.kind === 'dataset') {
      throw new ValidationError(['a publish cannot be reverted: revert the changes it published and publish again']);
    }
    let before: unknown;
    let after: unknown;
    if (entry.entity.kind === 'article') {
      const article = await findArticle(db, entry.entity.id);
      const left = entry.after as ArticleSnapshot;
      if (article.version !== left.version) {
        throw new ConflictError(`article ${article.id} was changed since this entry`, articleSummary(article));
      }
      // Undoing the addition discards the article; anything else restores the status it had.
      const target = (entry.before as ArticleSnapshot | null) ?? { status: 'discarded', publishedAt: null, version: 0 };
      const updated = await db
        .updateTable('articles')
        .set({ status: target.status, published_at: target.publishedAt, version: article.version + 1 })
        .where('id', '=', article.id)
        .where('version', '=', article.version)
        .returningAll()
        .executeTakeFirst();
      if (!updated)
        throw new ConflictError(`article ${article.id} was changed since this entry`, articleSummary(article));
      before = articleSnapshot(article);
      after = articleSnapshot(updated);
    } else {
      const kind = entry.entity.kind as ItemKind;
      const itemId = Number(entry.entity.id);
      const current = await findItemRow(db, kind, itemId);
      const left = entry.after as ItemSnapshot;
      if (current.version !== left.version) {
        throw new ConflictError(`this ${kind} was changed since this entry`, await reviewItem(store, kind, itemId, db));
      }
      const target = entry.before as ItemSnapshot;
      const updated = await writeItemState(store, db, kind, itemId, current.version, target);
      before = itemSnapshot(current);
      after = itemSnapshot(updated);
    }
    const revertId = await writeAudit(db, {
      user,
      action: 'revert',
      kind: entry.entity.kind,
      id: entry.entity.id,
      before,
      after,
      note: note || null,
      revertOf: entry.id,
    });
    await db.updateTable('audit_log').set({ reverted_by: revertId }).where('id', '=', entry.id).execute();
    return revertId;
  });
  const row = await store.db.selectFrom('audit_log').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  return auditEntry(row);
}
