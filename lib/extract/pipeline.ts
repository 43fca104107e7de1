import type { ArticleMeta } from '@/lib/schema/articles';
import type { Position, Spending } from '@/lib/schema/positions';
import type { Stance } from '@/lib/schema/stance';
import { normalizeArabic, toOriginalSpan, type NormalizedText } from './normalize';
import { segmentSentences, type Sentence } from './segment';
import { stems, tokenize, type Token } from './tokenize';
import { recognizeCountries, type Mention, type MentionKind } from './recognize';
import { analyseClauses, type Clause, type SentenceView, type Span } from './clauses';
import { classifyClause, mentionsCoalition } from './classify';
import { reasonCode } from './reasons';
import { mentionsDefenceSpending, readFigures } from './figures';
import { resolveDate } from './dates';
import { GROUP_NOUNS } from './lexicon/cues';

export interface CountryPosition { iso3: string; position: Position }
export interface CountrySpending { iso3: string; spending: Spending }
/** A recognised mention in the original text, for the article reader. */
export interface TextMention { iso3: string; kind: MentionKind; start: number; end: number }

export interface ArticleExtraction {
  article: string;
  sentences: number;
  positions: CountryPosition[];
  spending: CountrySpending[];
  mentions: TextMention[];
}

interface Candidate { iso3: string; stance: Stance; reason?: Position['reason']; confidence: number; sentence: Sentence; date: string }

/** Stronger statements win when one article gives a country several: a pledge over an offer over a refusal… */
const PRECEDENCE: Record<Stance, number> = {
  troops_committed: 6, troops_offered: 5, declined: 4, conditional: 3, support_no_troops: 2, participating: 1,
};

const RESPECTIVELY = /علي التوالي/;

class ArticleText {
  constructor(readonly original: string, readonly norm: NormalizedText, readonly tokens: Token[]) {}
  /** Original text covered by a token range of a sentence view. */
  slice(view: SentenceView, span: Span): { text: string; start: number; end: number } {
    const first = view.tokens[span.from];
    const last = view.tokens[Math.max(span.from, span.to - 1)];
    if (!first || !last) return { text: '', start: 0, end: 0 };
    const { start, end } = toOriginalSpan(this.norm, first.start, last.end);
    return { text: this.original.slice(start, end), start, end };
  }
}

function sentenceView(article: ArticleText, sentence: Sentence, mentions: Mention[]): SentenceView {
  const { origin } = article.norm;
  const first = article.tokens.findIndex((t) => origin[t.start]! >= sentence.start);
  let last = first;
  while (last >= 0 && last < article.tokens.length && origin[article.tokens[last]!.start]! < sentence.end) last++;
  const from = first < 0 ? 0 : first;
  const tokens = first < 0 ? [] : article.tokens.slice(from, last);
  const local = mentions
    .filter((m) => m.tokenStart >= from && m.tokenEnd <= last)
    .map((m) => ({ ...m, tokenStart: m.tokenStart - from, tokenEnd: m.tokenEnd - from }));
  return { tokens, mentions: local, text: article.norm.text };
}

/** Pairs "X and Y … from A and B respectively": the i-th actor gets the reason naming the i-th country. */
function respectiveReasons(article: ArticleText, view: SentenceView, qualifier: Span, actors: string[]): Map<string, string> | null {
  const normText = view.tokens.slice(qualifier.from, qualifier.to).map((t) => t.text).join(' ');
  if (!RESPECTIVELY.test(normText)) return null;
  const named = view.mentions.filter((m) => m.tokenStart >= qualifier.from && m.tokenEnd <= qualifier.to);
  if (named.length !== actors.length || named.length < 2) return null;
  const prefix = article.slice(view, { from: qualifier.from, to: named[0]!.tokenStart }).text;
  const out = new Map<string, string>();
  actors.forEach((iso3, i) => {
    const m = named[i]!;
    const name = article.slice(view, { from: m.tokenStart, to: m.tokenEnd }).text.slice(m.clitic.length);
    out.set(iso3, `${prefix} ${name}`.trim());
  });
  return out;
}

function qualifierReason(article: ArticleText, view: SentenceView, span: Span | null): Position['reason'] | undefined {
  if (!span || span.to <= span.from) return undefined;
  const text = article.slice(view, span).text.replace(/^[\s،,]+|[\s،,.]+$/g, '');
  if (!text) return undefined;
  return { code: reasonCode(view.tokens.slice(span.from, span.to).map((t) => t.text).join(' ')), text };
}

function spendingOwner(view: SentenceView, actors: Mention[]): string | null {
  const ws = view.tokens.map((t) => t.text);
  const cue = ws.findIndex((w) => /^(?:[وبل]|ال|بال|لل)?(?:انفاق|نفقات|ميزاني)/.test(w));
  if (cue < 0) return null;
  if (/هم$|هما$/.test(ws[cue]!)) return null;
  const groupNear = ws.slice(Math.max(0, cue - 4), cue).some((w) => stems(w).some((s) => GROUP_NOUNS.has(s.stem)));
  if (groupNear) return null;
  const attached = view.mentions.find((m) => m.tokenStart > cue && m.tokenStart <= cue + 4 && !m.conflictParty);
  const owner = actors.find((a) => !a.conflictParty) ?? attached;
  return owner?.iso3 ?? null;
}

