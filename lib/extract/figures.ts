import type { SpendingKind, SpendingUnit } from '@/lib/schema/positions';
import type { Span } from './clauses';
import type { Token } from './tokenize';
import { normalizeTerm } from './normalize';

export interface Figure {
  kind: SpendingKind;
  value: number;
  unit: SpendingUnit;
  year?: number;
  /** Token range of the amount and its unit. */
  span: Span;
}

const n = normalizeTerm;
const NUMBER_WORDS = new Map<string, number>([
  ['واحد', 1], ['اثنان', 2], ['اثنين', 2], ['ثلاث', 3], ['ثلاثة', 3], ['أربع', 4], ['أربعة', 4], ['خمس', 5], ['خمسة', 5],
  ['ست', 6], ['ستة', 6], ['سبع', 7], ['سبعة', 7], ['ثماني', 8], ['ثمانية', 8], ['تسع', 9], ['تسعة', 9], ['عشر', 10], ['عشرة', 10],
].map(([k, v]) => [n(k as string), v as number]));
const SCALES = new Map<string, number>([
  ['ألف', 1e3], ['آلاف', 1e3], ['مليون', 1e6], ['ملايين', 1e6], ['مليار', 1e9], ['مليارات', 1e9], ['بليون', 1e9], ['تريليون', 1e12],
].map(([k, v]) => [n(k as string), v as number]));
const CURRENCIES: [RegExp, SpendingUnit][] = [
  [/^(?:جنيه|جنيها|الجنيه|باوند|استرليني)/, 'GBP'],
  [/^(?:دولار|دولارا|الدولار|دولارات)/, 'USD'],
  [/^(?:يورو|اليورو)/, 'EUR'],
];
const PERCENT = /^(?:%|بالمئه|بالمايه|المايه|المئه)$/;

/** Defence spending, as opposed to aid, funds or purchases: "الإنفاق الدفاعي"، "ميزانية الدفاع". */
const DEFENCE_SPENDING = new RegExp(
  `(?:انفاق|نفقات|ميزاني)\\S*\\s+(?:${['الدفاعي', 'الدفاعيه', 'العسكري', 'العسكريه', 'الدفاع', 'علي الدفاع'].join('|')})|${n('ميزانية الدفاع')}`,
);
/** Money that is not a country's defence spending, when named right next to the amount. */
const NOT_DEFENCE = /^(?:مساعد|المساعد|الاغاثه|اغاثه|صناديق|الصناديق|صندوق|وقود|مبيعات|الدخل|المعونه|منح|قروض|قرض)/;
const INCREASE = /^(?:زياده|بزياده|وزياده|زيادات|رفع|يرفع|ترفع|سترفع|برفع|ارتفاع|اضافيه|اضافي)/;
const TARGET = /^(?:هدف|الهدف|هدفا|بحلول|للوصول|الوصول)/;

export function mentionsDefenceSpending(normalizedSentence: string): boolean {
  return DEFENCE_SPENDING.test(normalizedSentence);
}

function parseNumber(word: string): number | null {
  if (/^\d+(?:[.,]\d+)?$/.test(word)) return Number(word.replace(',', '.'));
  return NUMBER_WORDS.get(word) ?? null;
}

/** Reads the amounts of a sentence already known to speak of defence spending. */
export function readFigures(tokens: Token[]): Figure[] {
  const words = tokens.map((t) => t.text);
  const figures: Figure[] = [];
  for (let i = 0; i < words.length; i++) {
    const base = parseNumber(words[i]!);
    if (base === null || /^(?:19|20)\d\d$/.test(words[i]!)) continue;
    let j = i + 1;
    let value = base;
    const scale = SCALES.get(words[j] ?? '');
    if (scale) { value *= scale; j++; }
    let unit: SpendingUnit | null = null;
    if (PERCENT.test(words[j] ?? '') || (words[j] === 'في' && /^(?:المايه|المئه)$/.test(words[j + 1] ?? ''))) {
      unit = 'pct_gdp';
      j += words[j] === 'في' ? 2 : 1;
    } else {
      const currency = CURRENCIES.find(([re]) => re.test(words[j] ?? ''));
      if (currency) {
        unit = currency[1];
        j++;
        if (/^استرليني/.test(words[j] ?? '')) j++;
      }
    }
    if (!unit) continue;
    const around = [...words.slice(Math.max(0, i - 3), i), ...words.slice(j, j + 4)];
    if (around.some((w) => NOT_DEFENCE.test(w))) continue;
    const before = words.slice(Math.max(0, i - 6), i);
    const kind: SpendingKind = words[i - 1] === 'الي' || before.some((w) => TARGET.test(w)) ? 'target'
      : before.some((w) => INCREASE.test(w)) ? 'increase' : 'level';
    const yearAt = words.findIndex((w, k) => k >= j && /^(?:19|20)\d\d$/.test(w));
    const figure: Figure = { kind, value: Math.round(value * 1e6) / 1e6, unit, span: { from: i, to: j } };
    if (yearAt >= 0) figure.year = Number(words[yearAt]);
    figures.push(figure);
    i = j - 1;
  }
  return figures;
}
