import { clauseWords } from '../clauses/vocabulary';
import type { ReasonCode, Stance } from '@/lib/schema/stance';
import type { ArticleText, SentenceView } from '../text/article-text';
import type { Clause, Zone, ZoneKind } from '../clauses/types';
import type { StanceSignal } from '../stance/classify';
import { reasonIn, type Reason } from './reason-in';
import { respectiveReasons } from './respective';

export type { Reason } from './reason-in';

/** A stance signal with its sentence and, once qualified, its reason or condition. */
export interface QualifiedSignal extends StanceSignal {
  sentence: number;
  reason?: Reason;
  /** The refusing government's own words right after, in no category: its reason if nothing more specific is found. */
  explanation?: Reason;
}

/** One sentence as the qualify stage reads it. */
export interface SentenceReading {
  view: SentenceView;
  clauses: readonly Clause[];
  signals: StanceSignal[];
}

/**
 * What a condition does to an offer or a pledge. Readiness whose condition is one of the force's own premises
 * (after a ceasefire or a peace deal, with a US backstop) or "if needed" is still an offer; a requirement the
 * country sets ("شريطة"، "مرهون"، "ستعتمد على") or an exception to a refusal ("لن … دون") makes it conditional.
 */
const PREMISES: ReadonlySet<ReasonCode> = new Set(['ceasefire_required', 'us_backstop_required']);
const MAKES_CONDITIONAL: Record<ZoneKind, (code: ReasonCode | null) => boolean> = {
  ifNeeded: () => false,
  if: (code) => code !== null && !PREMISES.has(code),
  // "مستعدة لإرسال جنود شريطة أن تحظى القوة بضمانة أمريكية": a premise of the force itself is still an offer.
  requirement: (code) => code === null || !PREMISES.has(code),
  // "دون" after an offer is "without" ("سترسل قوات دون تأخير"); only after a refusal is it "not unless" (a rule of its own).
  exception: () => false,
  reason: () => false,
  past: () => false,
};
const OFFERS: ReadonlySet<Stance> = new Set(['troops_offered', 'troops_committed']);
/** The zones that state a refusal's reason or a condition: "even after a ceasefire" gives a refusal no reason. */
const REASON_ZONES: Record<'declined' | 'conditional', ReadonlySet<ZoneKind>> = {
  declined: new Set(['reason', 'exception', 'requirement']),
  conditional: new Set(['if', 'requirement', 'exception', 'reason']),
};
const isQualified = (stance: Stance): stance is 'declined' | 'conditional' =>
  stance === 'declined' || stance === 'conditional';
/** Categories that state a reason wherever they appear near a refusal ("الحياد يمنعها…", "أولويتنا…"). */
const SELF_EVIDENT: ReadonlySet<ReasonCode> = new Set([
  'neutrality',
  'capacity_limits',
  'home_defence',
  'strategic_priorities',
  'neighbour_threat',
]);
/** How many sentences after a position a reason or condition about the same country may still come. */
export const REASON_REACH = 6;

/** The zones of a clause with the reason each names, in text order. */
function zoneReasons(
  article: ArticleText,
  view: SentenceView,
  zones: readonly Zone[],
  holder: string,
): { zone: Zone; reason: Reason | null }[] {
  return zones.map((zone) => ({ zone, reason: reasonIn(article, view, zone, holder) }));
}

/**
 * "مستشهدين بالتهديدات التي يواجهانها من بيلاروسيا وتركيا": a reason that ends its clause goes on through the relative
 * clause right after it, which says what the reason is.
 */
function withRelativeTail(view: SentenceView, clause: Clause, next: Clause | undefined): readonly Zone[] {
  if (!next || next.span.from !== clause.span.to || !clauseWords.has(view.words[next.span.from] ?? '', 'relative'))
    return clause.zones;
  return clause.zones.map((z) => (z.kind === 'reason' && z.to >= clause.span.to ? { ...z, to: next.span.to } : z));
}

/** A clause's own words as a reason that fits no category ("other"). */
function ownWords(article: ArticleText, view: SentenceView, clause: Clause): Reason | undefined {
  const text = article.slice(view, clause.span).text.replace(/^[\s،,:"«“]+|[\s،,.:"»”]+$/g, '');
  return text ? { code: 'other', text } : undefined;
}

/** Another country is the holder of this clause. */
const othersClause = (clause: Clause, iso3: string): boolean =>
  (clause.holder?.countries ?? []).some((c) => c !== iso3);

/**
 * Qualifies a sentence's signals: conditions turn offers conditional; refusals and conditions take their reason
 * from their own zones, then from the later clauses of the same sentence about the same country, then from a
 * self-evident reason said just before ("جيشنا صغير، لذلك لن نرسل قوات").
 */
