import type { SpendingUnit } from '@/lib/schema/positions';
import type { Span } from '../text/article-text';
import { normalizeTerm } from '../text/normalize';

/**
 * Amounts as news writes them: a share ("2.5%"، "3 في المئة"، "4. 2%" in the reversed decimals of some agency
 * feeds, "5ر3") or money with its scale and currency ("6 مليارات جنيه إسترليني"، "ملياري دولار"، "66.29 تريليون وون").
 * A share is `pct` here; whether it is a share of GDP is for the reader to say from the words around it.
 */
export type AmountUnit = SpendingUnit | 'pct' | CurrencyFamily | typeof UNRESOLVED_LIRA;

/**
 * A currency several countries share the name of, said without its adjective: "كرونة"، "ريال"، "دينار"، "بيزو"،
 * "درهم" alone say no more. The figure's owner tells which one it is (spending.ts).
 */
export type CurrencyFamily = 'KRONE' | 'RIYAL' | 'DINAR' | 'PESO' | 'DIRHAM';
export const UNRESOLVED_KRONE: CurrencyFamily = 'KRONE';
/** A lira with no adjective: the Turkish lira when Turkey owns the figure. */
export const UNRESOLVED_LIRA = 'LIRA';
/** A dollar named without its country: US dollars unless the owner pays in another dollar. */
export const PLAIN_DOLLAR = 'USD';

export interface Amount {
  value: number;
  unit: AmountUnit;
  span: Span;
  /** The unit named the dollar without an adjective ("دولار"), so a Canadian owner may make it CAD. */
  plainDollar: boolean;
  /** The amount stands inside parentheses: "(30 مليار دولار)" converts the one before it. */
  parenthesised: boolean;
}

const n = normalizeTerm;
const NUMBER_WORDS = new Map<string, number>(
  [
    ['واحد', 1],
    ['اثنان', 2],
    ['اثنين', 2],
    ['ثلاث', 3],
    ['ثلاثة', 3],
    ['أربع', 4],
    ['أربعة', 4],
    ['خمس', 5],
    ['خمسة', 5],
    ['ست', 6],
    ['ستة', 6],
    ['سبع', 7],
    ['سبعة', 7],
    ['ثماني', 8],
    ['ثمانية', 8],
    ['تسع', 9],
    ['تسعة', 9],
    ['عشر', 10],
    ['عشرة', 10],
    ['نصف', 0.5],
    ['ربع', 0.25],
    ['عشرون', 20],
    ['عشرين', 20],
    ['ثلاثون', 30],
    ['ثلاثين', 30],
    ['أربعون', 40],
    ['أربعين', 40],
    ['خمسون', 50],
    ['خمسين', 50],
    ['ستون', 60],
    ['ستين', 60],
    ['سبعون', 70],
    ['سبعين', 70],
    ['ثمانون', 80],
    ['ثمانين', 80],
    ['تسعون', 90],
    ['تسعين', 90],
    ['مئة', 100],
    ['مائة', 100],
    ['مئتا', 200],
    ['مئتي', 200],
    ['مئتين', 200],
    ['مائتي', 200],
    ['مائتين', 200],
  ].map(([k, v]) => [n(k as string), v as number]),
);
const SCALES = new Map<string, number>(
  [
    ['ألف', 1e3],
    ['آلاف', 1e3],
    ['مليون', 1e6],
    ['ملايين', 1e6],
    ['مليار', 1e9],
    ['مليارا', 1e9],
    ['مليارات', 1e9],
    ['بليون', 1e9],
    ['تريليون', 1e12],
    ['تريليونات', 1e12],
    ['ترليون', 1e12],
    ['تريليونا', 1e12],
  ].map(([k, v]) => [n(k as string), v as number]),
);
/** The dual of a scale is a number by itself: "ملياري دولار" is two billion. */
const DUAL_SCALES = new Map<string, number>(
  [
    ['ملياري', 2e9],
    ['مليارين', 2e9],
    ['مليوني', 2e6],
    ['مليونين', 2e6],
    ['الفي', 2e3],
    ['تريليوني', 2e12],
  ].map(([k, v]) => [n(k as string), v as number]),
);

