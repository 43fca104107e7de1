import type { ArticleMeta } from '@/lib/schema/articles';
import type { Spending, SpendingKind, SpendingUnit } from '@/lib/schema/positions';
import { gapBefore, type SentenceView } from '../text/article-text';
import type { Mention } from '../recognize/countries';
import type { Clause } from '../clauses/types';
import type { CountrySpending } from '../pipeline';
import { readAmounts, UNRESOLVED_LIRA, type Amount, type AmountUnit, type CurrencyFamily } from './amounts';
import { figureKind, WINDOW, type AmountContext } from './kinds';
import { exclusionOf, isGrowthRate } from './exclusions';
import { budgetYear, explicitYear, relativeYear, yearIn } from './years';
import { continuesDefenceSpending, mentionsDefenceSpending } from './topic';
import { ownerOf, type OwnerContext } from './owners';

/** The krone a country pays in; "كرونة" alone says no more. */
const isFamily = (unit: AmountUnit): unit is CurrencyFamily => Object.hasOwn(FAMILY_BY_OWNER, unit);

/** Which currency of a family a country pays in: a krone of Norway is NOK, a riyal of Brazil BRL. */
const FAMILY_BY_OWNER: Record<CurrencyFamily, Record<string, SpendingUnit>> = {
  KRONE: { NOR: 'NOK', DNK: 'DKK', SWE: 'SEK', ISL: 'ISK', CZE: 'CZK' },
  RIYAL: { SAU: 'SAR', QAT: 'QAR', OMN: 'OMR', BRA: 'BRL' },
  DINAR: { KWT: 'KWD', BHR: 'BHD', TUN: 'TND', DZA: 'DZD', IRQ: 'IQD', JOR: 'JOD', LBY: 'LYD', SRB: 'RSD' },
  PESO: { MEX: 'MXN', ARG: 'ARS', CHL: 'CLP', COL: 'COP' },
  DIRHAM: { ARE: 'AED', MAR: 'MAD' },
};
/** The dollar a country pays in, when the article writes only "دولار". */
const DOLLAR: Record<string, SpendingUnit> = { CAN: 'CAD', AUS: 'AUD', NZL: 'NZD' };
/** How many sentences after one about defence spending a bare "ببلوغ 2%" still continues it. */
const SPENDING_REACH = 2;
/** Two figures of one country, kind and unit this close are one figure said twice ("5.05 تريليونات" … "5 تريليونات"). */
const SAME_FIGURE = 0.02;
const GDP = /^(?:[وبل]|لل|ال|بال|وال)?(?:ناتج|ناتجها|ناتجه|ناتجنا|الناتج|الاقتصادي|الاجمالي)$/;
/** Words that turn a sentence to another matter: "…، فيما تنتظر قروضا". */
const TURN = /^(?:فيما|بينما|لكن|ولكن|حين|رغم|وسط)$/;
/** "بحلول العام نفسه": the year named just before. */
const SAME_YEAR = /(?:العام|السنه) (?:نفسه|ذاته|ذاتها|نفسها)|(?:ذلك|تلك) (?:العام|السنه)/;
const BUDGET_WORD = /^(?:[وفبل])?(?:ال)?(?:ميزانيه|موازنه)$/;
/** "… إلى 152.8 مليار في 2029، أي من 2.4 إلى 3.5 في المئة": the amount restates a goal of the sentence. */
function restatesGoal(words: readonly string[], at: number): boolean {
  return words.slice(Math.max(0, at - 6), at).some((w) => w === 'اي');
}

