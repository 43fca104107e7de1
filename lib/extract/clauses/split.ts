import { gapBefore, punctuatedBefore, type SentenceView, type Span } from '../text/article-text';
import { PhraseSet } from '../text/phrases';
import { clauseWords } from './vocabulary';
import { joinedByAnd } from './actors';
import type { Mention } from '../recognize/countries';

/**
 * A clause span and how it relates to the one before: `relative` ("X، الذي …") and `aside` ("X، رغم …،") are about
 * something else and the subject resumes after them (`resume`); `coordinated` ("…، وستضع …"), `adjunct`
 * ("…، مشيرا إلى أن …") and `keep` (a contrast with a pronoun: "لكنها …"، "غير أنه …") go on with the subject;
 * `complement` ("… وأن فيلنيوس جاهزة") is a second thing the same speaker said.
 */
export interface ClauseSpan extends Span {
  kind: 'plain' | 'relative' | 'aside' | 'resume' | 'coordinated' | 'adjunct' | 'keep' | 'complement';
}

/** "، مع إبداء …"، "، مع التأكيد على …": what the subject adds, with a verbal noun of saying or showing. */
const WITH_SHOWING = ['إبداء', 'تأكيد', 'التأكيد', 'الإعراب', 'إعلان', 'الإعلان', 'استعداد', 'الاستعداد'].map(
  (noun) => `مع ${noun}`,
);
const WITH_PHRASE = /^و?مع$/;
const WITH_PRONOUN = (head: string) => ['ه', 'ها', 'هم', 'هما', 'نا'].map((p) => `${head}${p}`);
const CONTRAST_PHRASES = new PhraseSet([
  'غير أن',
  'إلا أن',
  'بيد أن',
  ...['غير أن', 'إلا أن', 'بيد أن'].flatMap(WITH_PRONOUN),
  'في حين',
  'في المقابل',
  'ومع ذلك',
  'مع ذلك',
  'في الوقت نفسه',
  'في الوقت ذاته',
  'رغم ذلك',
  'وبالرغم من ذلك',
  'من جهتها',
  'من جهته',
  'من جانبها',
  'من جانبه',
  'أما',
  // "رفضت إرسال جنود، مع إبداء الاستعداد للمساهمة …": a second stance of the same subject, set off by a comma.
  ...WITH_SHOWING,
]);
/** "غير أنها"، "إلا أنه": the pronoun on أن keeps the subject; "فيما يتعلق" is "regarding", not "while". */
/** Contrast phrases that are also adverbs ("في المقابل"، "في الوقت نفسه"): without و or a comma they are not connectives. */
const ADVERBIAL = /^في$/;
const PRONOUN_ON_AN = /^ان(?:ه|ها|هم|هما|نا)$/;
const REGARDING = /^(?:يتعلق|يخص|يتصل)$/;

/** The first two letters, after و or ف, of every word a contrast can start with: most words are rejected by them. */
const CONTRAST_HEADS: ReadonlySet<string> = new Set([
  'لك',
  'بي',
  'في',
  'ال',
  'غي',
  'مع',
  'رغ',
  'با',
  'من',
  'ام',
  'ول',
  'وم',
  'وب',
  'وف',
  'يم',
  'مق',
]);
const headOf = (word: string): string => (/^[وف]/.test(word) && word.length > 3 ? word.slice(1, 3) : word.slice(0, 2));