const KRONE_BY_ADJECTIVE: [RegExp, SpendingUnit][] = [
  [/^نرويج/, 'NOK'],
  [/^دنمارك|^دانمارك/, 'DKK'],
  [/^سويد/, 'SEK'],
  [/^ايسلند/, 'ISK'],
  [/^تشيك/, 'CZK'],
];
const DOLLAR_BY_ADJECTIVE: [RegExp, SpendingUnit][] = [
  [/^كند/, 'CAD'],
  [/^استرال/, 'AUD'],
  [/^نيوزيلند/, 'NZD'],
  [/^امريك|^اميرك/, 'USD'],
  [/^تايوان/, 'TWD'],
];
/** The families of currencies, each word with the adjectives that name one country's. */
const FAMILIES: { family: CurrencyFamily; word: RegExp; adjectives: [RegExp, SpendingUnit][] }[] = [
  { family: 'KRONE', word: /^(?:كرونه|كرونا|كرون|كرونات)$/, adjectives: KRONE_BY_ADJECTIVE },
  {
    family: 'RIYAL',
    word: /^(?:ريال|ريالا|ريالات)$/,
    adjectives: [
      [/^سعود/, 'SAR'],
      [/^قطر/, 'QAR'],
      [/^عمان/, 'OMR'],
      [/^برازيل/, 'BRL'],
    ],
  },
  {
    family: 'DINAR',
    word: /^(?:دينار|دينارا|دنانير)$/,
    adjectives: [
      [/^كويت/, 'KWD'],
      [/^بحرين/, 'BHD'],
      [/^تونس/, 'TND'],
      [/^جزاير/, 'DZD'],
      [/^عراق/, 'IQD'],
      [/^اردن/, 'JOD'],
      [/^ليبي/, 'LYD'],
      [/^صرب/, 'RSD'],
    ],
  },
  {
    family: 'PESO',
    word: /^(?:بيزو|بيسو|بيزوات)$/,
    adjectives: [
      [/^مكسيك/, 'MXN'],
      [/^ارجنتين/, 'ARS'],
      [/^تشيل/, 'CLP'],
      [/^كولومب/, 'COP'],
    ],
  },
  {
    family: 'DIRHAM',
    word: /^(?:درهم|دراهم|درهما)$/,
    adjectives: [
      [/^امارات/, 'AED'],
      [/^مغرب/, 'MAD'],
    ],
  },
];

/** The currency a word names; `next` is the word after it, for "دولار كندي" or "كرونة نرويجية". */
function readCurrency(word: string, next: string): { unit: AmountUnit; words: number; plainDollar: boolean } | null {
  // "وون" is the won itself, not و + ون.
  const w = word === 'وون' || word === 'الوون' ? 'وون' : word.replace(/^(?:ب|و|وب)?(?:ال)?/, '');
  const plain = (unit: AmountUnit, words = 1) => ({ unit, words, plainDollar: false });
  if (/^(?:جنيه|جنيها|باوند|استرليني)/.test(w)) return plain('GBP', /^استرليني/.test(next) ? 2 : 1);
  if (/^يورو$/.test(w)) return plain('EUR');
  if (/^(?:دولار|دولارا|دولارات)$/.test(w)) {
    const hit = DOLLAR_BY_ADJECTIVE.find(([re]) => re.test(next));
    return hit ? { unit: hit[1], words: 2, plainDollar: false } : { unit: PLAIN_DOLLAR, words: 1, plainDollar: true };
  }
  // "بيزو" begins with the letter that is also the preposition ب: the word itself may be the currency.
  const family = FAMILIES.find((f) => f.word.test(w) || f.word.test(word.replace(/^و/, '')));
  if (family) {
    const hit = family.adjectives.find(([re]) => re.test(next.replace(/^ال/, '')));
    return hit ? plain(hit[1], 2) : plain(family.family);
  }
  if (/^ين$/.test(w)) return plain('JPY');
  if (/^يوان$/.test(w)) return plain('CNY');
  if (/^(?:روبيه|روبيات)$/.test(w)) return plain('INR');
  if (/^ليف$/.test(w)) return plain('BGN');
  if (/^ليو$/.test(w) && /^روماني/.test(next)) return plain('RON', 2);
  if (/^وون$/.test(w)) return plain('KRW');
  if (/^(?:زلوتي|زلوتيات|زلوتيا)$/.test(w)) return plain('PLN');
  if (/^(?:فرنك|فرنكات|فرنكا)$/.test(w) && /^سويسر/.test(next)) return plain('CHF', 2);
  if (/^(?:ليره|ليرات)$/.test(w)) return /^ترك/.test(next) ? plain('TRY', 2) : plain(UNRESOLVED_LIRA);
  if (/^فورنت$/.test(w)) return plain('HUF');
  return null;
}

