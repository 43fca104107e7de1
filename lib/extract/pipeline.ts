import type { ArticleMeta } from '@/lib/schema/articles';
import type { Position, Spending } from '@/lib/schema/positions';
import type { Stance } from '@/lib/schema/stance';
import { normalizeArabic, toOriginalSpan } from './normalize';
import { segmentSentences, type Sentence } from './segment';
import { tokenize } from './tokenize';
import { markDatelines, recognizeCountries, type Mention, type MentionKind } from './recognize';
import { analyseClauses, clauseExtent, type Clause } from './clauses';
import { comitatives } from './actors';
import { ArticleText, sentenceViews } from './article-text';
import { laterCondition, qualifierReason, reasonFor, recognisedReason, respectiveReasons, sentenceReason } from './qualify';
import { classifyClause, mentionsCoalition, mentionsTroops } from './classify';
import { continuesDefenceSpending, mentionsDefenceSpending } from './figures';
import { sentenceSpending } from './spending';
import { resolveDate } from './dates';

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

/** Runs every stage on one article: normalise, segment, recognise, classify, qualify, date, and pick per country. */
export function extractArticle(meta: ArticleMeta, original: string): ArticleExtraction {
  const norm = normalizeArabic(original);
  const article = new ArticleText(original, norm, tokenize(norm.text));
  const mentions = recognizeCountries(article.tokens, meta.published);
  markDatelines(norm.text, mentions);
  const sentences = segmentSentences(original);
  const viewOf = sentenceViews(article, mentions);
  const candidates: Candidate[] = [];
  const spending: CountrySpending[] = [];
  let previousActors: Mention[] = [];
  let context = { coalition: false, troops: false };
  let troopsBefore = false;
  // Sentences left in which a figure may continue the last one about defence spending.
  let spendingBefore = 0;

  for (const sentence of sentences) {
    const view = viewOf(sentence);
    if (!view.tokens.length) continue;
    const normSentence = view.words.join(' ');
    const date = resolveDate(normSentence, meta.published, meta.date_precision === 'day');
    const evidence = { text: sentence.text, start: sentence.start, end: sentence.end };
    const clauses = analyseClauses(view, previousActors);
    clauses.forEach((clause, index) => {
      if (!clause.actors.length) {
        // "وقال أوربان إن «هذه ليست حربنا»": a reason in the speaker's own words completes their refusal.
        const speakers = (clause.speaker ?? []).filter((a) => !a.conflictParty).map((a) => a.iso3);
        if (speakers.length) attachReason(candidates, speakers, () => recognisedReason(article, view, clause.core), sentence);
        // "لا تستبعد الحكومة الألمانية مشاركة عسكرية. غير أن أي نشر للجنود يحتاج إلى موافقة البوندستاغ": a condition
        // with no subject of its own, opening the next sentence, is the condition of what was just said.
        else if (index === 0 && !clause.groupSubject && (clause.condition || clause.reason)) {
          attachReason(candidates, previousActors.filter((a) => !a.conflictParty).map((a) => a.iso3), () => recognisedReason(article, view, clauseExtent(clause)), sentence, 1);
        }
        return;
      }
      let stance = classifyClause(view, clause, context);
      const subject = stance ? subjectNextTo(clause, stance.cue) : clause.actors;
      const withPartners = stance?.stance === 'participating' ? [...subject, ...comitatives(view, clause, stance.cue)] : subject;
      const actors = [...new Set(withPartners.filter((a) => !a.conflictParty).map((a) => a.iso3))];
      if (!actors.length) return;
      if (!stance) {
        // "وتجادل هذه الدول بأن …"، "وقال فيكو إن جيش بلاده موجود لحماية حدودها": a later reason for an earlier refusal.
        const said = clause.core.to < view.tokens.length ? clause.core.to : clause.core.from;
        const zone = clause.actorSource === 'anaphor' ? { from: said, to: view.tokens.length } : clauseExtent(clause);
        attachReason(candidates, actors, () => recognisedReason(article, view, zone), sentence);
        return;
      }
      // "قد يشاركون …، لكن ذلك مشروط بتفويض": an offer with its condition in the next clause is conditional.
      const condition = stance.stance === 'troops_offered' || stance.stance === 'troops_committed' ? laterCondition(article, view, clauses, index, actors) : undefined;
      if (condition) stance = { ...stance, stance: 'conditional', qualifier: null };
      const qualifies = stance.stance === 'declined' || stance.stance === 'conditional';
      const paired = qualifies && stance.qualifier ? respectiveReasons(article, view, stance.qualifier, actors) : null;
      let shared = condition ?? (qualifies ? qualifierReason(article, view, stance.qualifier) : undefined);
      if (qualifies && (!shared || shared.code === 'other')) shared = sentenceReason(article, view, clauses, index, actors) ?? shared;
      for (const iso3 of actors) {
        const reason = reasonFor(iso3, paired?.get(iso3) ?? shared);
        candidates.push({ iso3, stance: stance.stance, reason, confidence: stance.confidence, sentence, date });
      }
    });
    const previousForSpending = previousActors;
    const actorsHere = clauses.flatMap((c) => c.actors);
    if (actorsHere.length) previousActors = actorsHere;
    const { words } = view;
    context = { coalition: mentionsCoalition(words), troops: mentionsTroops(words) || troopsBefore };
    troopsBefore = mentionsTroops(words);
    const namesSpending = mentionsDefenceSpending(normSentence);
    const aboutSpending: boolean = namesSpending || (spendingBefore > 0 && continuesDefenceSpending(normSentence));
    if (aboutSpending) {
      for (const { iso3, figure: f } of sentenceSpending(view, clauses, previousForSpending, meta.published, !namesSpending)) {
        spending.push({ iso3, spending: { article: meta.id, date, kind: f.kind, value: f.value, unit: f.unit, ...(f.year ? { year: f.year } : {}), evidence } });
      }
    }
    spendingBefore = aboutSpending ? SPENDING_REACH : spendingBefore - 1;
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

/** How many sentences after one about defence spending a bare "ببلوغ 2%" still continues it. */
const SPENDING_REACH = 2;

/** Sentences after a refusal in which its reason may still come ("وقال فيكو إن جيش بلاده موجود لحماية حدودها"). */
const REASON_REACH = 2;

/**
 * A reason stated in a later sentence about the same countries ("هذه الدول"، the same speaker) completes their
 * refusal or condition, if it names a cue and comes within `reach` sentences; `read` finds it, only if needed.
 */
function attachReason(candidates: Candidate[], actors: string[], read: () => Position['reason'], sentence: Sentence, reach = REASON_REACH): void {
  const waiting = candidates.filter((c) => sentence.index - c.sentence.index <= reach && actors.includes(c.iso3)
    && (!c.reason || c.reason.code === 'other') && (c.stance === 'declined' || c.stance === 'conditional'));
  // Reading the reason costs a pass over the cue patterns: only when a refusal or condition waits for one.
  if (!waiting.length) return;
  const reason = read();
  if (!reason) return;
  for (const c of waiting) c.reason = reasonFor(c.iso3, reason);
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
