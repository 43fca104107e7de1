import type { Position, Spending } from '@/lib/schema/positions';
import type { ReasonCode, Stance } from '@/lib/schema/stance';

export interface GoldPosition {
  iso3: string;
  stance: Stance;
  reasons?: ReasonCode[] | null;
}
type Figure = { iso3: string; kind: Spending['kind']; value: number; unit: string; year?: number | null };

export interface GoldArticle {
  positions: GoldPosition[];
  none: string[];
  uncertain: { iso3: string }[];
  spending: Figure[];
}
export interface Predicted {
  iso3: string;
  position: Position;
}

export interface Score {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  precision: number;
  recall: number;
  f1: number;
  /** Positions given to countries the gold says hold none. */
  forbidden: string[];
  errors: string[];
}

/**
 * A prediction is right when the country, stance and (where the gold names accepted codes) the reason code all
 * match. Countries marked uncertain are left out of the count either way.
 */
export function scoreArticle(article: string, gold: GoldArticle, predicted: Predicted[]): Score {
  const uncertain = new Set(gold.uncertain.map((u) => u.iso3));
  const scored = predicted.filter((p) => !uncertain.has(p.iso3));
  const errors: string[] = [];
  let tp = 0;
  for (const g of gold.positions) {
    const p = scored.find((x) => x.iso3 === g.iso3);
    const reasonOk = !g.reasons || (p?.position.reason !== undefined && g.reasons.includes(p.position.reason.code));
    if (p && p.position.stance === g.stance && reasonOk) tp++;
    else
      errors.push(
        `${article} ${g.iso3}: expected ${g.stance}${g.reasons ? ` (${g.reasons.join('|')})` : ''}, got ${p ? `${p.position.stance}${p.position.reason ? ` (${p.position.reason.code})` : ''}` : 'nothing'}`,
      );
  }
  const extra = scored.filter((p) => !gold.positions.some((g) => g.iso3 === p.iso3));
  for (const p of extra) errors.push(`${article} ${p.iso3}: unexpected ${p.position.stance}`);
  const fp = scored.length - tp;
  const fn = gold.positions.length - tp;
  return summarise(
    tp,
    fp,
    fn,
    extra.filter((p) => gold.none.includes(p.iso3)).map((p) => `${article} ${p.iso3}`),
    errors,
  );
}

export function summarise(tp: number, fp: number, fn: number, forbidden: string[] = [], errors: string[] = []): Score {
  const precision = tp + fp ? tp / (tp + fp) : 1;
  const recall = tp + fn ? tp / (tp + fn) : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { truePositives: tp, falsePositives: fp, falseNegatives: fn, precision, recall, f1, forbidden, errors };
}

export function combine(scores: Score[]): Score {
  const sum = (k: 'truePositives' | 'falsePositives' | 'falseNegatives') => scores.reduce((n, s) => n + s[k], 0);
  return summarise(
    sum('truePositives'),
    sum('falsePositives'),
    sum('falseNegatives'),
    scores.flatMap((s) => s.forbidden),
    scores.flatMap((s) => s.errors),
  );
}

const figureKey = (f: Figure) => `${f.iso3} ${f.kind} ${f.value} ${f.unit} ${f.year ?? '-'}`;

/** Figures match on country, kind, value, unit and year (a missing year equals null). */
export function scoreSpending(article: string, gold: Figure[], predicted: Figure[]): Score {
  const remaining = gold.map(figureKey);
  const errors: string[] = [];
  let tp = 0;
  for (const p of predicted) {
    const at = remaining.indexOf(figureKey(p));
    if (at >= 0) {
      tp++;
      remaining.splice(at, 1);
    } else errors.push(`${article} unexpected figure ${figureKey(p)}`);
  }
  for (const g of remaining) errors.push(`${article} missed figure ${g}`);
  return summarise(tp, predicted.length - tp, gold.length - tp, [], errors);
}

/** One article's extraction, as scored: its positions and its figures. */
export interface Extracted {
  id: string;
  positions: Predicted[];
  spending: { iso3: string; spending: Spending }[];
}

/** Positions and figures of a whole corpus scored against its annotation. */
export function scoreCorpus(
  gold: Record<string, GoldArticle>,
  extracted: Extracted[],
): { positions: Score; spending: Score } {
  const figures = (e: Extracted): Figure[] =>
    e.spending.map((s) => ({
      iso3: s.iso3,
      kind: s.spending.kind,
      value: s.spending.value,
      unit: s.spending.unit,
      year: s.spending.year,
    }));
  return {
    positions: combine(extracted.map((e) => scoreArticle(e.id, gold[e.id]!, e.positions))),
    spending: combine(extracted.map((e) => scoreSpending(e.id, gold[e.id]!.spending, figures(e)))),
  };
}
