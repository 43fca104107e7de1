import type { Span } from '../text/article-text';
import type { Mention } from '../recognize/countries';

/**
 * What qualifies a predicate: an "if" of timing or circumstance (في حال، إذا، بعد التوصل), "if needed", a
 * requirement the holder sets (شريطة، مرهون، تعتمد على، لن … إلا), an exception after a refusal ("لن … دون"،
 * "حتى يتم"), or a reason (بسبب، نظرا، لأن).
 */
/** `past`: a position the holder has since left ("بعد أن كانت ترفض الانخراط …، باتت مستعدة"): it states none now. */
export type ZoneKind = 'if' | 'ifNeeded' | 'requirement' | 'exception' | 'reason' | 'past';

export interface Zone extends Span {
  kind: ZoneKind;
}

/** How a clause's holder was found, from the surest to the least sure. */
export type HolderSource = 'subject' | 'speaker' | 'anaphor' | 'inherited';

/** The countries a clause states a position for. Parties to the war are never holders. */
export interface Holder {
  countries: readonly string[];
  mentions: readonly Mention[];
  source: HolderSource;
}

/**
 * One predicate of a sentence. `core` lists the token indices where stance words count (the clause without its
 * condition and reason zones); countries named inside a zone hold no position by being named there.
 */
export interface Clause {
  span: Span;
  core: readonly number[];
  zones: readonly Zone[];
  /** Reported speech is split into who said it and what was said; a wish or a denial reports no position. */
  role: 'plain' | 'speaker' | 'content' | 'unreported';
  holder: Holder | null;
  /** For reported speech: who said it (a country, or null for a newspaper, an analyst, an unnamed voice). */
  speaker: Holder | null;
  /** For reported speech, whether a government or someone else (a newspaper, an analyst) reported it. */
  reportedBy: 'government' | 'other' | null;
  /** The subject is a set of countries with no member named ("26 دولة"، "معظم الحلفاء"). */
  group: boolean;
  /** A subject that is not a government: the opposition, a newspaper, the public. */
  nonGovernment: boolean;
}

/**
 * What the sentences so far leave for the next one to refer to: the last holder (pro-drop subjects: "وأضاف
 * أن…"), the last government speaker, and the countries last named in agent position ("الأخيرة"، "هذه الدول").
 */
export interface Discourse {
  readonly subject: Holder | null;
  readonly speaker: Holder | null;
  readonly named: readonly Mention[];
  /** In an interview ("س: … ج: …"), whose answers they are: the country spoken of when the first answer came. */
  readonly interviewee?: Holder | null;
  /**
   * An interview whose turns carry no "س:"/"ج:" ("وفيما يلي نص الحوار", or a headline "… لـ«الصحيفة»:"): questions
   * are the paragraphs that end with a question mark, and the paragraphs after one are the interviewee's answer.
   */
  readonly interview?: { readonly asked: boolean };
}

export const EMPTY_DISCOURSE: Discourse = { subject: null, speaker: null, named: [] };