function contrastAt(view: SentenceView, i: number): { length: number; keeps: boolean } | null {
  const word = view.words[i]!;
  if (!CONTRAST_HEADS.has(headOf(word)) && !CONTRAST_HEADS.has(word.slice(0, 2))) return null;
  const phrase = CONTRAST_PHRASES.at(view.words, i);
  // "سيوفر في المقابل الدعم": "in return", an adverb inside the clause, unless set off or joined with و.
  if (phrase && ADVERBIAL.test(word) && view.words[i + 1] !== 'حين' && i > 0 && !punctuatedBefore(view, i)) return null;
  // "مع" joins nouns as often as clauses: only after a comma does it start one.
  if (phrase && WITH_PHRASE.test(word))
    return i > 0 && punctuatedBefore(view, i) ? { length: phrase, keeps: true } : null;
  if (phrase) return { length: phrase, keeps: PRONOUN_ON_AN.test(view.words[i + phrase - 1]!) };
  const classes = clauseWords.classify(word);
  if (!classes.classes.has('contrast')) return null;
  // "المقابل" is a connective only as the phrase above.
  if (/^(?:و|ب|في)?المقابل$/.test(word) && view.words[i - 1] === 'في') return null;
  const bare = word.replace(/^[وف]/, '');
  if (/^(?:غير|الا|بيد)$/.test(bare)) return null;
  if (/^فيما$/.test(bare) && REGARDING.test(view.words[i + 1] ?? '')) return null;
  const reading = classes.readings.get('contrast');
  return { length: 1, keeps: /^لكن/.test(bare) && (reading?.suffix ?? '') !== '' };
}

/** "كل من:"، "هي:"، "التالية:": words before a colon that opens a list. */
const LIST_OPENS = /(?:^| )(?:(?:و)?كل من|وهي|هي|التاليه|الاتيه|التاليين)$/;
/** "…، وبنشر …"، "…، وبإرسال …": a verbal noun with و and ب, the next object of the noun before. */
const SECOND_OBJECT = /^وب(?:ال)?(?:نشر|ارسال|مساهمه|تقديم|توفير|تخصيص|قياده|المشاركه|مشاركه)$/;

/** "إذ"، "حيث": as, since, where: a clause of reason or circumstance follows. */
const CAUSAL = /^(?:اذ|حيث)$/;

/** "كما" before a verb: "and also" (not "كما هو الحال", as is the case). */
const ALSO_VERB = /^و?كما$/;
/** "وهي"، "وهو": "being" after a name, set off by commas. */
const APPOSITIVE = /^و(?:هي|هو|هما|هم)$/;
const isRelative = (word: string) => clauseWords.has(word, 'relative');
const isConcessive = (word: string) => clauseWords.has(word, 'concessive');