/** Words between two shares of a pair: "من 2.4 إلى 3.5". */
const PAIRING = /^(?:الي|و|او|ثم|في|الميه|المايه|بالميه)$/;
/** Words that say an amount again: "أو"، "أي"، "ما يعادل". */
const RESTATING = /^(?:او|اي|يعادل|ما|بما)$/;
/** Words that compare a figure with the one before: "بدلا من 2%"، "مقارنة بـ". */
const COMPARED = /^(?:بدلا|بدل|مقارنه|عن)$/;
const EQUIVALENT = /^(?:يعادل|يقارب|يعني|اي|او)$/;
/** Words after which the rest describes what an amount is compared with ("عن ميزانية هذا العام"). */
const COMPARISON = /^(?:عن|مقارنه|بالمقارنه)$/;
const CURRENCY_WORD = /^(?:[وب])?(?:ال)?(?:دولار|دولارا|دولارات|كرونه|كرونا|فرنك|ليره)$/;
/** How far after a figure its year may be said ("… على الدفاع والمجالات المرتبطة به خلال السنة المالية الحالية"). */
const YEAR_REACH = 16;
/** "على مدى عامي"، "خلال السنوات الخمس المقبلة"، "على مدى ثلاث سنوات": a period of several years. */
const SPREAD = /(?:^| )(?:علي مدي|علي|بين|خلال|طوال|عبر) (?:\S+ )?(?:ال)?(?:عامي|عامين|سنتين|سنوات|اعوام)(?: |$)/;
const SHARE_CUES =
  /^(?:[وف])?(?:س(?=[يتن]))?(?:الي|هدف|الهدف|عتبه|بلوغ|ببلوغ|لبلوغ|نسبه|بنسبه|النسبه|تنفق|ينفق|ننفق|يبلغ|تبلغ|بلغ|بلغت|خصصت|تخصص|يخصص|مقارنه|حاليا|تستهدف|يستهدف|نستهدف|تعتزم|يعتزم|تخطط|يخطط)$/;

/** Reads an article's defence-spending figures sentence by sentence, keeping what the sentences before tell. */
/** "كان"، "كنا عند"، "كانت تبلغ": the level a share stood at, after the one named with GDP. */
const WAS = /^(?:و)?(?:كان|كانت|كنا|كانوا|بلغ|بلغت)$/;
/** The spending itself: "الإنفاق"، "إنفاقها"، "نفقاتها". */
const SPENDING_NOUN = /^(?:[وف])?(?:ال)?(?:انفاق|نفقات)\S{0,3}$/;

/** What may stand between amounts of a list: the sign of a share and the conjunction. */
const LIST_JOIN = /^(?:%|٪|و|في|الميه|المئه)$/;

export class SpendingReader {
  private readonly found: CountrySpending[] = [];
  private readonly published: number;
  private reach = 0;
  private lastOwner: string | null = null;
  /** The last year of the present or past the article's spending sentences named ("في عام 2025"، "بيانات 2025"): levels without a year of their own are of it. */
  private contextYear: number | undefined;
  private ownerHistory: string[] = [];
  /** The year of the budget the article speaks of ("ميزانية عام 2026"), for figures of "the budget" later on. */
  private budgetYear: number | undefined;

  /** What was decided about each amount, when a trace was asked for (eval/trace.ts). */
  readonly notes: string[] | null;

  constructor(
    private readonly meta: ArticleMeta,
    trace = false,
  ) {
    this.notes = trace ? [] : null;
    this.published = Number(meta.published.slice(0, 4));
  }

  read(view: SentenceView, clauses: readonly Clause[], date: string): void {
    const sentence = view.words.join(' ');
    const names = mentionsDefenceSpending(sentence);
    const about = names || (this.reach > 0 && continuesDefenceSpending(sentence));
    this.reach = about ? SPENDING_REACH : this.reach - 1;
    for (const m of possibleOwners(view)) if (!this.ownerHistory.includes(m.iso3)) this.ownerHistory.push(m.iso3);
    if (about) this.readFigures(view, clauses, date);
    const budget = budgetYear(view.words, this.published);
    if (about && budget !== undefined) this.budgetYear = budget;
    const named = about ? explicitYear(view.words, (i) => gapBefore(view, i)) : undefined;
    if (named !== undefined && named <= this.published && named >= this.published - 1) this.contextYear = named;
  }

  figures(): CountrySpending[] {
    return this.found;
  }

