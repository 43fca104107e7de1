import type { Generated } from 'kysely';

/**
 * The store's tables as Kysely sees them. The same column types serve SQLite and PostgreSQL: text for dates
 * (ISO 8601, UTC) and for JSON documents, integer 0/1 for flags, double precision for confidences.
 */
export interface UsersTable {
  id: Generated<number>;
  username: string;
  password_hash: string;
  created_at: string;
  disabled: number;
}

export interface SessionsTable {
  /** SHA-256 of the cookie's token (hex): the token itself is never stored. */
  id: string;
  user_id: number;
  csrf: string;
  created_at: string;
  expires_at: string;
}

export interface LoginAttemptsTable {
  id: Generated<number>;
  username: string;
  address: string;
  at: string;
  ok: number;
}

export interface ArticlesTable {
  id: string;
  file: string;
  lang: string;
  published: string;
  date_precision: string;
  source: string;
  source_ar: string | null;
  date_basis: string;
  text: string;
  status: string;
  version: number;
  added_by: string | null;
  added_at: string;
  published_at: string | null;
}

/** Shared by positions and figures: the extractor's proposal, what stands now, and the review of it. */
interface ReviewedRow {
  id: Generated<number>;
  article_id: string;
  iso3: string;
  /** 'extracted' (the extractor's) or 'editor' (added by hand, e.g. an imported correction). */
  origin: string;
  /** JSON: the Position or Spending object as the extractor wrote it. */
  proposal: string;
  /** JSON: the Position or Spending object as it stands (the proposal, or the reviewer's change). */
  current: string;
  review: string;
  note: string | null;
  reviewed_by: string | null;
  reviewed_at: string | null;
  version: number;
}

export interface PositionsTable extends ReviewedRow {
  confidence: number;
  conflict: number;
}

export type FiguresTable = ReviewedRow;

export interface AuditLogTable {
  id: Generated<number>;
  at: string;
  username: string;
  action: string;
  entity_kind: string;
  entity_id: string;
  before_json: string | null;
  after_json: string | null;
  note: string | null;
  revert_of: number | null;
  reverted_by: number | null;
}

export interface PublicationsTable {
  id: Generated<number>;
  started_at: string;
  finished_at: string;
  username: string;
  data_version: string;
  /** The last audit entry this publication includes: later entries are pending. */
  audit_id: number;
  articles: number;
  positions: number;
  figures: number;
  ms: number;
}

export interface Database {
  users: UsersTable;
  sessions: SessionsTable;
  login_attempts: LoginAttemptsTable;
  articles: ArticlesTable;
  positions: PositionsTable;
  figures: FiguresTable;
  audit_log: AuditLogTable;
  publications: PublicationsTable;
}
