import type { Position } from '@/lib/schema/positions';
import type { Stance } from '@/lib/schema/stance';
import type { QualifiedSignal } from '../qualify/qualify';

/** A signal with the date its sentence reports it for. */
export interface DatedSignal extends QualifiedSignal {
  date: string;
  /** The live blog's time stamp ("14:45") of the entry the signal is in, when the article has them. */
  time?: string;
}

export interface CountryPosition {
  iso3: string;
  position: Position;
}

/** How much less sure a position is when the article's statements about the country disagree. */
const CONFLICT_FACTOR = 0.6;
/** How much less sure a position is when only a newspaper or an agency reports it. */
const REPORTED_FACTOR = 0.8;
const OFFERS: ReadonlySet<Stance> = new Set(['troops_offered', 'troops_committed']);
/** Rules that read a decision not yet taken, with no condition of its own. */
const UNDECIDED: ReadonlySet<string> = new Set(['not-decided-yet', 'decide-later', 'too-early']);

/**
 * The stance an article gives a country from all it says of it now, by the annotation guide: the most specific
 * reading wins, not the strongest. Returns the stance, the signals that state it, and whether the statements
 * conflict (an offer of troops and a refusal of them).
 */
export function combineStances(signals: readonly DatedSignal[]): {
  stance: Stance;
  deciding: DatedSignal[];
  conflict: boolean;
} {
  const by = (stance: Stance) => signals.filter((s) => s.stance === stance);
  const offers = signals.filter((s) => OFFERS.has(s.stance));
  const declined = by('declined');
  const support = by('support_no_troops');
  const conditional = by('conditional');
  // "سترسل مدربين إلى بريطانيا …، ولم تتخذ قرارا بشأن نشر جنود": support given now, troops not yet decided, is
  // support without troops; a condition stated for troops keeps it conditional.
  if (support.length && conditional.length && conditional.every((s) => UNDECIDED.has(s.rule)))
    return { stance: 'support_no_troops', deciding: support, conflict: false };
  // A headline offer and a condition in the body, or "we will not" and then "we will decide in time": conditional.
  if (conditional.length) return { stance: 'conditional', deciding: conditional, conflict: false };
  // A refusal of troops with support for the force is what support without troops means.
  if (declined.length && support.length) return { stance: 'support_no_troops', deciding: support, conflict: false };
  // "لن ترسل قوات برية، لكن كاسحات ألغامنا وطائراتنا جاهزة": no ground troops, but forces at sea and in the air.
  if (declined.length && offers.length && declined.every((s) => s.groundOnly) && offers.some((s) => s.troops)) {
    return {
      stance: offers.some((s) => s.stance === 'troops_committed') ? 'troops_committed' : 'troops_offered',
      deciding: offers,
      conflict: false,
    };
  }
  if (declined.length && offers.length) {
    // "لن ترسل قوات … أبدت استعدادها للانضمام إلى عمليات حفظ السلام": an offer that names no troops, after a refusal of them, is support.
    if (offers.every((s) => !s.troops)) return { stance: 'support_no_troops', deciding: offers, conflict: false };
    const last = [...declined, ...offers].sort((a, b) => b.sentence - a.sentence || b.clause - a.clause)[0]!;
    return { stance: last.stance, deciding: [last], conflict: true };
  }
  const committed = by('troops_committed');
  if (committed.length) return { stance: 'troops_committed', deciding: committed, conflict: false };
  if (offers.length) return { stance: 'troops_offered', deciding: offers, conflict: false };
  if (declined.length) return { stance: 'declined', deciding: declined, conflict: false };
  if (support.length) return { stance: 'support_no_troops', deciding: support, conflict: false };
  return { stance: 'participating', deciding: by('participating'), conflict: false };
}

/** The first reason in a category among the signals, in order of preference; a reason in none ("other") only if no other. */
function reasonOf(signals: readonly DatedSignal[]): DatedSignal['reason'] {
  return signals.find((s) => s.reason && s.reason.code !== 'other')?.reason ?? signals.find((s) => s.reason)?.reason;
}

/**
 * A live blog's entries, newest first or last: of what a country states (more than taking part), the latest entry
 * by its time stamp stands; taking part, said in any entry, still counts with it.
 */
function latestEntry(signals: readonly DatedSignal[]): readonly DatedSignal[] {
  const stated = signals.filter((s) => s.stance !== 'participating' && s.time !== undefined);
  if (!stated.length) return signals;
  const time = stated.reduce((t, s) => (s.time! > t ? s.time! : t), '');
  return signals.filter((s) => s.stance === 'participating' || s.time === undefined || s.time === time);
}

/**
 * One position per country and article. A newspaper's report of a country's plans counts only when the article
 * has nothing from the country itself; a position the article dates earlier than another ("الشهر الماضي") is
 * history, and the latest one is kept.
 */
export function aggregatePositions(
  article: string,
  signals: readonly DatedSignal[],
  evidenceOf: (sentence: number) => Position['evidence'],
): CountryPosition[] {
  const byCountry = new Map<string, DatedSignal[]>();
  for (const s of signals) byCountry.set(s.iso3, [...(byCountry.get(s.iso3) ?? []), s]);
  const out: CountryPosition[] = [];
  for (const [iso3, all] of byCountry) {
    const direct = all.filter((s) => !s.reported);
    const reportedOnly = direct.length === 0;
    const heard = reportedOnly ? all : direct;
    const latest = heard.reduce((d, s) => (s.date > d ? s.date : d), '');
    const now = latestEntry(heard.filter((s) => s.date === latest));
    const { stance, deciding, conflict } = combineStances(now);
    const best = [...deciding].sort((a, b) => b.confidence - a.confidence)[0]!;
    const qualified = stance === 'declined' || stance === 'conditional';
    const reason = qualified
      ? reasonOf([best, ...deciding, ...now.filter((s) => s.stance === 'declined' || s.stance === 'conditional')])
      : undefined;
    const confidence =
      Math.round(best.confidence * (conflict ? CONFLICT_FACTOR : 1) * (reportedOnly ? REPORTED_FACTOR : 1) * 100) / 100;
    const position: Position = { article, date: latest, stance, evidence: evidenceOf(best.sentence), confidence };
    if (reason) position.reason = reason;
    if (conflict) position.conflict = true;
    out.push({ iso3, position });
  }
  return out.sort((a, b) => a.iso3.localeCompare(b.iso3));
}
