import { z } from 'zod';
import { isReasonName, REASON_CODES, STANCES } from './stance';

/** Calendar date as YYYY-MM-DD that exists in the Gregorian calendar. */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD')
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
  }, 'not a real calendar date');

/** Offsets are UTF-16 code units into the article file's text: text === articleText.slice(start, end). */
export const evidenceSchema = z
  .object({
    text: z.string().min(1),
    start: z.number().int().nonnegative(),
    end: z.number().int().positive(),
  })
  .refine((e) => e.end - e.start === e.text.length, 'evidence end - start must equal text length');

export const reasonSchema = z.object({
  code: z.enum(REASON_CODES),
  text: z.string().min(1),
  /** The countries (ISO3) and bodies (REASON_BODIES) the reason names: "from Belarus", "a UN mandate". */
  names: z.array(z.string().refine(isReasonName, 'a reason names ISO3 codes or known bodies')).optional(),
});

export const positionSchema = z.object({
  article: z.string().min(1),
  date: isoDate,
  stance: z.enum(STANCES),
  reason: reasonSchema.optional(),
  evidence: evidenceSchema,
  confidence: z.number().min(0).max(1).optional(),
  reviewed: z.boolean().optional(),
  /** The article reports statements of this country that disagree (an offer and a refusal); the position kept is the latest. */
  conflict: z.boolean().optional(),
});

export const SPENDING_KINDS = ['level', 'increase', 'target'] as const;
/** Share of GDP, or the ISO 4217 code of the currency (those Arabic news names for coalition members). */
export const SPENDING_UNITS = [
  'pct_gdp',
  'EUR',
  'GBP',
  'USD',
  'CAD',
  'AUD',
  'NZD',
  'JPY',
  'KRW',
  'NOK',
  'DKK',
  'SEK',
  'ISK',
  'CZK',
  'PLN',
  'CHF',
  'TRY',
  'HUF',
  'CNY',
  'INR',
  'TWD',
  'BGN',
  'RON',
  'SAR',
  'QAR',
  'OMR',
  'AED',
  'KWD',
  'BHD',
  'TND',
  'DZD',
  'MAD',
  'IQD',
  'JOD',
  'LYD',
  'RSD',
  'BRL',
  'MXN',
  'ARS',
  'CLP',
  'COP',
] as const;

export const spendingSchema = z.object({
  article: z.string().min(1),
  date: isoDate,
  kind: z.enum(SPENDING_KINDS),
  value: z.number().finite(),
  unit: z.enum(SPENDING_UNITS),
  year: z.number().int().min(1900).max(2100).optional(),
  evidence: evidenceSchema,
});

export const countryPropertiesSchema = z.object({
  iso3: z.string().regex(/^[A-Z]{3}$/, 'expected ISO 3166-1 alpha-3'),
  name: z.object({ en: z.string().min(1), ar: z.string().min(1) }),
  positions: z.array(positionSchema),
  spending: z.array(spendingSchema),
});

const position2d = z.array(z.number()).min(2);
const ring = z.array(position2d).min(4);

export const geometrySchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('Polygon'), coordinates: z.array(ring) }),
  z.object({ type: z.literal('MultiPolygon'), coordinates: z.array(z.array(ring)) }),
]);

export const countryFeatureSchema = z.object({
  type: z.literal('Feature'),
  id: z.string().optional(),
  properties: countryPropertiesSchema,
  geometry: geometrySchema,
});

export const positionsCollectionSchema = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(countryFeatureSchema),
});

export type Evidence = z.infer<typeof evidenceSchema>;
export type Reason = z.infer<typeof reasonSchema>;
export type Position = z.infer<typeof positionSchema>;
export type Spending = z.infer<typeof spendingSchema>;
export type SpendingKind = (typeof SPENDING_KINDS)[number];
export type SpendingUnit = (typeof SPENDING_UNITS)[number];
export type CountryProperties = z.infer<typeof countryPropertiesSchema>;
export type CountryFeature = z.infer<typeof countryFeatureSchema>;
export type PositionsCollection = z.infer<typeof positionsCollectionSchema>;
