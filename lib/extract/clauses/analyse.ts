import { gapBefore, punctuatedBefore, type SentenceView, type Span } from '../text/article-text';
import { hasArticle } from '../text/morphology';
import type { Mention } from '../recognize/countries';
import { agentChains, isAgentPosition, joinedByAnd, nonCountrySubject } from './actors';
import { clauseSpans, type ClauseSpan } from './split';
import { speechParts, type SpeechPart } from './speech';
import type { Clause, Discourse, Holder, HolderSource, Zone } from './types';
import { clauseWords } from './vocabulary';
import { findZones } from './zones';

/** "وفقا لـ"، "بحسب": a source cited before the sentence's own subject. */
const CITING = /^(?:[وف])?(?:وفقا|طبقا|حسب|بحسب)$/;

const holderOf = (mentions: readonly Mention[], source: HolderSource): Holder | null => {
  const own = mentions.filter((m) => !m.conflictParty);
  return own.length ? { countries: [...new Set(own.map((m) => m.iso3))], mentions: own, source } : null;
};
const as = (holder: Holder | null, source: HolderSource): Holder | null => (holder ? { ...holder, source } : null);

/** "قال إن بلاده …"، "أكد أن حكومته …"، "نحن …": the content is about the speaker's own country. */
function speaksOfSelf(view: SentenceView, span: Span): boolean {
  // "أعلن الوزير أن الحكومة قررت …"، "أن مجلس الوزراء قرر …": the government, unnamed, is the speaker's own.
  const first = view.words[span.from] ?? '';
  const cabinet = first === 'الحكومه' || (first === 'مجلس' && view.words[span.from + 1] === 'الوزراء');
  if (
    cabinet &&
    !view.mentions.some((m) => m.tokenStart >= span.from && m.tokenStart < span.from + 4 && !m.prepositional)
  )
    return true;
  for (let i = span.from; i < Math.min(span.to, span.from + 2); i++) {
    const classes = clauseWords.classify(view.words[i]!);
    if (classes.classes.has('firstPerson')) return true;
    const self = classes.readings.get('self');
    if (self && /^(?:ه|ها|هم|هما|نا)$/.test(self.suffix)) return true;
  }
  return false;
}

/** Adjectives of no one country: "مسؤول أوروبي"، "دبلوماسيون غربيون". */
const SUPRANATIONAL = /^(?:ال)?(?:اوروبي|اوروبيه|اوروبيون|اوروبيين|غربي|غربيه|غربيون|غربيين|اطلسي|اممي|دولي)$/;

/** Countries as a plural noun ("الدول التي …"), not "the state" ("موازنة الدولة التي …"). */
const PLURAL_GROUP = /^(?:[وفلب]|لل|بال|وال)?(?:ال)?(?:دول|بلدان|حلفاء|اعضاء|شركاء|عواصم|حكومات)$/;

const EXAMPLE_MARKER = /^(?:[وف])?(?:مثل|ذلك|منها|بينها|بينهم|لاسيما|سيما|خاصه|وخاصه)$/;

/** The countries that exemplify a group: "دول مجاورة لروسيا، مثل فنلندا وبولندا". */
function exampleMembers(view: SentenceView, span: Span, zones: readonly Zone[]): Mention[] {
  const first = view.mentions.find(
    (m) =>
      m.tokenStart >= span.from &&
      m.tokenStart < span.to &&
      !m.conflictParty &&
      !zones.some((z) => m.tokenStart >= z.from && m.tokenStart < z.to) &&
      EXAMPLE_MARKER.test(view.words[m.tokenStart - 1] ?? ''),
  );
  if (!first) return [];
  const chain = [first];
  for (const m of view.mentions) {
    const last = chain[chain.length - 1]!;
    if (m.tokenStart > last.tokenStart && m.tokenStart <= last.tokenEnd + 1 && m.tokenStart < span.to && joinedByAnd(m))
      chain.push(m);
  }
  return chain.filter((m) => !m.conflictParty);
}

