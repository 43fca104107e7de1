import { createHash, randomBytes } from 'node:crypto';
import type { EditorSession } from '@/lib/editor/contract';
import type { Store } from '@/lib/store/store';
import { decoyHash, verifyPassword } from './password';

/** Sessions last 8 hours from the login (a fixed term, not sliding): a working day, then a new login. */
export const SESSION_HOURS = 8;
/** Failed logins counted over this window... */
export const RATE_WINDOW_MINUTES = 15;
/** ...at most this many per account... */
export const MAX_FAILURES_PER_ACCOUNT = 5;
/** ...and this many per address (one address may be an office behind one router). */
export const MAX_FAILURES_PER_ADDRESS = 20;

export type Clock = () => Date;
const systemClock: Clock = () => new Date();

export class InvalidCredentialsError extends Error {
  constructor() {
    super('wrong username or password');
    this.name = 'InvalidCredentialsError';
  }
}

export class RateLimitedError extends Error {
  constructor(
    readonly retryAfterSeconds: number,
    readonly scope: 'account' | 'address',
  ) {
    super(`too many failed logins for this ${scope}: try again in ${Math.ceil(retryAfterSeconds / 60)} minute(s)`);
    this.name = 'RateLimitedError';
  }
}

export const hashToken = (token: string) => createHash('sha256').update(token, 'utf8').digest('hex');

/** Whether this account or address has failed too often lately; throws RateLimitedError when it has. */
export async function checkRateLimit(store: Store, username: string, address: string, now: Date): Promise<void> {
  const since = new Date(now.getTime() - RATE_WINDOW_MINUTES * 60_000).toISOString();
  const windowMs = RATE_WINDOW_MINUTES * 60_000;
  const limits = [
    { scope: 'account', column: 'username', value: username, max: MAX_FAILURES_PER_ACCOUNT },
    { scope: 'address', column: 'address', value: address, max: MAX_FAILURES_PER_ADDRESS },
  ] as const;
  for (const limit of limits) {
    const failures = await store.db
      .selectFrom('login_attempts')
      .select('at')
      .where(limit.column, '=', limit.value)
      .where('ok', '=', 0)
      .where('at', '>', since)
      .orderBy('at', 'desc')
      .limit(limit.max)
      .execute();
    if (failures.length >= limit.max) {
      // Free again when the oldest of the last `max` failures leaves the window.
      const oldest = new Date(failures[failures.length - 1]!.at).getTime();
      throw new RateLimitedError(Math.max(1, Math.ceil((oldest + windowMs - now.getTime()) / 1000)), limit.scope);
    }
  }
}

export type LoginResult = { token: string; session: EditorSession };

/**
 * Checks a username and password (rate-limited per account and per address, counted in the store so every
 * server process shares the count) and opens a session: a random token for the cookie, of which the store keeps
 * only the SHA-256, and a CSRF token for the session's writes.
 */
export async function login(
  store: Store,
  input: { username: string; password: string; address: string },
  clock: Clock = systemClock,
): Promise<LoginResult> {
  const now = clock();
  await checkRateLimit(store, input.username, input.address, now);
  const user = await store.db
    .selectFrom('users')
    .select(['id', 'username', 'password_hash', 'disabled'])
    .where('username', '=', input.username)
    .executeTakeFirst();
  const ok = user
    ? (await verifyPassword(input.password, user.password_hash)) && user.disabled === 0
    : (await verifyPassword(input.password, await decoyHash()), false);
  await store.db
    .insertInto('login_attempts')
    .values({ username: input.username, address: input.address, at: now.toISOString(), ok: ok ? 1 : 0 })
    .execute();
  if (!ok || !user) throw new InvalidCredentialsError();
  const token = randomBytes(32).toString('base64url');
  const csrf = randomBytes(32).toString('base64url');
  const expiresAt = new Date(now.getTime() + SESSION_HOURS * 3_600_000).toISOString();
  await store.db
    .insertInto('sessions')
    .values({ id: hashToken(token), user_id: user.id, csrf, created_at: now.toISOString(), expires_at: expiresAt })
    .execute();
  // Old attempts and sessions are pruned as logins happen: nothing else needs to run.
  const dayAgo = new Date(now.getTime() - 86_400_000).toISOString();
  await store.db.deleteFrom('login_attempts').where('at', '<', dayAgo).execute();
  await store.db.deleteFrom('sessions').where('expires_at', '<', now.toISOString()).execute();
  return { token, session: { username: user.username, csrf, expiresAt } };
}

/** The session a cookie's token opens, or null when it is unknown, expired or its user disabled. */
export async function sessionFor(
  store: Store,
  token: string | undefined,
  clock: Clock = systemClock,
): Promise<EditorSession | null> {
  if (!token || token.length > 200) return null;
  const row = await store.db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .select(['users.username', 'users.disabled', 'sessions.csrf', 'sessions.expires_at'])
    .where('sessions.id', '=', hashToken(token))
    .executeTakeFirst();
  if (!row || row.disabled !== 0 || row.expires_at <= clock().toISOString()) return null;
  return { username: row.username, csrf: row.csrf, expiresAt: row.expires_at };
}

export async function logout(store: Store, token: string | undefined): Promise<void> {
  if (token) await store.db.deleteFrom('sessions').where('id', '=', hashToken(token)).execute();
}