export function qualifySentence(article: ArticleText, reading: SentenceReading, sentence: number): QualifiedSignal[] {
  const { view, clauses } = reading;
  return reading.signals.map((signal) => {
    const clause = clauses[signal.clause]!;
    const clauseZones = withRelativeTail(view, clause, clauses[signal.clause + 1]);
    const zones = zoneReasons(article, view, clauseZones, signal.iso3);
    let stance = signal.stance;
    // "رفضت فنلندا والنمسا …، مستشهدتين بالحدود … وبالحياد … على التوالي": each country its own reason.
    const together = clause.holder && clause.holder.countries.length > 1 ? clause.holder.countries : null;
    const zone =
      clauseZones.find((z) => z.kind === 'reason') ??
      clauses
        .slice(signal.clause + 1)
        .flatMap((c) => c.zones)
        .find((z) => z.kind === 'reason');
    let reason: Reason | undefined =
      together && zone && isQualified(stance)
        ? respectiveReasons(article, view, { from: zone.from + 1, to: zone.to }, together)?.get(signal.iso3)
        : undefined;
    if (OFFERS.has(stance)) {
      const condition = zones.find(({ zone, reason: r }) => MAKES_CONDITIONAL[zone.kind](r?.code ?? null));
      if (condition) {
        stance = 'conditional';
        reason = condition.reason ?? undefined;
      }
    }
    let explained: Reason | undefined;
    if (isQualified(stance) && !reason) {
      const stated = zones.filter((z) => z.reason && REASON_ZONES[stance].has(z.zone.kind));
      // "منفتحة على المشاركة … بعد انتهاء الحرب، شريطة أن تحظى البعثة بتفويض من مجلس الأمن": the force's premise is
      // when; what the country requires is its condition.
      const premise = (z: (typeof stated)[number]) => z.zone.kind === 'if' && PREMISES.has(z.reason!.code);
      reason = (stated.find((z) => !premise(z)) ?? stated[0])?.reason ?? undefined;
      // "منفتحون على المشاركة في أي مهمة تتمتع بتفويض أممي": a condition stated as what the mission must be.
      if (!reason && stance === 'conditional')
        reason = reasonIn(article, view, { from: signal.cue + 1, to: clause.span.to }, signal.iso3) ?? undefined;
      // "…، مشيرة إلى القيود التي يفرضها الدستور": what the speaker points to right after is the reason given.
      let pointsTo = false;
      for (let k = signal.clause + 1; !reason && k < clauses.length && !othersClause(clauses[k]!, signal.iso3); k++) {
        const later = clauses[k]!;
        // A new report ("وذلك بعد أن وقعت طوكيو بيانا اعتبر أن …"), or someone else's, speaks of something else.
        const first = view.words[later.span.from] ?? '';
        const adjunct = clauseWords.has(first, 'speechAdjunct');
        const background = /^(?:و)?ذلك$/.test(first);
        if (later.role === 'speaker' && !adjunct && (background || later.holder?.countries.join() !== signal.iso3))
          break;
        // "رفض … إرسال أي جنود. وقال سيارتو إن نشر قوات سيقود إلى تصعيد": the same government's next words explain it.
        pointsTo =
          adjunct ||
          (pointsTo && clauseWords.has(first, 'relative')) ||
          (later.role === 'content' && k <= signal.clause + 2 && later.speaker?.countries.join() === signal.iso3);
        const stated = later.zones.find(
          (z) => z.kind === 'reason' || z.kind === 'requirement' || z.kind === 'exception',
        );
        // "موضحا أن حدود بلاده … مع روسيا تتطلب كل قواتنا": when the zone names nothing, what it qualifies may.
        const found =
          (stated ? reasonIn(article, view, stated, signal.iso3) : null) ??
          (!stated || pointsTo ? reasonIn(article, view, later.span, signal.iso3) : null);
        // "لن ترسل قوات، لكنها مستعدة … بعد وقف إطلاق النار": a later offer's timing is no reason for the refusal.
        if (found && (stance === 'conditional' || stated || pointsTo || SELF_EVIDENT.has(found.code))) reason = found;
        // "…، معتبرة أن هذا الخيار معقد وأقل فعالية": the refusing government's own explanation, in no category.
        else if (!found && !explained && stance === 'declined' && pointsTo && later.role === 'content')
          explained = ownWords(article, view, later);
      }
      if (!reason && stance === 'declined') {
        const own = reasonIn(article, view, clause.span, signal.iso3);
        if (own && SELF_EVIDENT.has(own.code)) reason = own;
      }
      for (let k = signal.clause - 1; !reason && k >= 0 && !othersClause(clauses[k]!, signal.iso3); k--) {
        const earlier = reasonIn(article, view, clauses[k]!.span, signal.iso3);
        if (earlier && SELF_EVIDENT.has(earlier.code) && earlier.code !== 'neighbour_threat') reason = earlier;
      }
    }
    return { ...signal, stance, sentence, ...(reason ? { reason } : explained ? { explanation: explained } : {}) };
  });
}