const PERCENT_WORDS = /^(?:بالمايه|بالميه|المايه|الميه|بالمئه|المئه)$/;

function parseNumber(word: string): number | null {
  if (/^\d+$/.test(word)) return Number(word);
  // "1,000" groups thousands; "2,5" is a decimal comma; "5ر3" is an agency's decimal written as it displays, the
  // fraction first: three and a half (as "5. 3%" is, below).
  if (/^\d{1,3}(?:,\d{3})+$/.test(word)) return Number(word.replace(/,/g, ''));
  const agency = /^(\d+)ر(\d+)$/.exec(word);
  if (agency) return Number(`${agency[2]}.${agency[1]}`);
  if (/^\d+[.,]\d+$/.test(word)) return Number(word.replace(',', '.'));
  return NUMBER_WORDS.get(word.replace(/^(?:و|ب|وب)(?=\S{3})/, '')) ?? null;
}

const isYear = (word: string): boolean => /^(?:19|20)\d\d$/.test(word);

const FRACTIONS: ReadonlyMap<string, number> = new Map([
  ['ونصف', 0.5],
  ['وربع', 0.25],
]);

/**
 * The rest of an amount after its scale, joined with و: "أربعة مليارات و800 مليون" (a smaller scale),
 * "مليار ونصف المليار"، "ثلاثة مليارات ونصف" (a fraction of the same scale). Returns what it adds and where it ends.
 */
function smallerPart(
  tokens: readonly string[],
  words: readonly string[],
  j: number,
  scale: number,
): { value: number; end: number } | null {
  const token = tokens[j] ?? '';
  if (!token.startsWith('و')) return null;
  const fraction = FRACTIONS.get(token);
  if (fraction !== undefined) {
    // "ونصف المليار": the scale may be named again, with the article.
    const again = SCALES.get((words[j + 1] ?? '').replace(/^ال/, '')) === scale;
    return { value: fraction * scale, end: j + (again ? 2 : 1) };
  }
  const count = /^\d/.test(words[j]!) ? parseNumber(words[j]!) : parseNumber(token.slice(1));
  const smaller = SCALES.get(words[j + 1] ?? '');
  if (count === null || smaller === undefined || smaller >= scale || count * smaller >= scale) return null;
  return { value: Number(`${count}e${Math.round(Math.log10(smaller))}`), end: j + 2 };
}

const APPROXIMATELY = /^(?:نحو|حوالي|قرابه|زهاء|اي|ما)$/;

/**
 * Every amount of a sentence with a unit. `gapBefore(i)` gives the text between word i-1 and word i, to see
 * parentheses and the reversed decimals "5. 3%" (three and a half, written as agencies render "5ر3").
 */