  private readFigures(view: SentenceView, clauses: readonly Clause[], date: string): void {
    const gap = (i: number) => gapBefore(view, i);
    // "(30 مليار دولار)" right after money is the same money in another currency: not a figure of its own.
    const read = readAmounts(view.words, gap);
    const amounts = read.filter((a, k) => !isConversion(a, read[k - 1], view.words));
    for (const a of read) if (!amounts.includes(a)) this.notes?.push(`${a.value} ${a.unit}: a conversion`);
    const sentenceYear = relativeYear(view.words, this.published);
    const evidence = { text: view.sentence.text, start: view.sentence.start, end: view.sentence.end };
    const units: (AmountUnit | null)[] = [];
    let yearTakenAt = -1;
    let lastTargetYear: number | undefined;
    let lastLevelYear: number | undefined;
    let lastFigure: Spending | null = null;
    let lastAmount: Amount | null = null;
    let excludedAmount: Amount | null = null;
    // "هدف 5%": a share named as a spending goal makes the sentence's other bare shares shares of GDP too.
    const namedGoal = /(?:^| )(?:ال|ب|ل)?(?:هدف|عتبه) (?:ال)?\d/.test(view.words.join(' '));
    amounts.forEach((amount, k) => {
      const previous = amounts[k - 1];
      const next = amounts[k + 1];
      const from = Math.max(previous?.span.to ?? 0, amount.span.from - WINDOW);
      const to = Math.min(next?.span.from ?? view.words.length, amount.span.to + WINDOW);
      const clause = clauses.find((c) => amount.span.from >= c.span.from && amount.span.from < c.span.to);
      // "بزيادة 8.2%، أو 5.05 تريليونات وون": the same amount said again, so the words before the first are its words.
      const restated = previous && view.words.slice(previous.span.to, amount.span.from).every((w) => RESTATING.test(w));
      const between = previous ? view.words.slice(previous.span.to, amount.span.from) : [];
      // "200 مليار زلوتي للدفاع، أي ما يعادل 4.8%"، "2.02% … أي ما يقارب 56 مليار دولار": the same figure in other terms.
      const equivalent =
        previous !== undefined &&
        previous.unit !== amount.unit &&
        between.length <= 5 &&
        between.some((w) => EQUIVALENT.test(w)) &&
        !between.some((w) => /^(?:(?:19|20)\d\d|من|الي)$/.test(w));
      const start = restated ? Math.max(amounts[k - 2]?.span.to ?? 0, previous.span.from - WINDOW) : from;
      const context: AmountContext = {
        before: [...view.words.slice(start, restated ? previous.span.from : amount.span.from)],
        sentenceBefore: view.words.slice(Math.max(0, amount.span.from - 30), amount.span.from),
        money: amount.unit !== 'pct',
        by: /^(?:و)?ب/.test(view.words[amount.span.from] ?? ''),
        near: nearBefore(view, amount.span.from),
        after: view.words.slice(amount.span.to, to),
        afterNear: nearAfter(view, amount.span.to, to),
        countrySubject: clause?.holder?.source === 'subject' || clause?.holder?.source === 'anaphor',
        published: this.published,
      };
      // A year right after the previous figure is that figure's ("2.5% بحلول 2027، مع طموح إلى 3%").
      const since = Math.max(0, yearTakenAt + 1 - from);
      const ownAfter =
        yearIn(
          untilComparison(
            view.words.slice(
              amount.span.to,
              newClauseAfter(
                view,
                amount.span.to,
                Math.min(next?.span.from ?? view.words.length, amount.span.to + YEAR_REACH),
              ),
            ),
          ),
          this.published,
          (i) => gap(amount.span.to + i),
        ) ??
        (SAME_YEAR.test(context.after.slice(0, 4).join(' '))
          ? explicitYear(view.words.slice(0, amount.span.from).slice(-30))
          : undefined);
      const ownYear =
        ownAfter ??
        explicitYear(context.before.slice(since).slice(-6)) ??
        relativeYear(context.before.slice(since).slice(-6), this.published);
      const takenAt = context.after.slice(0, 10).findIndex((w) => /^(?:19|20)\d\d$/.test(w));
      yearTakenAt = ownAfter !== undefined && takenAt >= 0 ? amount.span.to + takenAt : yearTakenAt;
      context.year = ownYear;
      const unit = this.shareOrMoney(
        amount,
        previous,
        units[k - 1] ?? null,
        context,
        units.includes('pct_gdp') || namedGoal,
        next,
        next ? view.words.slice(next.span.to, next.span.to + 6) : [],
      );
      units.push(unit);
      const note = (why: string) => this.notes?.push(`${amount.value} ${amount.unit}: ${why}`);
      if (!unit) return note('a share of nothing named (no GDP), or a growth rate');
      // "زيادة إنفاقهم إلى 5% بدلا من 2%": what a left-out figure is compared with is left out with it.
      const comparedWithExcluded =
        excludedAmount !== null &&
        excludedAmount === previous &&
        between.length <= 8 &&
        between.slice(-2).some((w) => COMPARED.test(w));
      const excluded = exclusionOf(context) ?? (comparedWithExcluded ? 'compared-with-excluded' : null);
      if (excluded) {
        excludedAmount = amount;
        return note(`excluded (${excluded})`);
      }
      if (clause && (clause.role === 'unreported' || clause.group || clause.nonGovernment))
        return note('in a clause of a group, a wish or a non-government body');
      const ownerContext: OwnerContext = {
        view,
        clauses,
        amounts,
        index: k,
        lastOwner: this.lastOwner,
        history: this.ownerHistory,
        candidates: possibleOwners(view),
      };
      const owner = ownerOf(ownerContext);
      if (!owner) return note('no owner');
      const resolved = this.currency(unit, amount, owner.iso3);
      if (!resolved) return note(`no currency for ${owner.iso3}`);
      const ofBudget = context.sentenceBefore.some((w) => BUDGET_WORD.test(w))
        ? (budgetYear(view.words, this.published) ?? this.budgetYear)
        : undefined;
      // "200 مليار زلوتي، أي ما يعادل 4.8%": the same figure in other terms is of the same kind and year.
      // "3.4% و3.7% و4% على التوالي": amounts of one unit joined by و alone are said in one breath, one kind and year.
      const listed =
        previous !== undefined &&
        previous.unit === amount.unit &&
        between.length <= 2 &&
        between.every((w) => LIST_JOIN.test(w)) &&
        /^و/.test(view.words[amount.span.from] ?? between[between.length - 1] ?? '');
      const same = (equivalent || listed) && lastFigure && lastAmount === previous ? lastFigure : null;
      const { kind, rule } = same
        ? { kind: same.kind, rule: equivalent ? 'equivalent' : 'listed' }
        : figureKind({ ...context, year: ownYear ?? ofBudget });
      note(`${owner.iso3} (${owner.rule}) ${kind} (${rule}) year ${ownYear ?? ofBudget ?? '-'}`);
      const restating = restatesGoal(view.words, amount.span.from);
      // "رفع الإنفاق إلى 2.5% بحلول 2027 …، أي ما يعادل 13.4 مليار إضافية": the money added is the goal's, by its year.
      const goalYear =
        kind === 'increase' && context.before.slice(-4).some((w) => EQUIVALENT.test(w)) ? lastTargetYear : undefined;
      // "50 مليار كرونة … يُنفق على مدى عامي 2025 و2026"، "ملياري يورو إضافيين على مدى السنوات الخمس المقبلة":
      // money spread over several years is no one year's.
      const spread = amount.unit !== 'pct' && SPREAD.test(context.after.join(' '));
      const year = spread
        ? undefined
        : same
          ? same.year
          : this.yearOf(
              kind,
              rule,
              ownYear ?? ofBudget,
              restating ? (kind === 'target' ? lastTargetYear : lastLevelYear) : undefined,
              goalYear ?? sentenceYear,
            );
      if (kind === 'target' && year !== undefined) lastTargetYear = year;
      if (kind === 'level' && year !== undefined) lastLevelYear = year;
      const figure: Spending = {
        article: this.meta.id,
        date,
        kind,
        value: amount.value,
        unit: resolved,
        ...(year !== undefined ? { year } : {}),
        evidence,
      };
      this.lastOwner = owner.iso3;
      lastFigure = figure;
      lastAmount = amount;
      if (this.found.some((f) => f.iso3 === owner.iso3 && sameFigure(f.spending, figure))) return;
      this.found.push({ iso3: owner.iso3, spending: figure });
    });
  }

