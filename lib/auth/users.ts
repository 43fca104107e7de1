import type { Store } from '@/lib/store/store';
import { ConflictError, ValidationError } from '@/lib/store/errors';
import { hashPassword } from './password';

export const USERNAME_PATTERN = /^[A-Za-z0-9_.-]{2,64}$/;
export const MIN_PASSWORD_LENGTH = 12;

/** Creates an editor account (the only way in: there is no sign-up page). */
export async function addUser(store: Store, username: string, password: string): Promise<{ id: number }> {
  const problems: string[] = [];
  if (!USERNAME_PATTERN.test(username)) problems.push('username: 2 to 64 letters, digits, _ . or -');
  if ([...password].length < MIN_PASSWORD_LENGTH) problems.push(`password: at least ${MIN_PASSWORD_LENGTH} characters`);
  if (problems.length) throw new ValidationError(problems);
  const existing = await store.db.selectFrom('users').select('id').where('username', '=', username).executeTakeFirst();
  if (existing) throw new ConflictError(`user ${username} already exists`, { username });
  const row = await store.db
    .insertInto('users')
    .values({
      username,
      password_hash: await hashPassword(password),
      created_at: new Date().toISOString(),
      disabled: 0,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row;
}

/** Sets a new password and ends the user's sessions. */
export async function setPassword(store: Store, username: string, password: string): Promise<void> {
  if ([...password].length < MIN_PASSWORD_LENGTH) {
    throw new ValidationError([`password: at least ${MIN_PASSWORD_LENGTH} characters`]);
  }
  const user = await store.db
    .selectFrom('users')
    .select('id')
    .where('username', '=', username)
    .executeTakeFirstOrThrow();
  await store.db
    .updateTable('users')
    .set({ password_hash: await hashPassword(password) })
    .where('id', '=', user.id)
    .execute();
  await store.db.deleteFrom('sessions').where('user_id', '=', user.id).execute();
}
