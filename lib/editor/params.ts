import { articleIdSchema } from '@/lib/data/api-params';
import { ValidationError } from '@/lib/store/errors';

/** An article id from the path, checked like the public API checks it. */
export function articleIdParam(raw: string): string {
  const parsed = articleIdSchema.safeParse(raw);
  if (!parsed.success) throw new ValidationError([`article id: ${parsed.error.issues[0]?.message ?? 'invalid'}`]);
  return parsed.data;
}