/** Splits a sentence into clause spans at contrasts, semicolons, speech adjuncts, asides and coordinated verbs. */
export function clauseSpans(view: SentenceView): ClauseSpan[] {
  const spans: ClauseSpan[] = [];
  const mentionStarts = new Set(view.mentions.map((m) => m.tokenStart));
  const mentionAt: (Mention | undefined)[] = [];
  for (const m of view.mentions) mentionAt[m.tokenStart] = m;
  let from = 0;
  let kind: ClauseSpan['kind'] = 'plain';
  let asideEnds = -1;
  const cut = (at: number, next: ClauseSpan['kind']) => {
    if (at > from) spans.push({ from, to: at, kind });
    from = at;
    kind = next;
  };
  // A contrast that opens the sentence ("في المقابل، أكدت …") only links it to the one before.
  const opening = view.words.length ? contrastAt(view, 0) : null;
  // A dateline ("لاهاي - (أ ف ب) -") is a clause of its own: the sentence's subject comes after it.
  const dateline = datelineEnd(view);
  if (dateline > 0) cut(dateline, 'plain');
  for (let i = Math.max(1, opening?.length ?? 0, dateline + 1); i < view.words.length; i++) {
    const word = view.words[i]!;
    const comma = punctuatedBefore(view, i);
    if (i === asideEnds) {
      asideEnds = -1;
      cut(i, 'resume');
    }
    if (
      /[;؛]/.test(gapBefore(view, i)) ||
      (gapBefore(view, i).includes(':') &&
        !speechSince(view, from, i) &&
        // "ووقع البيان قادة كل من: المملكة المتحدة، وفرنسا …": a colon that opens a list.
        !LIST_OPENS.test(`${view.words[i - 2] ?? ''} ${view.words[i - 1] ?? ''}`) &&
        !view.mentions.some((m) => m.tokenStart === from && m.tokenEnd === i))
    ) {
      asideEnds = -1;
      cut(i, 'plain');
    }
    const contrast = contrastAt(view, i);
    if (contrast) {
      asideEnds = -1;
      cut(i, contrast.keeps ? 'keep' : 'plain');
      i += contrast.length - 1;
      continue;
    }
    if (asideEnds >= 0) continue;
    if (isRelative(word)) {
      cut(i, 'relative');
      asideEnds = nextComma(view, i);
      continue;
    }
    // "الهند، وهي من أكبر الدول المساهمة …، لن تنظر …": a description of the country just named; its predicate follows.
    if (comma && APPOSITIVE.test(word) && view.mentions.some((m) => m.tokenEnd === i)) {
      cut(i, 'relative');
      asideEnds = nextComma(view, i);
      continue;
    }
    if (comma && isConcessive(word)) {
      cut(i, 'aside');
      asideEnds = nextComma(view, i);
      continue;
    }
    // "… «حالما يتم التوصل إلى وقف لإطلاق النار» مضيفا أن …": after a closing quote, or before "أن", no comma needed.
    if (
      clauseWords.has(word, 'speechAdjunct') &&
      (comma || /["”»]/.test(gapBefore(view, i)) || /^(?:ان|بان|انه|انها)$/.test(view.words[i + 1] ?? ''))
    ) {
      cut(i, 'adjunct');
      continue;
    }
    // "وفيما أبدت بلجيكا استعدادها …، اكتفت الحكومة الإيطالية …": after a comma, a verb and a new subject.
    // "…، إذ تتمسك موسكو برفض …": "as", "since" before such a verb starts a clause too.
    // "…، إذ قال رئيس وزرائها إن …": a verb of saying after "as" opens words of their own.
    const causalClause =
      CAUSAL.test(word) && (verbWithNewSubject(view, i + 1) || clauseWords.has(view.words[i + 1] ?? '', 'speech'));
    if (comma && (verbWithNewSubject(view, i) || causalClause)) {
      asideEnds = -1;
      cut(i, 'plain');
      continue;
    }
    // "أعلن … أن تالين مستعدة … وأن فيلنيوس جاهزة …": a second thing said, by the same speaker.
    // "… مرجحا أن تكتفي قبرص …، وأن ترسل نيوزيلندا …": the verb may come before the country.
    // "…، وإنها تضع هذه المهمة في خدمة …": the same speaker's next words, about the country it spoke of.
    if (
      (/^و(?:ان|بان)$/.test(word) &&
        speechSince(view, 0, i) &&
        view.mentions.some(
          (m) => m.tokenStart === i + 1 || (m.tokenStart === i + 2 && /^[يتن]\S{2,}$/.test(view.words[i + 1]!)),
        )) ||
      (comma && /^و(?:ان|بان)(?:ها|ه|هم|هما)$/.test(word) && speechSince(view, 0, i))
    ) {
      asideEnds = -1;
      cut(i, 'complement');
      continue;
    }
    // "…، كما أشارت إلى أن …": a second predicate of the same subject, with or without a comma.
    if (
      ALSO_VERB.test(word) &&
      /^[يتناس]\S{2,}|^(?:ان|اشار|اكد|اعلن|قال|شدد|اوضح|لفت|نوه)\S*$/.test(view.words[i + 1] ?? '')
    )
      cut(i, 'coordinated');
    // "التزام بقيادة القوة، وبنشر وحداتهما": a second object of the same noun, not a clause of its own.
    // "وشاركت في الاجتماع، حضوريا، وفود سلوفينيا وألبانيا": a head whose own first letter is و ("وفود") followed by
    // the countries it speaks for is the verb's late subject, not a coordinated clause.
    else if (
      comma &&
      /^و\S{2,}/.test(word) &&
      !mentionStarts.has(i) &&
      !isRelative(word) &&
      !SECOND_OBJECT.test(word) &&
      !(WAW_HEAD.test(word) && mentionStarts.has(i + 1))
    )
      cut(i, 'coordinated');
    // "ستوكهولم تعرض طائرات وسفنا وأوسلو تكتفي بالدعم": a country joined with و after a predicate starts a clause of its own.
    else if (newSubjectAt(view, i, mentionAt[i])) cut(i, 'plain');
  }
  cut(view.words.length, 'plain');
  return spans;
}

/** Heads whose root begins with و: delegations ("وفود"، "وفد"), not "and" before a noun. */
const WAW_HEAD = /^(?:وفد|وفود)$/;

/** Words after a comma that introduce examples or a place, not a verb: "، بينها فرنسا"، "، مثل بولندا". */
const NOT_A_VERB =
  /^(?:ال|و|\d)|^(?:مثل|منها|بينها|بينهم|خاصه|لاسيما|سيما|اي|وهي|وهو|اذ|حيث|عبر|نحو|حوالي|ابرزها|اخرها|اولها|بقياده|برياسه|بزعامه|بمشاركه|بحضور|بدعم|بطلب|بمبادره|برعايه|باستثناء|بخلاف|بما)$/;

/** Word i is a verb whose subject, a country or its government, follows within two words. */
function verbWithNewSubject(view: SentenceView, i: number): boolean {
  const word = view.words[i]!;
  if (
    NOT_A_VERB.test(word) ||
    clauseWords.has(word, 'preposition') ||
    clauseWords.has(word, 'complementiser') ||
    view.mentions.some((m) => m.tokenStart <= i && i < m.tokenEnd)
  )
    return false;
  const subject = view.mentions.find((m) => m.tokenStart > i && m.tokenStart <= i + 3);
  if (!subject || subject.prepositional) return false;
  if (subject.tokenStart === i + 1) return subject.kind !== 'demonym';
  // "، قالت رئيسة الوزراء الدنماركية"، "، أكد رئيس وزراء لوكسمبورغ": a title, then whose.
  const between = view.words.slice(i + 1, subject.tokenStart);
  const titled = between.every((w) => clauseWords.has(w, 'govHead') || clauseWords.has(w, 'title'));
  return titled && (subject.kind === 'demonym' || clauseWords.has(between[0]!, 'title'));
}

/** A country joined with و right after a word that is neither a country nor a title: the subject of a new clause. */
function newSubjectAt(view: SentenceView, i: number, m: Mention | undefined): boolean {
  if (!m || m.prepositional || !joinedByAnd(m) || i < 2) return false;
  const before = view.words[i - 1]!;
  if (
    view.mentions.some((x) => x.tokenEnd === i) ||
    clauseWords.has(before, 'govHead') ||
    clauseWords.has(before, 'title') ||
    clauseWords.has(before, 'preposition')
  )
    return false;
  // A clause of its own has a predicate before it: at least two words since the last country named.
  const last = view.mentions.filter((x) => x.tokenEnd < i).pop();
  if (last === undefined) return i >= 3 && !view.words.slice(0, i).some((w) => clauseWords.has(w, 'preposition'));
  return i - last.tokenEnd >= 2 && !view.words.slice(last.tokenEnd, i).some((w) => clauseWords.has(w, 'preposition'));
}

/** The first token after a dateline that opens the sentence ("لاهاي - (أ ف ب) -"، "كانبيرا في 9 مارس /العمانية/"), or 0. */
function datelineEnd(view: SentenceView): number {
  const first = view.mentions[0];
  if (!first?.dateline || first.tokenStart > 1) return 0;
  const lastPlace = Math.max(...view.mentions.filter((m) => m.dateline).map((m) => m.tokenEnd));
  const limit = Math.min(view.words.length, lastPlace + 10);
  for (let k = lastPlace; k < limit; k++) {
    const gap = gapBefore(view, k);
    const opens = /[(/]/.test(gap) && !/[)]/.test(gap);
    if (opens) {
      // The agency in brackets or slashes: the dateline ends after it closes.
      for (let j = k + 1; j < limit; j++) if (/[)/]/.test(gapBefore(view, j))) return j;
      return 0;
    }
    if (/[-–—]/.test(gap)) return k;
  }
  return 0;
}

/** A verb of saying between `from` and `to`, whose words a colon opens: "وقال للصحفيين: …". */
function speechSince(view: SentenceView, from: number, to: number): boolean {
  for (let k = from; k < to; k++)
    if (
      clauseWords.has(view.words[k]!, 'speech') ||
      clauseWords.has(view.words[k]!, 'speechAdjunct') ||
      clauseWords.has(view.words[k]!, 'deny')
    )
      return true;
  return false;
}

function nextComma(view: SentenceView, i: number): number {
  for (let k = i + 1; k < view.words.length; k++) if (punctuatedBefore(view, k)) return k;
  return -1;
}
