import { z } from 'zod';
import { isoDate, SPENDING_KINDS, SPENDING_UNITS, type Evidence } from '@/lib/schema/positions';
import { REASON_CODES, STANCES, type ReasonCode, type Stance } from '@/lib/schema/stance';

/**
 * The editor's HTTP contract: what the browser sends to /api/editor/* and what it gets back. The store and the
 * route handlers implement it; the editor pages call it. Every write is a POST with a JSON body and the session's
 * CSRF token in the `x-csrf-token` header (login excepted: it checks the Origin instead). Errors are
 * `{ error: string, problems?: string[] }` with 400 (bad input), 401 (no session), 403 (wrong CSRF token or
 * origin), 404, 409 (someone changed it first: `current` holds their version) or 429 (login rate limit).
 *
 * Routes:
 *   POST /api/editor/login                    LoginBody          → EditorSession (sets the session cookie)
 *   POST /api/editor/logout                                       → 204
 *   GET  /api/editor/session                                      → EditorSession | 401
 *   POST /api/editor/articles                 NewArticleBody     → DraftDetail (201)
 *   GET  /api/editor/articles/:id                                 → DraftDetail (drafts and published alike)
 *   POST /api/editor/articles/:id/publish     VersionBody        → PublishResult (publishes the whole dataset)
 *   POST /api/editor/articles/:id/discard     VersionBody        → DraftDetail
 *   GET  /api/editor/queue?kind=position|figure&limit=50         → { items: ReviewItem[] }
 *   POST /api/editor/positions/:id/review     PositionReviewBody → ReviewItem | 409 { error, current: ReviewItem }
 *   POST /api/editor/figures/:id/review       FigureReviewBody   → ReviewItem | 409 { error, current: ReviewItem }
 *   GET  /api/editor/history?limit=50&before=<id>                → { entries: AuditEntry[] }
 *   POST /api/editor/history/:id/revert       NoteBody           → AuditEntry (the revert's own entry) | 409
 *   GET  /api/editor/status                                       → PublishStatus
 *   POST /api/editor/publish                                      → PublishResult
 *
 * Reviews and reverts change the store at once and reach the public dashboard at the next publish; publishing an
 * article publishes everything pending with it.
 */

export const CSRF_HEADER = 'x-csrf-token';
export const SESSION_COOKIE = 'wa_session';

export const loginBody = z.object({
  username: z.string().trim().min(1, 'username is required').max(64),
  password: z.string().min(1, 'password is required').max(1024),
});

/** The same fields as an entry of data/articles/index.json (the CLI's validation and messages apply). */
export const newArticleBody = z.object({
  text: z.string().min(1, 'the article text is empty'),
  published: isoDate,
  date_precision: z.enum(['day', 'month', 'year']),
  source: z.string().trim().min(1, 'the source is required'),
  source_ar: z.string().trim().min(1).optional(),
  date_basis: z.string().trim().min(1).optional(),
});

export const versionBody = z.object({ version: z.number().int().nonnegative() });
const note = z.string().trim().max(2000).optional();
export const noteBody = z.object({ note });

const reasonInput = z.object({ code: z.enum(REASON_CODES), text: z.string().trim().min(1) });

/** Accept or reject as proposed, or change with `change`; each with the item's version and an optional note. */
function reviewBody<C extends z.ZodType>(change: C) {
  return z.discriminatedUnion('action', [
    z.object({ action: z.literal('accept'), version: z.number().int(), note }),
    z.object({ action: z.literal('reject'), version: z.number().int(), note }),
    z.object({ action: z.literal('change'), version: z.number().int(), note, change }),
  ]);
}

export const positionReviewBody = reviewBody(
  z
    .object({ stance: z.enum(STANCES).optional(), reason: reasonInput.nullable().optional(), date: isoDate.optional() })
    .refine((c) => Object.keys(c).length > 0, 'a change needs a stance, reason or date'),
);

export const figureReviewBody = reviewBody(
  z
    .object({
      kind: z.enum(SPENDING_KINDS).optional(),
      value: z.number().finite().optional(),
      unit: z.enum(SPENDING_UNITS).optional(),
      year: z.number().int().min(1900).max(2100).nullable().optional(),
      date: isoDate.optional(),
    })
    .refine((c) => Object.keys(c).length > 0, 'a change needs a kind, value, unit, year or date'),
);

export type LoginBody = z.infer<typeof loginBody>;
export type NewArticleBody = z.infer<typeof newArticleBody>;
export type PositionReviewBody = z.infer<typeof positionReviewBody>;
export type FigureReviewBody = z.infer<typeof figureReviewBody>;

export type EditorSession = { username: string; csrf: string; expiresAt: string };

export type ArticleStatus = 'draft' | 'published' | 'discarded';
export type ReviewState = 'unreviewed' | 'accepted' | 'changed' | 'rejected';

export type ArticleSummary = {
  id: string;
  status: ArticleStatus;
  published: string;
  date_precision: 'day' | 'month' | 'year';
  source: string;
  /** Bumped by every change to the article row; publish and discard send it back. */
  version: number;
  addedBy: string | null;
  addedAt: string;
};

export type PositionProposal = { stance: Stance; reason?: { code: ReasonCode; text: string } };
export type FigureProposal = {
  kind: (typeof SPENDING_KINDS)[number];
  value: number;
  unit: (typeof SPENDING_UNITS)[number];
  year?: number;
};

/** One extracted position or spending figure as the reviewer sees it. */
export type ReviewItem = {
  id: number;
  kind: 'position' | 'figure';
  /** Optimistic concurrency: send it back with the review; a 409 means someone else changed the item first. */
  version: number;
  article: ArticleSummary;
  iso3: string;
  name: { en: string; ar: string };
  date: string;
  evidence: Evidence;
  /** The sentences around the evidence, from the article's text. */
  context: { before: string; after: string };
  /** What the extractor proposed. */
  proposed: PositionProposal | FigureProposal;
  /** What stands now (the proposal, or the reviewer's change). */
  current: PositionProposal | FigureProposal;
  confidence: number;
  conflict: boolean;
  review: ReviewState;
  note: string | null;
  reviewedBy: string | null;
  reviewedAt: string | null;
};

export type DraftDetail = {
  article: ArticleSummary & { text: string };
  positions: ReviewItem[];
  figures: ReviewItem[];
};

export type AuditAction =
  | 'article.add'
  | 'article.publish'
  | 'article.discard'
  | 'position.accept'
  | 'position.change'
  | 'position.reject'
  | 'figure.accept'
  | 'figure.change'
  | 'figure.reject'
  | 'revert'
  | 'publish';

export type AuditEntry = {
  id: number;
  at: string;
  user: string;
  action: AuditAction;
  entity: { kind: 'article' | 'position' | 'figure' | 'dataset'; id: string };
  /** The entity's state before and after, as JSON the history shows side by side. */
  before: unknown;
  after: unknown;
  note: string | null;
  /** The entry this one undid, for a revert; and the revert that undid this one, if any. */
  revertOf: number | null;
  revertedBy: number | null;
};

export type PublishStatus = {
  /** Changes (reviews, reverts, articles) made since the last publish. */
  pending: number;
  last: { at: string; by: string; dataVersion: string } | null;
};

export type PublishResult = { dataVersion: string; articles: number; positions: number; figures: number; ms: number };
