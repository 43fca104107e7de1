import type { ArticleMeta } from '@/lib/schema/articles';
import type { Spending } from '@/lib/schema/positions';
import { normalizeArabic, toOriginalSpan } from './text/normalize';
import { segmentSentences } from './text/segment';
import { tokenize } from './text/tokenize';
import { ArticleText, sentenceViews } from './text/article-text';
import { recognizeMentions } from './recognize/recognize';
import { columnEnd, isOpinionColumn } from './recognize/genre';
import type { MentionKind } from './recognize/countries';
import { analyseSentence } from './clauses/analyse';
import { EMPTY_DISCOURSE } from './clauses/types';
import { sentenceStances, wordFacts } from './stance/classify';
import type { WordFacts } from './stance/pattern';
import { carryConditions, qualifySentence, type QualifiedSignal, type SentenceReading } from './qualify/qualify';
import { headingDate, pastStateDate, sentenceDate } from './dates/dates';
import { aggregatePositions, type CountryPosition } from './aggregate/aggregate';
import { SpendingReader } from './spending/spending';

export type { CountryPosition } from './aggregate/aggregate';
export interface CountrySpending {
  iso3: string;
  spending: Spending;
}
/** A recognised mention in the original text, for the article reader. */
export interface TextMention {
  iso3: string;
  kind: MentionKind;
  start: number;
  end: number;
}

export interface ArticleExtraction {
  article: string;
  sentences: number;
  positions: CountryPosition[];
  spending: CountrySpending[];
  mentions: TextMention[];
}

/** What the stages up to stance make of one sentence. */
export interface ReadSentence extends SentenceReading {
  facts: WordFacts;
}

/**
 * An article read up to the stance of each sentence: text, mentions, and per sentence its clauses (with the
 * discourse carried from the sentence before), its words' facts and the signals the rule table gives (with the
 * sentences before as context). The extraction, the tests and the trace all start from this.
 */
export function readArticle(meta: ArticleMeta, original: string) {
  const norm = normalizeArabic(original);
  const tokens = tokenize(norm.text);
  const article = new ArticleText(original, norm, tokens);
  const mentions = recognizeMentions(tokens, norm.text, meta.published);
  const segments = segmentSentences(original);
  const viewOf = sentenceViews(article, mentions);
  let discourse = EMPTY_DISCOURSE;
  const earlier: WordFacts[] = [];
  const sentences = segments.map((sentence): ReadSentence => {
    const view = viewOf(sentence);
    const { clauses, discourse: next } = analyseSentence(view, discourse);
    discourse = next;
    const facts = wordFacts(view, clauses);
    const signals = view.words.length ? sentenceStances(view, clauses, facts, earlier) : [];
    // A live blog's time stamps ("14:45") are no sentences to look back over.
    if (view.words.some((w) => /\p{L}/u.test(w))) earlier.push(facts);
    return { view, clauses, facts, signals };
  });
  return { norm, article, mentions, segments, sentences };
}

/** A line that is only a time of day ("14:45"، "9:05"), as a live blog stamps its entries; padded to sort. */
export function timeStamp(text: string): string | undefined {
  const m = /^\s*([01]?\d|2[0-3])[:：.]([0-5]\d)\s*$/.exec(text);
  return m ? `${m[1]!.padStart(2, '0')}:${m[2]}` : undefined;
}

/**
 * The stages, top to bottom: text (normalise, tokenise, segment), recognise (countries, people, datelines), then
 * per sentence clauses (whose words, reported by whom), stance (the rule table) and qualify (conditions and
 * reasons), dates and spending; then the second qualify pass over the article and one position per country.
 */
export function extractArticle(meta: ArticleMeta, original: string): ArticleExtraction {
  const { article, mentions, norm, segments, sentences: readings } = readArticle(meta, original);
  const spending = new SpendingReader(meta);
  const qualified: QualifiedSignal[] = [];
  const dates: string[] = [];
  const dayPrecise = meta.date_precision === 'day';
  // Under a timeline's month heading, an entry that names no date of its own is of that month.
  let heading: string | null = null;
  // A live blog's entries under their time stamps ("14:45"), in whatever order the blog runs them.
  const times: (string | undefined)[] = [];
  let clock: string | undefined;
  readings.forEach((reading, index) => {
    const { view, clauses } = reading;
    qualified.push(...qualifySentence(article, reading, index));
    clock = timeStamp(view.sentence.text) ?? clock;
    times.push(clock);
    heading = headingDate(view, meta.published) ?? heading;
    const own = sentenceDate(view, clauses, meta.published, dayPrecise);
    dates.push(own === meta.published && heading ? heading : own);
    spending.read(view, clauses, dates[index]!);
  });
  const dateOf = (s: QualifiedSignal) => {
    const { view, clauses } = readings[s.sentence]!;
    return pastStateDate(view, clauses[s.clause]!, meta.published, dayPrecise) ?? dates[s.sentence]!;
  };
  const signals = carryConditions(article, readings, qualified).map((s) => {
    const time = times[s.sentence];
    return time === undefined ? { ...s, date: dateOf(s) } : { ...s, date: dateOf(s), time };
  });
  const reportingFrom = columnEnd(original);
  const afterColumn = <S extends { sentence: number }>(all: S[]) =>
    all.filter((s) => segments[s.sentence]!.start >= reportingFrom);
  const evidenceOf = (i: number) => ({ text: segments[i]!.text, start: segments[i]!.start, end: segments[i]!.end });
  return {
    article: meta.id,
    sentences: segments.length,
    // An opinion column's views are its writer's, not any government's position; its figures are still figures. An
    // agency box run below the column, after a rule, is reporting again.
    positions: aggregatePositions(meta.id, isOpinionColumn(original) ? afterColumn(signals) : signals, evidenceOf),
    spending: spending.figures(),
    mentions: mentions.map((m) => ({ iso3: m.iso3, kind: m.kind, ...toOriginalSpan(norm, m.start, m.end) })),
  };
}
