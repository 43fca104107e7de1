import { z } from 'zod';
import { articleMetaSchema } from '@/lib/schema/articles';
import { isoDate } from '@/lib/schema/positions';
import { STANCES } from '@/lib/schema/stance';

/** Query parameters as a record of every value given, so repetition can be refused rather than silently picked. */
export function searchParamsRecord(params: URLSearchParams): Record<string, string[]> {
  // No prototype: a parameter named "constructor" or "toString" would otherwise find the inherited function.
  const out: Record<string, string[]> = Object.create(null);
  for (const [key, value] of params) (out[key] ??= []).push(value);
  return out;
}

const once = <T extends z.ZodType<unknown, string>>(inner: T) =>
  z
    .array(z.string())
    .max(1, 'may be given only once')
    .optional()
    .transform((values) => values?.[0])
    .pipe(inner.optional());

const countryList = z
  .string()
  .max(600, 'too long')
  .transform((raw) => raw.split('~'))
  .pipe(
    z
      .array(z.string().regex(/^[A-Z]{3}$/, 'expected ~-separated ISO 3166-1 alpha-3 codes such as GBR~POL'))
      .min(1)
      .max(100, 'at most 100 countries')
      .refine((codes) => new Set(codes).size === codes.length, 'a country is named twice'),
  );

const stanceList = z
  .string()
  .max(200, 'too long')
  .transform((raw) => raw.split('~'))
  .pipe(
    z
      .array(z.enum(STANCES, { error: `expected ~-separated stances from: ${STANCES.join(', ')}` }))
      .min(1)
      .refine((stances) => new Set(stances).size === stances.length, 'a stance is named twice'),
  );

/** GET /api/positions?country=GBR~POL&date=2025-04-10&stance=declined~conditional ; other parameters are ignored. */
export const positionsQuerySchema = z.object({
  country: once(countryList),
  date: once(isoDate),
  stance: once(stanceList),
});

export type PositionsQuery = z.infer<typeof positionsQuerySchema>;

export const articleIdSchema = articleMetaSchema.shape.id.max(120, 'id too long');

/** "country: a country is named twice" from the first zod issue, without echoing the input. */
export function firstIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid request';
  return issue.path.length > 0 ? `${String(issue.path[0])}: ${issue.message}` : issue.message;
}