  /**
   * A share is of GDP when GDP is named after it, when it is listed or compared with a share of GDP, or when it
   * is a goal or a level of spending ("رفع الإنفاق إلى 3%"); a share after a word of growth is a growth rate.
   */
  private shareOrMoney(
    amount: Amount,
    previous: Amount | undefined,
    previousUnit: AmountUnit | null,
    context: AmountContext,
    sharesBefore: boolean,
    next: Amount | undefined,
    nextAfter: readonly string[],
  ): AmountUnit | null {
    if (amount.unit !== 'pct') return amount.unit;
    if (context.after.slice(0, 6).some((w) => GDP.test(w))) return 'pct_gdp';
    if (isGrowthRate(context)) return null;
    // "من 2.4 في المئة إلى 3.5 في المئة من الناتج": GDP named after the second share is the first's too.
    if (
      next?.unit === 'pct' &&
      nextAfter.slice(0, 6).some((w) => GDP.test(w)) &&
      context.after.every((w) => PAIRING.test(w))
    )
      return 'pct_gdp';
    // "تلتها ليتوانيا (4 بالمئة)": a share in brackets after a country, in a sentence of shares of GDP.
    if (amount.parenthesised && sharesBefore) return 'pct_gdp';
    if (previous && previousUnit === 'pct_gdp' && context.before.length <= 4) return 'pct_gdp';
    // "إلى 2.5% من الناتج بحلول 2027 من 2.3% هذا العام": compared with a share of GDP just named.
    if (sharesBefore && /^(?:من|مقارنه|عن|ب|مقابل)$/.test(context.before[context.before.length - 1] ?? ''))
      return 'pct_gdp';
    if (context.before.slice(-4).some((w) => SHARE_CUES.test(w))) return 'pct_gdp';
    // "سنصل إلى 2% من الناتج هذا العام، بعد أن كنا عند 1.28% العام الماضي": where the share stood before.
    if (sharesBefore && context.before.slice(-4).some((w) => WAS.test(w))) return 'pct_gdp';
    // "بمقدار 0.2 نقطة مئوية من الناتج … لتبلغ 2.3%": the share it reaches.
    if (sharesBefore && /^ل(?:تبلغ|يبلغ|تصل|يصل)$/.test(context.before[context.before.length - 1] ?? ''))
      return 'pct_gdp';
    // "سترتفع نسبة الإنفاق الدفاعي … من 2.3% إلى 2.5%": the share of defence spending is a share of GDP.
    if (/(?:^| )(?:ال|ب)?نسبه (?:ال)?(?:انفاق|نفقات)/.test(context.sentenceBefore.join(' '))) return 'pct_gdp';
    // "2% من الناتج …، بعد أن لم يتجاوز الإنفاق الدفاعي البلجيكي 1.3%": a share that spending itself stood at.
    if (sharesBefore && context.before.slice(-5).some((w) => SPENDING_NOUN.test(w))) return 'pct_gdp';
    return null;
  }