/** Runs every stage on one article: normalise, segment, recognise, classify, qualify, date, and pick per country. */
export function extractArticle(meta: ArticleMeta, original: string): ArticleExtraction {
  const norm = normalizeArabic(original);
  const article = new ArticleText(original, norm, tokenize(norm.text));
  const mentions = recognizeCountries(article.tokens, meta.published);
  const sentences = segmentSentences(original);
  const candidates: Candidate[] = [];
  const spending: CountrySpending[] = [];
  let previousActors: Mention[] = [];
  let coalitionContext = false;

  for (const sentence of sentences) {
    const view = sentenceView(article, sentence, mentions);
    if (!view.tokens.length) continue;
    const normSentence = view.tokens.map((t) => t.text).join(' ');
    const date = resolveDate(normSentence, meta.published, meta.date_precision === 'day');
    const evidence = { text: sentence.text, start: sentence.start, end: sentence.end };
    const clauses = analyseClauses(view, previousActors);
    for (const clause of clauses) {
      if (!clause.actors.length) continue;
      const stance = classifyClause(view, clause, coalitionContext);
      const subject = stance ? subjectNextTo(clause, stance.cue) : clause.actors;
      const actors = [...new Set(subject.filter((a) => !a.conflictParty).map((a) => a.iso3))];
      if (!actors.length) continue;
      if (!stance) {
        // "وتجادل هذه الدول بأن …": the reason is what follows the speech verb, to the end of the sentence.
        const said = clause.core.to < view.tokens.length ? clause.core.to : clause.core.from;
        if (clause.actorSource === 'anaphor') attachReason(candidates, actors, qualifierReason(article, view, { from: said, to: view.tokens.length }));
        continue;
      }
      const qualifies = stance.stance === 'declined' || stance.stance === 'conditional';
      const paired = qualifies && stance.qualifier ? respectiveReasons(article, view, stance.qualifier, actors) : null;
      const shared = qualifies ? qualifierReason(article, view, stance.qualifier) : undefined;
      for (const iso3 of actors) {
        const pairedText = paired?.get(iso3);
        const reason = pairedText && shared ? { code: reasonCode(normalizeArabic(pairedText).text), text: pairedText } : shared;
        candidates.push({ iso3, stance: stance.stance, reason, confidence: stance.confidence, sentence, date });
      }
    }
    const actorsHere = clauses.flatMap((c) => c.actors);
    if (actorsHere.length) previousActors = actorsHere;
    coalitionContext = mentionsCoalition(view.tokens.map((t) => t.text));
    if (mentionsDefenceSpending(normSentence)) {
      const owner = spendingOwner(view, clauses[0]?.actors ?? []);
      if (owner) {
        for (const f of readFigures(view.tokens)) {
          spending.push({ iso3: owner, spending: { article: meta.id, date, kind: f.kind, value: f.value, unit: f.unit, ...(f.year ? { year: f.year } : {}), evidence } });
        }
      }
    }
  }

  return {
    article: meta.id,
    sentences: sentences.length,
    positions: pickPerCountry(meta.id, candidates),
    spending,
    mentions: mentions.map((m) => ({ iso3: m.iso3, kind: m.kind, ...toOriginalSpan(norm, m.start, m.end) })),
  };
}

/**
 * In verb-first clauses the subject follows the verb ("شاركت أستراليا وكندا"), so a chain that starts right after
 * the deciding word is the subject even when another chain comes first ("بالإضافة إلى … المملكة المتحدة، شاركت …").
 */
function subjectNextTo(clause: Clause, cue: number): Mention[] {
  if (clause.actorSource !== 'subject' || clause.chains.length < 2) return clause.actors;
  return clause.chains.find((chain) => chain[0]!.tokenStart > cue && chain[0]!.tokenStart <= cue + 3) ?? clause.actors;
}

/** A reason stated in a later sentence about "these countries" completes their refusal or condition. */
function attachReason(candidates: Candidate[], actors: string[], reason: Position['reason']): void {
  if (!reason || reason.code === 'other') return;
  for (const c of candidates) {
    if (actors.includes(c.iso3) && !c.reason && (c.stance === 'declined' || c.stance === 'conditional')) c.reason = reason;
  }
}

/** Refusing troops while offering support is what support_no_troops means, so together they are that. */
function outranks(c: Candidate, cur: Candidate): boolean {
  if (c.stance === 'support_no_troops' && cur.stance === 'declined') return true;
  if (c.stance === 'declined' && cur.stance === 'support_no_troops') return false;
  return PRECEDENCE[c.stance] > PRECEDENCE[cur.stance] || (c.stance === cur.stance && c.confidence > cur.confidence);
}

function pickPerCountry(articleId: string, candidates: Candidate[]): CountryPosition[] {
  const best = new Map<string, Candidate>();
  for (const c of candidates) {
    const cur = best.get(c.iso3);
    if (!cur || outranks(c, cur)) best.set(c.iso3, c);
  }
  return [...best.values()]
    .sort((a, b) => a.iso3.localeCompare(b.iso3))
    .map((c) => {
      const reason = c.reason ?? candidates.find((o) => o.iso3 === c.iso3 && o.stance === c.stance && o.reason)?.reason;
      const position: Position = {
        article: articleId,
        date: c.date,
        stance: c.stance,
        evidence: { text: c.sentence.text, start: c.sentence.start, end: c.sentence.end },
        confidence: Math.round(c.confidence * 100) / 100,
      };
      if (reason && (c.stance === 'declined' || c.stance === 'conditional')) position.reason = reason;
      return { iso3: c.iso3, position };
    });
}