/**
 * The second pass, over the whole article: a condition or reason said in a clause that states no stance of its
 * own ("وأكد المصدر أنه إذا قررت تركيا نشر قوات، فيجب أولا إعلان وقف إطلاق النار"; "موضحا أن ذلك يتعلق بحجم
 * المشاركة الأمريكية") completes the nearest earlier position of the same country within `REASON_REACH`
 * sentences: a refusal or condition without a reason takes it; an offer becomes conditional on a requirement.
 */
export function carryConditions(
  article: ArticleText,
  readings: readonly SentenceReading[],
  signals: QualifiedSignal[],
): QualifiedSignal[] {
  const out = [...signals];
  readings.forEach(({ view, clauses, signals: own }, sentence) => {
    clauses.forEach((clause, index) => {
      if (!clause.holder || own.some((s) => s.clause === index) || clause.role === 'unreported') return;
      const requirement = clause.zones.find((z) => z.kind === 'requirement' || z.kind === 'exception');
      // Only what an earlier position still lacks is looked for: a condition for an offer, a reason for a refusal.
      const lacks = (target: QualifiedSignal) =>
        OFFERS.has(target.stance)
          ? requirement !== undefined
          : isQualified(target.stance) && (!target.reason || target.reason.code === 'other');
      for (const iso3 of clause.holder.countries) {
        const near = (s: QualifiedSignal) =>
          s.iso3 === iso3 &&
          s.sentence <= sentence &&
          sentence - s.sentence <= REASON_REACH &&
          (s.sentence < sentence || s.clause < index);
        // The nearest position that lacks it, passing over others of the same sentence only: "لن ترسل جنودا …، التي
        // كانت قد أبدت استعدادها للنظر … بعد وقف إطلاق النار. وقال إن الجيش يعاني نقصا …" explains the refusal.
        const at = lastIndex(out, (s) => near(s) && lacks(s));
        if (at < 0 || out[lastIndex(out, near)]!.sentence !== out[at]!.sentence) continue;
        const target = out[at]!;
        const stated = clause.zones.find((z) => z.kind === 'reason');
        const inZone =
          (requirement ? reasonIn(article, view, requirement, iso3) : null) ??
          (stated ? reasonIn(article, view, stated, iso3) : null);
        // Outside a condition or reason zone, only a reason that explains itself counts ("أولويتنا الدفاع عن حدودنا").
        const loose = inZone ? null : reasonIn(article, view, clause.span, iso3);
        const reason = inZone ?? (loose && SELF_EVIDENT.has(loose.code) ? loose : null);
        if (!reason) continue;
        // "على أن يبدأ الانتشار بعد وقف إطلاق النار": a premise of the force keeps an offer an offer, here as in the sentence.
        if (OFFERS.has(target.stance) && requirement) {
          if (MAKES_CONDITIONAL[requirement.kind](reason.code)) out[at] = { ...target, stance: 'conditional', reason };
        } else if (isQualified(target.stance) && (!target.reason || target.reason.code === 'other'))
          out[at] = { ...target, reason };
      }
    });
  });
  // Reasons said before the refusal: "… لأن إدارة ترامب تحول انتباهها إلى حدودها" and then "لن يتم نشر قوات أمريكية".
  return out.map((signal) => {
    if (signal.reason || !isQualified(signal.stance)) return withoutExplanation(signal);
    for (let k = signal.sentence - 1; k >= Math.max(0, signal.sentence - REASON_BEFORE); k--) {
      const { view, clauses } = readings[k]!;
      for (const clause of clauses) {
        if (!clause.holder?.countries.includes(signal.iso3)) continue;
        const stated = clause.zones.find((z) => z.kind === 'reason');
        const found = reasonIn(article, view, stated ?? clause.span, signal.iso3);
        if (found && (stated || SELF_EVIDENT.has(found.code))) return withoutExplanation({ ...signal, reason: found });
      }
    }
    return withoutExplanation(signal.explanation ? { ...signal, reason: signal.explanation } : signal);
  });
}

function withoutExplanation(signal: QualifiedSignal): QualifiedSignal {
  if (!signal.explanation) return signal;
  const copy = { ...signal };
  delete copy.explanation;
  return copy;
}

/** How many sentences before a refusal its reason may have been said. */
const REASON_BEFORE = 2;

function lastIndex<T>(list: readonly T[], test: (x: T) => boolean): number {
  for (let i = list.length - 1; i >= 0; i--) if (test(list[i]!)) return i;
  return -1;
}