  /**
   * A figure's year when the words around it give none: an amount added takes the year the sentence names ("حزمة
   * جديدة … خلال العام الجاري"); a goal or level said again ("أي من 2.4 إلى 3.5") the year of the one it restates; a level
   * the year of the statistics the article quotes ("بيانات 2025"), but a level said to hold now ("حاليا") none.
   */
  private yearOf(
    kind: SpendingKind,
    rule: string,
    own: number | undefined,
    restated: number | undefined,
    sentenceYear: number | undefined,
  ): number | undefined {
    if (own !== undefined) return own;
    if (kind === 'increase') return sentenceYear;
    if (kind === 'target') return restated;
    return rule === 'level-now' ? undefined : (restated ?? this.contextYear);
  }

  private currency(unit: AmountUnit, amount: Amount, owner: string): SpendingUnit | null {
    if (isFamily(unit)) return FAMILY_BY_OWNER[unit][owner] ?? null;
    if (unit === UNRESOLVED_LIRA) return owner === 'TUR' ? 'TRY' : null;
    if (amount.plainDollar && DOLLAR[owner]) return DOLLAR[owner]!;
    return unit === 'pct' ? null : unit;
  }
}

/** The same figure said again, rounded ("5.05 تريليونات" … "5 تريليونات") or in the same words. */
function sameFigure(a: Spending, b: Spending): boolean {
  if (a.kind !== b.kind || a.unit !== b.unit) return false;
  if (a.value === b.value) return a.year === b.year;
  return (
    Math.abs(a.value - b.value) <= SAME_FIGURE * Math.max(Math.abs(a.value), Math.abs(b.value)) &&
    (a.year === undefined || b.year === undefined || a.year === b.year)
  );
}

