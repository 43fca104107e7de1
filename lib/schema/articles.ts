import { z } from 'zod';
import { isoDate } from './positions';

export const DATE_PRECISIONS = ['day', 'month', 'approx', 'year'] as const;

export const articleMetaSchema = z.object({
  id: z.string().regex(/^[A-Za-z0-9_.-]+$/, 'id may hold only letters, digits, _ . -'),
  file: z.string().regex(/^[^/\\]+$/, 'file must be a plain file name inside the articles folder'),
  lang: z.string().min(2),
  published: isoDate,
  date_precision: z.enum(DATE_PRECISIONS),
  source: z.string(),
  /** The source line in Arabic, for the Arabic reader (the English one is shown when it is missing). */
  source_ar: z.string().optional(),
  date_basis: z.string(),
});

export const articleIndexSchema = z.array(articleMetaSchema);

export type ArticleMeta = z.infer<typeof articleMetaSchema>;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];