/** A question: it ends with a question mark, or opens with an interviewer's "س:" or with "هل". */
function isQuestion(view: SentenceView): boolean {
  return /[؟?]["”»']*$/.test(view.sentence.text.trim()) || opensAsQuestion(view);
}

const ASKS = /^(?:و|ف)?هل$/;

/** An interviewer's "س:" or "هل" opens the sentence. */
function opensAsQuestion(view: SentenceView): boolean {
  return (interviewerTurn(view) && !interviewerStatement(view)) || ASKS.test(view.words[0] ?? '');
}

const interviewerTurn = (view: SentenceView): boolean => /^س\s*[:：]/.test(view.sentence.text.trim());

/** Words that only ask: "ماذا"، "كيف"، "لماذا"، "أليس" (not "أي" or "ألا", which are also "any" and "except"). */
const QUESTION_WORD = /^(?:[وف])?(?:هل|ماذا|كيف|لماذا|متي|اين|كم|اليس|ايهما)$/;

/**
 * "س: جارتكم المجر أعلنت أنها لن ترسل جنودا." An interviewer's turn that ends in a full stop and asks nothing
 * states what the interviewer reports, as an agency would; the question comes in the sentence after.
 */
function interviewerStatement(view: SentenceView): boolean {
  const text = view.sentence.text.trim();
  return interviewerTurn(view) && /[.!]["”»']*$/.test(text) && !view.words.some((w) => QUESTION_WORD.test(w));
}

/** The first clause that asks: one opening with "هل" after a colon, when the sentence itself does not open with one. */
function questionFrom(view: SentenceView, clauses: readonly { span: Span }[]): number {
  if (opensAsQuestion(view)) return 0;
  const k = clauses.findIndex(
    (c) => ASKS.test(view.words[c.span.from] ?? '') && gapBefore(view, c.span.from).includes(':'),
  );
  return k > 0 ? k : 0;
}

/**
 * "وفي أوسلو، رفعت الحكومة …"، "أما في برلين فقال متحدث باسم الحكومة …": a capital set before the clause, then a
 * government with no country of its own: the capital's. The country must be the only one named in the span's
 * first words, so a venue ("وفي باريس، قال ماكرون") gives way to the speaker named.
 */
function leadingSeat(view: SentenceView, span: Span): Mention | null {
  let i = span.from;
  if (/^(?:و|ف)?اما$/.test(view.words[i] ?? '')) i++;
  if (!/^(?:و|ف)?في$/.test(view.words[i] ?? '')) return null;
  // "وفي أوسلو، …"، "في بلجيكا، قال وزير الدفاع …": a capital or the country itself.
  const seat = view.mentions.find(
    (m) => m.tokenStart === i + 1 && (m.kind === 'seat' || m.kind === 'name') && !m.conflictParty && !m.dateline,
  );
  if (!seat) return null;
  const rest = view.words.slice(seat.tokenEnd, span.to);
  const others = view.mentions.some(
    (m) => m.tokenStart >= seat.tokenEnd && m.tokenStart < span.to && m.iso3 !== seat.iso3,
  );
  const own = view.mentions.some(
    (m) => m.tokenStart >= seat.tokenEnd && m.tokenStart < span.to && m.iso3 === seat.iso3 && m.kind === 'demonym',
  );
  return !others && (own || rest.slice(0, 6).some((w) => clauseWords.has(w, 'govHead'))) ? seat : null;
}

/** "… هذه مسألة ضرورة، قال زيلينسكي": the speaker named after the words, at the end of the sentence. */
function trailingSpeaker(view: SentenceView): Mention[] | null {
  const n = view.words.length;
  for (let v = Math.max(2, n - 6); v < n - 1; v++) {
    if (!clauseWords.has(view.words[v]!, 'speech')) continue;
    const after = view.mentions.filter((m) => m.tokenStart > v);
    const opens = view.words.slice(v + 1).some((w) => clauseWords.has(w, 'complementiser'));
    // "قبل نقله إلى كييف": a noun of moving, and a place after a preposition, are no speaker.
    if (after.length && !isAgentPosition(view, after[0]!)) continue;
    if (after.length && after[0]!.tokenStart <= v + 4 && after[after.length - 1]!.tokenEnd >= n - 1 && !opens)
      return after;
  }
  return null;
}

/** "ونقلت شبكة … عن ميشال قوله": the one quoted after عن is the speaker, not the network. */
function quotedAfterAn(view: SentenceView, span: Span): Mention[] {
  // "عن ميشال قوله"، "عن متحدث باسم داونينغ ستريت قوله": the one quoted, a few words after عن.
  const m = view.mentions.find(
    (x) =>
      x.tokenStart > span.from &&
      x.tokenEnd < span.to &&
      !x.conflictParty &&
      view.words.slice(Math.max(span.from, x.tokenStart - 4), x.tokenStart).some((w) => /^(?:و)?عن$/.test(w)) &&
      /^قول(?:ه|ها|هم)$/.test(view.words[x.tokenEnd] ?? ''),
  );
  return m ? [m] : [];
}

/** "الأخيرة"، "الأولى"، "هذه الدول"، "كلا البلدين": the countries named last, in this sentence or the one before. */
function anaphor(view: SentenceView, span: Span, named: readonly Mention[]): Mention[] {
  const own = named.filter((m) => !m.conflictParty);
  const distinct = own.filter((m, i) => own.findIndex((o) => o.iso3 === m.iso3) === i);
  for (let i = span.from; i < Math.min(span.to, span.from + 4); i++) {
    const word = view.words[i]!;
    if (clauseWords.has(word, 'latter') && distinct.length >= 2) return [distinct[distinct.length - 1]!];
    if (clauseWords.has(word, 'former') && distinct.length >= 2) return [distinct[0]!];
    if (clauseWords.has(word, 'these') && clauseWords.has(view.words[i + 1] ?? '', 'group') && distinct.length)
      return distinct;
  }
  return [];
}

const DUAL = /^(?:[وف])?(?:ال)?(?:بلدان|بلدين|دولتان|دولتين|عاصمتان|عاصمتين|حكومتان|حكومتين)$/;

/**
 * "ويقود البلدان التحالف"، "الذي يقوده البلدان": the two countries just spoken of, when the last holder or the
 * countries named so far are exactly two. ("البلدان" is also "the countries"; with no pair in view it stays a group.)
 */
function pairAnaphor(view: SentenceView, span: Span, last: Holder | null, named: readonly Mention[]): Holder | null {
  const at = view.words.slice(span.from, Math.min(span.to, span.from + 4)).findIndex((w) => DUAL.test(w));
  if (at < 0) return null;
  if (last && last.countries.length === 2) return as(last, 'anaphor');
  const own = named.filter((m) => !m.conflictParty);
  const distinct = own.filter((m, i) => own.findIndex((o) => o.iso3 === m.iso3) === i);
  return distinct.length === 2 ? holderOf(distinct, 'anaphor') : null;
}

/** "نقلت صحيفة … عن وزير الدفاع الليتواني (قوله) أن": the country of the official a newspaper or agency quotes. */
function officialQuotedByPaper(view: SentenceView, span: Span): Mention | null {
  const k = quotedFrom(view, span);
  if (k < 0) return null;
  const m = view.mentions.find(
    (x) =>
      x.tokenStart > k &&
      x.tokenStart <= k + 5 &&
      x.tokenEnd <= span.to &&
      !x.conflictParty &&
      (x.kind === 'demonym' || x.kind === 'leader'),
  );
  return m ?? null;
}

/** The "عن" after a paper or agency in the span ("نقلت صحيفة … عن …"): whom it quotes comes next; -1 if none. */
function quotedFrom(view: SentenceView, span: Span): number {
  for (let k = span.from; k < span.to; k++) {
    if (view.words[k] === 'عن' && view.words.slice(span.from, k).some((w) => PAPER.test(w))) return k;
  }
  return -1;
}
const PAPER = /^(?:و)?(?:صحيفه|صحف|وكاله|موقع|شبكه|قناه|مجله|نقلت|نقل|ذكرت)$/;

/** A relative pronoun in the dual: "اللتان"، "اللتين"، "اللذان"، "اللذين". */
const DUAL_RELATIVE = /^(?:[وف])?(?:اللتان|اللتين|اللذان|اللذين)$/;

/**
 * "تنضم براغ إلى براتيسلافا وبودابست، اللتين ترفضان …": a relative in the dual right after two countries joined
 * with و is about those two, even where they are the object of a preposition.
 */
function dualAntecedent(view: SentenceView, at: number): Mention[] | null {
  if (!DUAL_RELATIVE.test(view.words[at] ?? '')) return null;
  const second = mentionBefore(view, at);
  if (!second || second.conflictParty || !joinedByAnd(second)) return null;
  const first = view.mentions.filter((m) => m.tokenEnd <= second.tokenStart).slice(-1)[0];
  if (!first || first.conflictParty || first.iso3 === second.iso3 || second.tokenStart - first.tokenEnd > 1)
    return null;
  return [first, second];
}

/** Research and teaching bodies: "معهد"، "جامعة"، "منتدى"، "مركز". */
const INSTITUTE = /^(?:ال|بال|لل)?(?:معهد|جامعه|منتدي|مركز|برنامج)$/;

/** The speaker part names someone "of" an institute ("من معهد …"، "في جامعة …") and no office of state. */
function fromInstitute(view: SentenceView, span: Span): boolean {
  let at = -1;
  for (let i = span.from + 1; i < span.to; i++) {
    if (/^(?:من|في)$/.test(view.words[i - 1]!) && INSTITUTE.test(view.words[i]!)) {
      at = i;
      break;
    }
  }
  if (at < 0) return false;
  return !view.words.slice(span.from, at).some((w) => clauseWords.has(w, 'govHead'));
}

/** "نقلت وكالة … عن الكرملين": a paper or agency quoting a party to the war, in a clause without "أن". */
function quotesConflictParty(view: SentenceView, span: Span): boolean {
  const k = quotedFrom(view, span);
  return k >= 0 && view.mentions.some((m) => m.conflictParty && m.tokenStart > k && m.tokenStart <= k + 3);
}

/** The country named right before a relative pronoun ("موسكو، التي …"), if any. */
function mentionBefore(view: SentenceView, at: number): Mention | undefined {
  return view.mentions.filter((m) => (m.tokenEnd === at || m.tokenEnd === at - 1) && !m.dateline).slice(-1)[0];
}

/** Up to three words before a relative pronoun, back to the nearest punctuation. */
function antecedentWords(view: SentenceView, at: number): number[] {
  const out: number[] = [];
  for (let i = at - 1; i >= Math.max(0, at - ANTECEDENT_WORDS); i--) {
    out.unshift(i);
    if (punctuatedBefore(view, i)) break;
  }
  return out;
}
const ANTECEDENT_WORDS = 3;
/** How far into a clause a subject stands: after the verb and a title or two, or first. */
const SUBJECT_REACH = 5;

interface State {
  /** The holder of the last clause of this sentence that had one. */
  last: Holder | null;
  /** The subject a relative clause or an aside interrupted, which resumes after it. */
  matrix: Holder | null;
  speaker: Holder | null;
  named: Mention[];
  /** The clause a relative clause or an aside interrupted. */
  matrixClause: Clause | null;
}

function holderFor(
  view: SentenceView,
  span: ClauseSpan,
  part: SpeechPart,
  zones: Zone[],
  state: State,
  discourse: Discourse,
  speaker: Holder | null,
  chains: Mention[][],
): { holder: Holder | null; group: boolean; nonGovernment: boolean } {
  const none = { holder: null, group: false, nonGovernment: false };
  if (part.role === 'unreported') return none;
  let nonCountry: 'group' | 'other' | null | undefined;
  const subjectKind = () => (nonCountry === undefined ? (nonCountry = nonCountrySubject(view, part.span)) : nonCountry);
  const own = chains.length ? holderOf(chains[0]!, part.role === 'speaker' ? 'speaker' : 'subject') : null;
  // A party to the war as the subject ("قال الكرملين إن …") blocks any other reading of whose words these are.
  const explicit = own !== null || (chains[0]?.[0]?.tokenStart ?? Infinity) < part.span.from + SUBJECT_REACH;
  const named = state.named.length ? state.named : discourse.named;
  // "مجلس الوزراء في بروكسل قرر …"، "الحكومة في مدريد": a government placed in its capital.
  if (!own && clauseWords.has(view.words[part.span.from] ?? '', 'govHead')) {
    const seat = view.mentions.find(
      (m) =>
        m.kind === 'seat' && !m.conflictParty && m.tokenStart > part.span.from && m.tokenStart <= part.span.from + 3,
    );
    if (seat) return { ...none, holder: holderOf([seat], part.role === 'speaker' ? 'speaker' : 'subject') };
  }
  if (part.role === 'speaker') {
    // "نقلت صحيفة «واشنطن بوست» عن رئيس الوزراء المجري قوله إن …": the paper carries the words, the official says them.
    const quotedFrom = officialQuotedByPaper(view, part.span);
    if (quotedFrom) return { ...none, holder: holderOf([quotedFrom], 'speaker') };
    const quoted = quotedAfterAn(view, part.span);
    if (quoted.length) return { ...none, holder: holderOf(quoted, 'speaker') };
    // "ووفقا لمسؤول بريطاني، فإن أكثر من 10 دول قالت إنها …": the source is cited first; the group after it speaks.
    if (own && CITING.test(view.words[part.span.from] ?? '') && subjectKind() === 'group')
      return { ...none, group: true };
    if (own) return { ...none, holder: own };
    if (explicit) return { ...none, nonGovernment: true };
    // "أُعلن في كانبرا أن الحكومة قررت …": announced in a capital, by its government.
    const seatAfter = view.mentions.find(
      (m) =>
        m.kind === 'seat' &&
        !m.conflictParty &&
        m.tokenStart === part.span.from + 2 &&
        view.words[part.span.from + 1] === 'في' &&
        clauseWords.has(view.words[part.span.from] ?? '', 'speech'),
    );
    if (seatAfter) return { ...none, holder: holderOf([seatAfter], 'speaker') };
    // "من موسكو، التي تقول إنها …": the relative speaks for the country it follows.
    if (span.kind === 'relative' && part.span.from === span.from) {
      const before = mentionBefore(view, span.from);
      if (before?.conflictParty) return { ...none, nonGovernment: true };
      if (before && isAgentPosition(view, before)) return { ...none, holder: holderOf([before], 'anaphor') };
    }
    // "وفي موسكو قال وزير الخارجية سيرغي لافروف إن …": a party's official, however far into the speaker part.
    // "من جانبها، أكدت وزارة الخارجية الروسية أن …" likewise.
    if (
      view.mentions.some(
        (m) =>
          m.conflictParty &&
          !m.prepositional &&
          (m.kind === 'leader' || m.kind === 'demonym') &&
          m.tokenStart >= part.span.from &&
          m.tokenStart < part.span.to,
      )
    )
      return { ...none, nonGovernment: true };
    const referred = anaphor(view, part.span, named);
    if (referred.length) return { ...none, holder: holderOf(referred, 'anaphor') };
    // "يذكر أن …"، "يشار إلى أن …": the reporter's aside, nobody's words.
    if (clauseWords.has(view.words[part.span.from]!, 'impersonal')) return none;
    // "ويرى دبلوماسيون أن …"، "قالت مصادر إن …": unnamed voices report, they speak for no government.
    if (
      view.words
        .slice(part.span.from, part.span.to)
        .some((w) => !hasArticle(clauseWords.classify(w).readings.get('anonymous')?.prefix ?? 'ال'))
    )
      return { ...none, nonGovernment: true };
    if (subjectKind()) return { ...none, nonGovernment: true };
    // "قال مسؤول أوروبي"، "دبلوماسي غربي": an official of no country named speaks for none.
    for (let i = part.span.from; i + 1 < part.span.to; i++) {
      if (clauseWords.has(view.words[i]!, 'govHead') && SUPRANATIONAL.test(view.words[i + 1]!))
        return { ...none, nonGovernment: true };
    }
    // "ويخلص إدوارد هالسي من معهد الدراسات الدفاعية إلى أن …": someone of an institute, with no office of state.
    if (fromInstitute(view, part.span)) return { ...none, nonGovernment: true };
    const seat = leadingSeat(view, part.span);
    if (seat) return { ...none, holder: holderOf([seat], 'subject') };
    // "قال المتحدث باسم الرئاسة الكورية الجنوبية إن …": the office the speaker speaks for names the country.
    const office = view.mentions.find(
      (m) =>
        !m.conflictParty &&
        !m.prepositional &&
        (m.kind === 'name' || m.kind === 'demonym') &&
        m.tokenStart >= part.span.from &&
        m.tokenStart < part.span.to,
    );
    if (office) return { ...none, holder: holderOf([office], 'speaker') };
    // "إذ قال وزير دفاعها إن …": "its minister", of the country just spoken of, not of the last one who spoke.
    if (possessiveTitle(view, part.span)) return { ...none, holder: as(state.last ?? discourse.subject, 'anaphor') };
    return { ...none, holder: as(state.last ?? discourse.speaker ?? discourse.subject, 'inherited') };
  }
  if (part.role === 'content') {
    if ((part.pronominal || speaksOfSelf(view, part.span)) && speaker)
      return { ...none, holder: as(speaker, 'speaker') };
    if (own) return { ...none, holder: own };
    if (explicit) return none;
    // "نيوزيلندا: ستنتدب ضباط أركان وخبراء …": after a country and a colon, a verb's subject is that country.
    if (part.quoted && speaker && VERB_FIRST.test(view.words[part.span.from] ?? ''))
      return { ...none, holder: as(speaker, 'speaker') };
    const other = subjectKind();
    if (other) return { ...none, group: other === 'group', nonGovernment: other === 'other' };
    // No subject of its own ("إن الموقف المشترك بعدم إرسال قوات …"، "لن نرسل جنودا"): the speaker's words about itself.
    return { ...none, holder: as(speaker, 'inherited') };
  }
  if (span.kind === 'relative' && part.span.from === span.from) {
    // "الأوروبيين الذين يكتفون بانتظار ما ستقرره إدارة ترامب": the relative is about the group before it; a
    // country further on is its object.
    const aboutGroup = antecedentWords(view, span.from).some(
      (i) => PLURAL_GROUP.test(view.words[i]!) || SUPRANATIONAL.test(view.words[i]!),
    );
    if (aboutGroup && (chains[0]?.[0]?.tokenStart ?? Infinity) > span.from + 2) return { ...none, group: true };
    if (own) return { ...none, holder: own };
    const dual = dualAntecedent(view, span.from);
    if (dual) return { ...none, holder: holderOf(dual, 'anaphor') };
    const pairInRelative = pairAnaphor(view, part.span, state.matrix ?? discourse.subject, named);
    if (pairInRelative) return { ...none, holder: pairInRelative };
    if (explicit) return none;
    const before = mentionBefore(view, span.from);
    // "للكرملين الذي يرفض …": a relative about a party to the war is nobody's position; "في لاهاي التي …" is about a place.
    if (before?.conflictParty) return none;
    const last = before && isAgentPosition(view, before) ? [before] : [];
    // "فرنسا وبريطانيا، اللتان تقودان …": the whole chain the relative follows.
    const antecedent = last.length
      ? (agentChains(view, { from: 0, to: span.from }, []).find((c) => c.includes(last[0]!)) ?? last)
      : [];
    if (antecedent.length) return { ...none, holder: holderOf(antecedent, 'anaphor') };
    if (subjectKind()) return { ...none, group: subjectKind() === 'group' };
    // "حول الدول التي أبدت استعدادها": a relative about a group of countries.
    if (antecedentWords(view, span.from).some((i) => PLURAL_GROUP.test(view.words[i]!)))
      return { ...none, group: true };
    // "الاجتماع، الذي ترأسه مع …": a relative about a thing goes on with the sentence's subject.
    return { ...none, holder: as(state.matrix, 'inherited') };
  }
  // "لكنها ستدعم الدول …": the pronoun on the contrast is the subject; what follows the verb is its object.
  if (span.kind === 'keep' && part.span.from === span.from && !own && state.last)
    return { ...none, holder: as(state.last, 'inherited') };
  const pair = own ? null : pairAnaphor(view, part.span, state.last ?? discourse.subject, named);
  if (pair) return { ...none, holder: pair };
  const leading = subjectKind();
  // "لم تستبعد مجموعة من الدول، بما في ذلك أيرلندا وبلجيكا، المشاركة": a group with its members named.
  const members = leading === 'group' ? exampleMembers(view, part.span, zones) : [];
  if (members.length) return { ...none, holder: holderOf(members, 'subject') };
  // "اتفق قادة دول الحلف … بطلب من الولايات المتحدة": a group subject at the start, a country only further on.
  if (leading && (!own || own.mentions[0]!.tokenStart >= part.span.from + SUBJECT_REACH))
    return { ...none, group: leading === 'group', nonGovernment: leading === 'other' };
  if (own) return { ...none, holder: own };
  // "نقلت وكالة تاس عن الكرملين رفضه …": what a paper quotes a party to the war as saying is no one else's.
  if (quotesConflictParty(view, part.span)) return { ...none, nonGovernment: true };
  const seat = leadingSeat(view, part.span);
  if (seat && !leading) return { ...none, holder: holderOf([seat], 'subject') };
  if (explicit) return none;
  // "لكنها ستدعم الدول …"، "…، مشيرا إلى أن …": the subject goes on, whatever object follows.
  if ((span.kind === 'keep' || span.kind === 'adjunct') && state.last)
    return { ...none, holder: as(state.last, 'inherited') };
  const referred = anaphor(view, part.span, named);
  if (referred.length) return { ...none, holder: holderOf(referred, 'anaphor') };
  const other = subjectKind();
  if (other) return { ...none, group: other === 'group', nonGovernment: other === 'other' };
  if (span.kind === 'resume') return { ...none, holder: as(state.matrix, 'inherited') };
  if (speaksOfSelf(view, part.span) && (speaker ?? state.speaker))
    return { ...none, holder: as(speaker ?? state.speaker, 'speaker') };
  return { ...none, holder: as(state.last ?? discourse.subject, 'inherited') };
}

/**
 * Breaks a sentence into clauses and decides whose position each one states: its own subject; the speaker when
 * reported speech says "he/she/we"; the subject of the clause before ("لكنها …"، "…، مشيرا إلى أن …") or of the
 * sentence before when the subject is dropped ("وأضاف أن …"); the countries of the sentence before ("الأخيرة").
 * Nobody's when the subject is a group ("26 دولة") or not a government (a newspaper, the opposition).
 */
export function analyseSentence(view: SentenceView, discourse: Discourse): { clauses: Clause[]; discourse: Discourse } {
  const read = analyseTurn(view, discourse);
  // Once a question paragraph has been seen, every paragraph that does not ask is an answer.
  const interview = discourse.interview
    ? { interview: { asked: discourse.interview.asked || view.sentence.paragraphAsks } }
    : {};
  if (!discourse.interview && announcesInterview(view)) {
    // The one interviewed is the one the announcement (or the headline) speaks of.
    const interviewee = discourse.interviewee ?? read.discourse.speaker ?? read.discourse.subject;
    return { ...read, discourse: { ...read.discourse, interviewee, interview: { asked: false } } };
  }
  return { ...read, discourse: { ...read.discourse, ...interview } };
}

/** "وفيما يلي نص الحوار"، "نص المقابلة"; or a first line "رئيس وزراء إستونيا لـ«المجلة»: …" that quotes a paper's guest. */
function announcesInterview(view: SentenceView): boolean {
  const words = view.words;
  for (let i = 0; i + 1 < words.length; i++)
    if (/^(?:[وف])?نص$/.test(words[i]!) && /^(?:الحوار|المقابله|اللقاء)$/.test(words[i + 1]!)) return true;
  // "حاوره: قسم الشؤون الدولية"، "خص وزير الدفاع صحيفتنا بحوار": a byline or a line that grants the interview.
  if (words.some((w) => /^(?:[وف])?(?:حاوره|حاورته|حاورها|حاورهم)$/.test(w))) return true;
  if (
    words.some((w) => /^(?:[وف])?(?:خص|خصت|يخص|تخص)$/.test(w)) &&
    words.some((w) => /^(?:بحوار|بمقابله|بلقاء|بحديث)$/.test(w))
  )
    return true;
  return view.sentence.index === 0 && /لـ?\s*[«"“][^»"”]{2,40}[»"”]\s*:/.test(view.sentence.text);
}

function analyseTurn(view: SentenceView, discourse: Discourse): { clauses: Clause[]; discourse: Discourse } {
  // An unmarked interview: a paragraph that ends with a question is the interviewer's, what it states is a report;
  // the first sentence of a paragraph after a question speaks with the interviewee's voice, as after "ج:".
  const interview = discourse.interview;
  if (interview?.asked && !view.sentence.paragraphAsks && view.sentence.opensParagraph)
    return answerOf(view, discourse);
  if (interview && view.sentence.paragraphAsks && !isQuestion(view)) {
    const read = readSentence(view, discourse);
    return {
      clauses: interviewerReport(read.clauses),
      discourse: { ...read.discourse, interviewee: discourse.interviewee },
    };
  }
  // "ج: …": an answer is the interviewee's, whatever the question spoke of.
  if (isAnswer(view)) {
    return answerOf(view, discourse);
  }
  // "حوار مع وزير الدفاع الليتواني": the one interviewed answers every "ج:" after.
  const interviewed = /^(?:حوار|مقابله|لقاء)$/.test(view.words[0] ?? '')
    ? view.mentions.find((m) => !m.conflictParty && !m.dateline)
    : undefined;
  if (interviewed) discourse = { ...discourse, interviewee: holderOf([interviewed], 'subject') };
  const read = readSentence(view, discourse);
  // "س: هل سترسل بلادكم جنودا؟": an interviewer's question, or any question, states no one's position, though what
  // it asks about is what the answer goes on with ("س: كم تنفق إستونيا؟ ج: نحو 3.4%").
  // A statement that leads into a question ("أعادت القمة، بقيادة فرنسا، طرح سؤال: هل يمكن …؟") keeps its own clauses.
  if (isQuestion(view)) {
    const asks = questionFrom(view, read.clauses);
    const clauses = read.clauses.map((c, k) => (k < asks ? c : unreported(c)));
    return { clauses, discourse: { ...read.discourse, interviewee: discourse.interviewee } };
  }
  // What the interviewer reports is the paper's report, not the speaker's own words; only about a country named in
  // it ("جارتكم المجر أعلنت …"), never the one interviewed by default.
  const clauses = interviewerStatement(view) ? interviewerReport(read.clauses) : read.clauses;
  return { clauses, discourse: { ...read.discourse, interviewee: discourse.interviewee } };
}

/** An answer's first sentence: the interviewee speaks, whatever the question spoke of. */
function answerOf(view: SentenceView, discourse: Discourse): { clauses: Clause[]; discourse: Discourse } {
  const interviewee = discourse.interviewee ?? discourse.speaker ?? discourse.subject;
  const read = readSentence(view, { ...discourse, subject: interviewee, speaker: interviewee, named: [] });
  return { clauses: read.clauses, discourse: { ...read.discourse, interviewee } };
}

/** A clause whose words are someone's question or report: no stance rule reads it. */
const unreported = (c: Clause): Clause => ({ ...c, core: [], role: 'unreported', reportedBy: 'other' });

/**
 * The clauses of an interviewer's statement: about a country it names ("جارتكم المجر أعلنت أنها …، لكنها …"), as
 * the paper's report; a clause that only goes on with someone from the sentences before states nothing.
 */
function interviewerReport(clauses: readonly Clause[]): Clause[] {
  const named = new Set<string>();
  return clauses.map((c) => {
    const key = c.holder?.countries.join() ?? '';
    const own = c.holder !== null && (c.holder.source !== 'inherited' || named.has(key));
    if (!own) return unreported(c);
    named.add(key);
    return c.role === 'speaker' ? c : { ...c, reportedBy: 'other' as const };
  });
}

/** "وزير دفاعها"، "رئيس وزرائه"، "حكومتها": an office of a country named only by a pronoun. */
function possessiveTitle(view: SentenceView, span: Span): boolean {
  for (let i = span.from; i < Math.min(span.to, span.from + 5); i++)
    if (OFFICE_OF_IT.test(view.words[i]!) && clauseWords.has(view.words[i - 1] ?? '', 'govHead')) return true;
  return false;
}
const OFFICE_OF_IT = /^(?:دفاع|خارجيت|وزراي|حكومت|رياست|داخليت)(?:ها|ه)$/;

/** A sentence's first span that is a preposition's phrase set off by a comma, naming no country: no clause of its own. */
function openingPhrase(view: SentenceView, span: Span): boolean {
  const first = (view.words[span.from] ?? '').replace(/^[وف](?=\S{2,})/, '');
  return (
    span.to < view.words.length &&
    /[،,]/.test(gapBefore(view, span.to)) &&
    clauseWords.has(first, 'preposition') &&
    !view.mentions.some((m) => m.tokenStart >= span.from && m.tokenStart < span.to)
  );
}

/** A present or future verb ("ستنتدب"، "تعتزم"). */
const VERB_FIRST = /^(?:[وف])?س?[يتن]\S{2,}$/;

/** A heading line is short: "الخليج: وساطة لا جنود". */
const HEADING_WORDS = 8;

/** A party to the war is the subject of the span (not the object of a preposition). */
function partySubject(view: SentenceView, span: Span): boolean {
  return view.mentions.some(
    (m) => m.conflictParty && !m.prepositional && m.tokenStart >= span.from && m.tokenStart < span.to,
  );
}

/** "وإنها"، "وأنه": "and that it", the country spoken of before. */
const THAT_IT = /^و(?:ان|بان)(?:ها|ه|هم|هما)$/;

const isAnswer = (view: SentenceView): boolean => /^ج\s*[:：]/.test(view.sentence.text.trim());

function readSentence(view: SentenceView, discourse: Discourse): { clauses: Clause[]; discourse: Discourse } {
  const clauses: Clause[] = [];
  const state: State = { last: null, matrix: null, speaker: null, named: [], matrixClause: null };
  const trailing = trailingSpeaker(view);
  if (trailing) {
    const speaker = holderOf(trailing, 'speaker');
    // A party to the war or nobody's voice: the words are no position of anyone else either.
    if (!speaker)
      return {
        clauses: clauseSpans(view).map((s) => ({
          span: s,
          core: [],
          zones: [],
          role: 'unreported' as const,
          holder: null,
          speaker: null,
          reportedBy: 'other' as const,
          group: false,
          nonGovernment: true,
        })),
        discourse: { ...discourse, subject: null, speaker: null },
      };
    state.last = speaker;
  }
  let unnamedVoice = false;
  for (const span of clauseSpans(view)) {
    if (span.kind === 'relative' || span.kind === 'aside') state.matrix = state.last;
    let speaker: Holder | null = null;
    let reportedBy: Clause['reportedBy'] = null;
    if (span.kind === 'relative' || span.kind === 'aside') state.matrixClause = clauses[clauses.length - 1] ?? null;
    const before = clauses[clauses.length - 1];
    // "أما موسكو، فلم تغير موقفها: لا قوات غربية في أوكرانيا": after a colon, the party's own position, nobody's here.
    if (before && !before.holder && gapBefore(view, span.from).includes(':') && partySubject(view, before.span)) {
      clauses.push({ ...unreported({ ...before, span, zones: [] }), nonGovernment: true });
      continue;
    }
    // "الخليج: وساطة لا جنود": a heading that names a region or a topic, no country, speaks for none.
    if (
      before?.role === 'plain' &&
      clauses.length === 1 &&
      view.words.length <= HEADING_WORDS &&
      !/^(?:س|ج|سوال|جواب)$/.test(view.words[0] ?? '') &&
      before.span.to - before.span.from <= 3 &&
      /:\s/.test(gapBefore(view, span.from)) &&
      !view.mentions.some((m) => m.tokenStart < span.from)
    ) {
      clauses[0] = unreported(before);
      clauses.push(unreported({ ...before, span, zones: [] }));
      continue;
    }
    // "وتراوحت هذه المواقف بين الاستعداد …، والتحفظ المشروط، والرفض القاطع": the items of a list spoken of by no
    // country are no country's either.
    if (
      span.kind === 'coordinated' &&
      before &&
      !before.holder &&
      (before.nonGovernment || before.group) &&
      !view.mentions.some((m) => m.tokenStart >= span.from && m.tokenStart < span.to)
    ) {
      clauses.push({ ...before, span, core: [], zones: [] });
      continue;
    }
    const resumed =
      span.kind === 'resume' && state.matrixClause?.role === 'content'
        ? state.matrixClause
        : span.kind === 'complement' && before?.role === 'content'
          ? before
          : // "إن بلاده ستمدد مهمة مدربيها، الذين …، وإنها تضع …": the words go on after a relative aside.
            span.kind === 'complement' && state.matrixClause?.role === 'content'
            ? state.matrixClause
            : null;
    if (resumed) {
      speaker = resumed.speaker;
      reportedBy = resumed.reportedBy;
    }
    // "ويخلص باحث من معهد … إلى أن …، مشيرا إلى أن كندا …": the adjunct goes on with the same unnamed voice.
    let voiceless = unnamedVoice && clauseWords.has(view.words[span.from] ?? '', 'speechAdjunct');
    // "بعد أن كانت أوسلو تؤكد أنها لن تسهم": what a government used to say is no position it holds now.
    let formerly = false;
    for (const rawPart of speechParts(view, span)) {
      // "قال إن بلاده، التي …، قد تساهم": the words after an aside are still what was said.
      // "…، وإنها تضع …": "that it" refers to the country the speaker spoke of.
      const part =
        resumed && rawPart.role === 'plain'
          ? {
              ...rawPart,
              role: 'content' as const,
              pronominal: THAT_IT.test(view.words[rawPart.span.from] ?? ''),
            }
          : rawPart;
      const zones = findZones(view, part.span);
      const chains = agentChains(view, part.span, zones);
      const found =
        voiceless && part.role === 'speaker'
          ? { holder: null, group: false, nonGovernment: true }
          : // "…، وأنها ستساهم بدلا من ذلك …": "it" is the one the words before were about.
            resumed && part.pronominal && resumed.holder && span.kind === 'complement'
            ? { holder: resumed.holder, group: false, nonGovernment: false }
            : holderFor(view, span, part, zones, state, discourse, speaker, chains);
      const core: number[] = [];
      // "التحالف الذي تقوده فرنسا": the antecedent is a word of the relative clause's predicate.
      if (span.kind === 'relative' && part.span.from === span.from) core.push(...antecedentWords(view, span.from));
      // "وبين الرفض الصريح والاستعداد المشروط، اختارت هولندا …": a phrase that sets the scene states nothing.
      const scene = clauses.length === 0 && part.role === 'plain' && openingPhrase(view, part.span);
      if (!(formerly && part.role === 'content') && !scene)
        for (let i = part.span.from; i < part.span.to; i++)
          if (!zones.some((z) => i >= z.from && i < z.to)) core.push(i);
      const clause: Clause = {
        span: part.span,
        core,
        zones,
        role: part.role,
        holder: found.holder,
        speaker: part.role === 'speaker' ? null : speaker,
        reportedBy: part.role === 'content' || part.role === 'unreported' ? reportedBy : null,
        group: found.group,
        nonGovernment: found.nonGovernment,
      };
      clauses.push(clause);
      if (part.role === 'speaker') {
        formerly = zones.some((z) => z.kind === 'past' && z.to >= part.span.to);
        speaker = found.holder;
        reportedBy = found.nonGovernment || voiceless ? 'other' : 'government';
        // "يرى دبلوماسيون أن … يكرر …": words reported inside an unnamed voice's are no government's either.
        if (found.nonGovernment) voiceless = unnamedVoice = true;
        else if (found.holder) unnamedVoice = false;
        if (found.holder) state.speaker = found.holder;
      }
      if (chains.length) state.named = chains[chains.length - 1]!;
      // "دول مجاورة لروسيا، مثل فنلندا وبولندا": the members named are what "هذه الدول" refers to next.
      else if (found.holder?.source === 'subject') state.named = [...found.holder.mentions];
      if (found.holder && span.kind !== 'relative' && span.kind !== 'aside' && part.role !== 'speaker')
        state.last = found.holder;
      if (part.role === 'speaker' && found.holder && !state.last) state.last = found.holder;
    }
  }
  // "في هلسنكي يبدو الحساب مختلفا. فالبلاد التي …": a sentence that only sets the scene in a capital makes that
  // country the one the next sentences speak of.
  const scene = sceneSeat(view);
  if (scene && !clauses.some((c) => c.holder && c.holder.source !== 'inherited')) {
    return {
      clauses,
      discourse: { subject: holderOf([scene], 'subject'), speaker: state.speaker ?? discourse.speaker, named: [scene] },
    };
  }
  // "وصل رئيس الوزراء اليوناني متأخرا. وقال للصحفيين إن …": an official who acts in a sentence with no speaker is
  // the one who speaks next.
  const actor = clauses.find((c) => c.role === 'plain' && c.holder?.source === 'subject');
  const person =
    !clauses.some((c) => c.role === 'speaker') &&
    actor?.holder?.mentions.every((m) => m.kind === 'leader' || m.kind === 'demonym')
      ? actor.holder
      : null;
  return {
    clauses,
    discourse: {
      subject: state.last ?? discourse.subject,
      speaker: person ?? state.speaker ?? discourse.speaker,
      named: state.named.length ? state.named : discourse.named,
    },
  };
}

/** "في هلسنكي، …"، "وفي أوسلو …": a capital that opens the sentence, the only country it names. */
function sceneSeat(view: SentenceView): Mention | null {
  if (!/^(?:و|ف)?في$/.test(view.words[0] ?? '')) return null;
  const first = view.mentions[0];
  if (!first || first.kind !== 'seat' || first.tokenStart !== 1 || first.conflictParty) return null;
  return view.mentions.every((m) => m.iso3 === first.iso3 || m.conflictParty) ? first : null;
}