/** Money in brackets right after money: "(30 مليار دولار)". */
/** "، أي نحو 58 مليار دولار"، "بما يعادل …": the same money said again in another currency. */
const RESTATED = /^(?:[وف])?(?:اي|يعادل|تعادل|يوازي|بما|ما)$/;

function isConversion(amount: Amount, previous: Amount | undefined, words: readonly string[]): boolean {
  if (
    previous !== undefined &&
    previous.unit !== 'pct' &&
    amount.unit !== 'pct' &&
    amount.unit !== previous.unit &&
    amount.span.from - previous.span.to <= 4 &&
    words.slice(previous.span.to, amount.span.from).some((w) => RESTATED.test(w))
  )
    return true;
  return (
    amount.parenthesised &&
    previous !== undefined &&
    previous.unit !== 'pct' &&
    amount.unit !== 'pct' &&
    // "25 مليار كرونة إضافية للدفاع في 2025 (نحو 3.8 مليار دولار)": a few words of the figure's own between.
    (amount.span.from - previous.span.to <= 1 ||
      (amount.unit !== previous.unit && amount.span.from - previous.span.to <= 5))
  );
}

/** Where a new clause joined with "و" after a comma starts ("…، وبأن مشروع موازنة 2026 …"), before `to`. */
function newClauseAfter(view: SentenceView, from: number, to: number): number {
  for (let j = from + 1; j < to; j++) if (/[،,]/.test(gapBefore(view, j)) && /^و/.test(view.words[j]!)) return j;
  return to;
}

/** The words up to a comparison, whose year belongs to what is compared with. */
function untilComparison(words: readonly string[]): readonly string[] {
  const at = words.findIndex((w) => COMPARISON.test(w));
  return at >= 0 ? words.slice(0, at) : words;
}

/** Countries that may own a figure: not the parties, not datelines, not the adjective of a currency ("دولار أمريكي"). */
export function possibleOwners(view: SentenceView): Mention[] {
  return view.mentions.filter(
    (m) => !m.conflictParty && !m.dateline && !CURRENCY_WORD.test(view.words[m.tokenStart - 1] ?? ''),
  );
}

/** Up to six words from token `at` (and before `to`), up to the nearest punctuation or turn of the sentence. */
function nearAfter(view: SentenceView, at: number, to: number): string[] {
  const out: string[] = [];
  for (let i = at; i < Math.min(to, at + 6); i++) {
    if (/[،,;؛:()]/.test(gapBefore(view, i)) || (i > at && TURN.test(view.words[i]!))) break;
    out.push(view.words[i]!);
  }
  return out;
}

/** Up to five words before token `at`, back to the nearest punctuation. */
function nearBefore(view: SentenceView, at: number): string[] {
  const out: string[] = [];
  for (let i = at - 1; i >= Math.max(0, at - 5); i--) {
    out.unshift(view.words[i]!);
    if (/[،,;؛:()]/.test(gapBefore(view, i))) break;
  }
  return out;
}
