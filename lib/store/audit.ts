import type { Selectable } from 'kysely';
import type { AuditAction, AuditEntry } from '@/lib/editor/contract';
import type { Db } from './connection';
import type { AuditLogTable } from './schema';
import { nowIso } from './store';

export type EntityKind = AuditEntry['entity']['kind'];

export type NewAuditEntry = {
  user: string;
  action: AuditAction;
  kind: EntityKind;
  id: string | number;
  before: unknown;
  after: unknown;
  note?: string | null;
  revertOf?: number | null;
};

/** Appends an entry to the audit log and returns its id. */
export async function writeAudit(db: Db, entry: NewAuditEntry): Promise<number> {
  const row = await db
    .insertInto('audit_log')
    .values({
      at: nowIso(),
      username: entry.user,
      action: entry.action,
      entity_kind: entry.kind,
      entity_id: String(entry.id),
      before_json: entry.before === undefined || entry.before === null ? null : JSON.stringify(entry.before),
      after_json: entry.after === undefined || entry.after === null ? null : JSON.stringify(entry.after),
      note: entry.note ?? null,
      revert_of: entry.revertOf ?? null,
      reverted_by: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export function auditEntry(row: Selectable<AuditLogTable>): AuditEntry {
  return {
    id: row.id,
    at: row.at,
    user: row.username,
    action: row.action as AuditAction,
    entity: { kind: row.entity_kind as EntityKind, id: row.entity_id },
    before: row.before_json === null ? null : JSON.parse(row.before_json),
    after: row.after_json === null ? null : JSON.parse(row.after_json),
    note: row.note,
    revertOf: row.revert_of,
    revertedBy: row.reverted_by,
  };
}

/** The newest entries first; `before` pages back from an entry id. */
export async function listAudit(db: Db, options: { limit: number; before?: number }): Promise<AuditEntry[]> {
  let query = db.selectFrom('audit_log').selectAll();
  if (options.before !== undefined) query = query.where('id', '<', options.before);
  const rows = await query.orderBy('id', 'desc').limit(options.limit).execute();
  return rows.map(auditEntry);
}