export function readAmounts(tokens: readonly string[], gapBefore: (i: number) => string): Amount[] {
  // "3.4% و3.7% و4%"، "مقارنة بـ2.4%": a number may carry a conjunction or a preposition.
  const words = tokens.map((w) => w.replace(/^[وبل]+(?=\d)/, ''));
  const out: Amount[] = [];
  // "(7 مليارات دولار)"، "(نحو 7 مليارات دولار)": a bracket before the number or before a word of approximation.
  const parenthesised = (i: number) =>
    /\(\s*$/.test(gapBefore(i)) || (i > 0 && APPROXIMATELY.test(words[i - 1]!) && /\(\s*$/.test(gapBefore(i - 1)));
  for (let i = 0; i < words.length; i++) {
    const reversed = /^\d$/.test(words[i]!) && /^\.\s+$/.test(gapBefore(i + 1)) && /^\d%?$/.test(words[i + 1] ?? '');
    if (reversed) {
      const pct = words[i + 1]!.endsWith('%');
      const value = Number(`${words[i + 1]!.replace('%', '')}.${words[i]}`);
      let j = i + 2;
      const unitIsPct = pct || PERCENT_WORDS.test(words[j] ?? '') || words[j] === '%';
      if (!pct && unitIsPct) j++;
      if (unitIsPct) {
        out.push({ value, unit: 'pct', span: { from: i, to: j }, plainDollar: false, parenthesised: parenthesised(i) });
        i = j - 1;
        continue;
      }
    }
    // "2.5%"، "5ر2%" (the agency's decimal, glued to the sign).
    const glued = /^(\d+(?:[.,ر]\d+)?)%$/.exec(words[i]!);
    if (glued) {
      out.push({
        value: parseNumber(glued[1]!) ?? Number(glued[1]!.replace(',', '.')),
        unit: 'pct',
        span: { from: i, to: i + 1 },
        plainDollar: false,
        parenthesised: parenthesised(i),
      });
      continue;
    }
    let value = parseNumber(words[i]!);
    let j = i + 1;
    const dual = DUAL_SCALES.get(words[i]!.replace(/^ب/, ''));
    if (value === null && dual) value = dual;
    // "مليار يورو" without a number is one billion.
    else if (
      value === null &&
      SCALES.has(words[i]!.replace(/^ب/, '')) &&
      i > 0 &&
      parseNumber(words[i - 1]!) === null
    ) {
      value = 1;
      j = i;
    }
    if (value === null || isYear(words[i]!)) continue;
    // "مائة وخمسين مليون": a number in words goes on with و and the next.
    while (!/\d/.test(words[j - 1] ?? '') && /^و/.test(words[j] ?? '') && !/\d/.test(words[j]!)) {
      const more = parseNumber(words[j]!.slice(1));
      if (more === null || more >= value) break;
      value += more;
      j++;
    }
    const scale = SCALES.get(words[j] ?? '');
    if (scale) {
      // Scaled in decimal notation, so 66.29 trillion is 66290000000000 and not 66290000000000.01.
      value = Number(`${value}e${Math.round(Math.log10(scale))}`);
      j++;
      const part = smallerPart(tokens, words, j, scale);
      if (part) {
        value += part.value;
        j = part.end;
      }
    }
    let unit: AmountUnit | null = null;
    let plainDollar = false;
    if (words[j] === '%' || PERCENT_WORDS.test(words[j] ?? '')) {
      unit = 'pct';
      j++;
    } else if (words[j] === 'في' && PERCENT_WORDS.test(words[j + 1] ?? '')) {
      unit = 'pct';
      j += 2;
    } else if (/^نقطه$/.test(words[j] ?? '') && /^مي?ويه$/.test(words[j + 1] ?? '')) {
      unit = 'pct';
      j += 2;
    } else {
      const currency = readCurrency(words[j] ?? '', words[j + 1] ?? '');
      if (currency) {
        unit = currency.unit;
        plainDollar = currency.plainDollar;
        j += currency.words;
      }
    }
    if (!unit) continue;
    out.push({ value, unit, span: { from: i, to: j }, plainDollar, parenthesised: parenthesised(i) });
    i = j - 1;
  }
  return out;
}

export { isYear };
