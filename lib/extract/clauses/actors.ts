import { gapBefore, punctuatedBefore, type SentenceView, type Span } from '../text/article-text';
import { normalizeTerm } from '../text/normalize';
import { isPrepositional, withoutConjunction } from '../text/morphology';
import type { Mention } from '../recognize/countries';
import { clauseWords } from './vocabulary';
import type { Zone } from './types';
import { inZone } from './zones';

/**
 * Nouns whose complement is not an agent: "حدود بولندا" (Poland's borders), "أمن أوروبا"، "دعم الولايات المتحدة"
 * (support asked of the US). A country after one of them is a place, an owner or a target, not who acts.
 */
const NON_AGENT_HEADS = new Set(
  [
    'دعم',
    'حدود',
    'امن',
    'سياده',
    'اراضي',
    'ضمانات',
    'ضمان',
    'مساعده',
    'خطه',
    'دور',
    'حق',
    'علاقه',
    'علاقات',
    'مخزونات',
    'تعليقات',
    'تراجع',
    'انسحاب',
    'غزو',
    'عدوان',
    'تهديد',
    'تهديدات',
    'جار',
    'جيران',
    'حمايه',
    'اقتصاد',
    'شعب',
    'سكان',
    'مدن',
    'شرق',
    'غرب',
    'شمال',
    'جنوب',
    'تامين',
    'استقلال',
    'اقناع',
    'اشراك',
    'ضغط',
    'ضغوط',
    'اجواء',
    'سماء',
    'مياه',
    'موانئ',
    'مطالب',
    'رئاسه',
    'زياره',
    'وفد',
    'سفاره',
    'ممثلي',
    'قوي',
    'حلفاء',
    'قمه',
    'مؤتمر',
    'عاصمه',
    'محادثات',
    'جيب',
    'حليف',
    'مواجهه',
    'ردع',
    'حرب',
    'ازمه',
    'جبهه',
    'عضويه',
    'انضمام',
    'جانب',
    'مشاركه',
    'قياده',
    'بقياده',
    'صراع',
    'نزاع',
    'مستقبل',
    'مصير',
    'اعمار',
    'تسليح',
    'تدريب',
    'اهداف',
    'مواقع',
    'مقاطعه',
    'تصريح',
    'تصريحات',
    'بيان',
    'اعلان',
    'كلمه',
    'خطاب',
    'مقابله',
    'جهود',
    'مبادره',
    'دعوات',
    'دعوه',
    'اجتماع',
    'لقاء',
    'لقاءات',
    'جلسه',
    'مكالمه',
    'اجتماعات',
    'قمم',
    'محادثات',
  ].map(normalizeTerm),
);

const ATTRIBUTION = /^(?:[وف])?(?:وفقا|بحسب|حسب|نقلا|عن)$/;
/** Organisations that are not a country: when one is the subject, the clause is nobody's national position. */
const ORGANISATIONS = /^(?:[وف])?(?:ال)?(?:ناتو|حلف|اتحاد|مفوضيه|امم|منظمه|اطلسي|كرملين|مجلس|تحالف|ائتلاف|ايتلاف)$/;

const CABINET = /^ال(?:وزراء|وزاري)$/;
const DEMONSTRATIVE = /^(?:[وف])?(?:هذه|هذا|تلك|ذلك|هاتان|هذان)$/;

/** A country that could hold a position is named in the span (a party to the war holds none). */
const mentionIn = (view: SentenceView, span: Span): boolean =>
  view.mentions.some((m) => m.tokenStart >= span.from && m.tokenStart < span.to && !m.conflictParty);

/** "هذا العام"، "هذه المرة": a time, not a subject. */
const TIME = /^ال(?:عام|سنه|شهر|اسبوع|يوم|مره|صيف|شتاء|ربيع|خريف|اثناء|اسبوع|فتره|مرحله|لحظه|وقت|ليله|صباح|مساء)$/;

/** Particles spelled with a leading alif-lam: "إلا"، "إلى". */
const NOT_A_NOUN = /^(?:الا|الي|الان)$/;

/** A definite noun that names no country, government, group or troops. */
function isThing(view: SentenceView, i: number): boolean {
  const word = view.words[i];
  if (!word?.startsWith('ال') || TIME.test(word) || NOT_A_NOUN.test(word)) return false;
  if (clauseWords.has(word, 'relative') || view.mentions.some((m) => m.tokenStart === i)) return false;
  return !(['govHead', 'group', 'self', 'troopHead', 'otherHead'] as const).some((kind) => clauseWords.has(word, kind));
}

const isPreposition = (word: string | undefined): boolean => word !== undefined && clauseWords.has(word, 'preposition');
const isGovHead = (word: string): boolean =>
  clauseWords.has(word, 'govHead') || clauseWords.has(withoutConjunction(word), 'govHead');
const isTitle = (word: string): boolean => clauseWords.has(word, 'title');

/**
 * "قادة من أستراليا"، "ممثلو كندا": people who represent a country, so the country after "من" acts through them.
 */
const REPRESENTATIVES = /^(?:[وف])?(?:قاده|زعماء|ممثلو|ممثلون|ممثلين|وفود|وفد|وزراء|مسوولون|مسوولين)$/;

/**
 * A demonym names an actor when it follows a government head, walking back over heads, titles and "باسم"
 * ("المتحدث باسم الحكومة الألمانية"، "مصدر بوزارة الدفاع التركية"); after a newspaper, the opposition or
 * troops it does not.
 */
/** Nouns of taking part: "مشاركة لاتفية" is Latvia's own participation. */
const PARTICIPATION_NOUN = /^(?:ال)?(?:مشاركه|مساهمه|اسهام)$/;

function demonymIsAgent(view: SentenceView, m: Mention): boolean {
  if (m.people) return !isPreposition(view.words[m.tokenStart - 1]);
  // "إن حجم أي مشاركة لاتفية سيتوقف على …": the country whose participation, any of it, is weighed. ("مستوى
  // المشاركة الأمريكية هو الذي سيحدد …" is the other country's participation as a measure, not an actor.)
  if (PARTICIPATION_NOUN.test(view.words[m.tokenStart - 1] ?? '') && view.words[m.tokenStart - 2] === 'اي') return true;
  // "رئيسا الوزراء المجري فيكتور أوربان والسلوفاكي روبرت فيكو": a demonym joined to an actor just before it.
  if (joinedByAnd(m)) {
    const previous = view.mentions.filter(
      (o) => o.tokenEnd <= m.tokenStart && o.tokenEnd >= m.tokenStart - 3 && o.iso3 !== m.iso3,
    );
    if (previous.some((o) => isAgentPosition(view, o))) return true;
  }
  let i = m.tokenStart - 1;
  let heads = 0;
  while (i >= 0) {
    const word = view.words[i]!;
    if (clauseWords.has(word, 'otherHead') || (clauseWords.has(word, 'troopHead') && !isGovHead(word))) return false;
    if (
      isGovHead(word) ||
      isTitle(word) ||
      word === 'باسم' ||
      view.mentions.some((o) => o !== m && o.tokenEnd === i + 1 && o.iso3 === m.iso3)
    ) {
      if (isGovHead(word)) heads++;
      i--;
      continue;
    }
    break;
  }
  if (!heads) return false;
  // "تمت الموافقة من قبل مجلس الوزراء البرتغالي": the agent of a passive acts.
  if (view.words[i] === 'قبل' && /^(?:و)?من$/.test(view.words[i - 1] ?? '')) return true;
  // "مصدر في وزارة الدفاع اليونانية"، "مسؤول بوزارة الخارجية": someone speaking from inside a government body.
  if (/^(?:في|من)$/.test(view.words[i] ?? '') && SOURCE_NOUN.test(view.words[i - 1] ?? '')) return true;
  // "غاب عنه وزير الدفاع الكندي": a preposition that carries its own pronoun governs no noun after it.
  return !isPreposition(view.words[i]) || carriesPronoun(view.words[i]!);
}

/** "عنه"، "فيها"، "إليه": a preposition with a pronoun suffix, complete in itself. */
const carriesPronoun = (word: string): boolean =>
  (clauseWords.classify(word).readings.get('preposition')?.suffix ?? '') !== '';

const SOURCE_NOUN = /^(?:[وف])?(?:مصدر|مصادر|مسوول|مسوولون|مسوولين|متحدث|متحدثه|ناطق|ناطقه)$/;

/** A mention stands where an agent stands: not after a preposition, not the complement of a non-agent noun. */
export function isAgentPosition(view: SentenceView, m: Mention): boolean {
  if (m.dateline) return false;
  // "يضم التحالف، بقيادة فرنسا وبريطانيا، نحو 30 دولة تبحث …": who leads is named, not who acts in the clause.
  if (LED_BY.test(view.words[m.tokenStart - 1] ?? '')) return false;
  if (m.kind === 'demonym') return demonymIsAgent(view, m);
  // "متحدث باسم داونينغ ستريت": the seat a spokesman speaks for is the one speaking.
  if (view.words[m.tokenStart - 1] === 'باسم' && SOURCE_NOUN.test(view.words[m.tokenStart - 2] ?? '')) return true;
  if (m.prepositional) return false;
  let i = m.tokenStart - 1;
  // Walk back over titles, heads and other mentions of a chain ("رئيس الوزراء البريطاني كير ستارمر").
  while (i >= 0 && !punctuatedBefore(view, i + 1)) {
    const word = view.words[i]!;
    if (isTitle(word) || isGovHead(word) || sameCountryAt(view, i, m)) {
      i--;
      continue;
    }
    break;
  }
  const before = view.words[i];
  if (before === undefined || punctuatedBefore(view, i + 1)) return true;
  // "بالإضافة إلى الاتحاد الأوروبي والمملكة المتحدة": joined with و to the object of a preposition.
  if (joinedByAnd(m) && prepositionJustBefore(view, m.tokenStart)) return false;
  // "بين روسيا وإدارة ترامب"، "بريطانيا وفرنسا": a noun coordinated with another country's shares its place.
  const other = view.mentions.find((o) => o.tokenStart <= i && i < o.tokenEnd);
  if (
    other &&
    other.iso3 !== m.iso3 &&
    (joinedByAnd(m) || view.words.slice(i + 1, m.tokenStart).some((w) => w.startsWith('و')))
  )
    return isAgentPosition(view, other);
  // "حتى اليابان، وهي بعيدة جغرافيا، أعلنت …": "even", not "until", when it opens the sentence.
  if (before === 'حتي' && (i === 0 || punctuatedBefore(view, i))) return true;
  // "أبدت كل من بلجيكا وليتوانيا": "both", not "from".
  if ((before === 'من' || before === 'ومن') && /^(?:و)?كلا?$/.test(view.words[i - 1] ?? '')) return true;
  // "تمت الموافقة من قبل مجلس الوزراء البرتغالي": the agent of a passive acts.
  if (before === 'قبل' && /^(?:و)?من$/.test(view.words[i - 1] ?? '') && i < m.tokenStart - 1) return true;
  // "ممثلو كندا"، "قادة من أستراليا"، "ممثلون عن تركيا": who acts for the country after the preposition.
  if (before === 'من' || before === 'ومن' || before === 'عن') return REPRESENTATIVES.test(view.words[i - 1] ?? '');
  if (clauseWords.has(before, 'otherHead')) return false;
  // "تنتمي إليه سلوفينيا": a preposition that carries its own pronoun governs no noun after it.
  const governs =
    isPreposition(before) && (clauseWords.classify(before).readings.get('preposition')?.suffix ?? '') === '';
  // "إعلان المجر رفضها …": the country's announcement of its own stance (not "إعلان باريس", a declaration).
  if (
    /^(?:ب|و|ل)?(?:ال)?اعلان$/.test(before) &&
    m.kind === 'name' &&
    /\S{3}(?:ها|ه)$/.test(view.words[m.tokenEnd] ?? '')
  )
    return true;
  return !governs && !NON_AGENT_HEADS.has(withoutConjunction(before).replace(/^ال/, ''));
}

const LED_BY = /^(?:و)?(?:ب|ل)(?:قياده|رياسه|زعامه)$/;

/** The mention carries the conjunction و (not a name that starts with it: واشنطن، وارسو). */
export const joinedByAnd = (m: Mention): boolean => m.clitic.startsWith('و');

/** A preposition within the four words before `at`, with no punctuation or other country between. */
function prepositionJustBefore(view: SentenceView, at: number): boolean {
  for (let k = at - 1; k >= Math.max(0, at - 4); k--) {
    if (punctuatedBefore(view, k + 1) || view.mentions.some((o) => o.tokenStart <= k && k < o.tokenEnd)) return false;
    if (isPreposition(view.words[k])) return true;
  }
  return false;
}

/** Another mention of the same country covers token i: "رئيس الوزراء البريطاني كير ستارمر". */
function sameCountryAt(view: SentenceView, i: number, m: Mention): boolean {
  return view.mentions.some((o) => o.tokenStart <= i && i < o.tokenEnd && o.iso3 === m.iso3);
}

/**
 * Mentions in agent position grouped into coordinated chains ("بريطانيا وفرنسا وأستراليا"), in text order.
 * Mentions inside condition and reason zones are left out.
 */
export function agentChains(view: SentenceView, span: Span, zones: readonly Zone[]): Mention[][] {
  const candidates = view.mentions.filter(
    (m) =>
      m.tokenStart >= span.from && m.tokenEnd <= span.to && !inZone(zones, m.tokenStart) && isAgentPosition(view, m),
  );
  const chains: Mention[][] = [];
  for (const m of candidates) {
    const chain = chains[chains.length - 1];
    const last = chain?.[chain.length - 1];
    if (chain && last && linked(view, last, m)) chain.push(m);
    else chains.push([m]);
  }
  return chains;
}

const IN_ADDITION = /^(?:و)?(?:اضافه الي|بالاضافه الي|فضلا عن|علاوه علي)$/;

/** Two mentions are one coordinated chain: "بريطانيا وفرنسا"، "الرئيس الفرنسي … ورئيس الوزراء البريطاني". */
export function linked(view: SentenceView, last: Mention, m: Mention): boolean {
  const startsWithAnd = joinedByAnd(m);
  // "بقيادة بريطانية فرنسية": two adjectives of nationality side by side qualify one joint thing.
  if (m.tokenStart === last.tokenEnd)
    return (
      startsWithAnd ||
      last.iso3 === m.iso3 ||
      /[،,]/.test(gapBefore(view, m.tokenStart)) ||
      (last.kind === 'demonym' && m.kind === 'demonym')
    );
  // "رئيس الوزراء المجري فيكتور أوربان": the demonym and the name of one country, a first name between.
  if (last.iso3 === m.iso3 && m.tokenStart - last.tokenEnd <= 3) return true;
  const between = view.words.slice(last.tokenEnd, m.tokenStart);
  // "كندا وأستراليا، إضافة إلى النرويج والدنمارك": "in addition to" goes on with the same list.
  if (IN_ADDITION.test(between.join(' '))) return true;
  return (
    between.length <= 4 &&
    (startsWithAnd ||
      between.some((w) => /^(?:و|او|وكذلك|كذلك)$/.test(w) || (w.startsWith('و') && (isGovHead(w) || isTitle(w)))))
  );
}

const COUNT_WORD =
  /^(?:حوالي|نحو|قرابه|عشر|عشره|عشرين|ثلاثين|اربعين|خمس|خمسه|ست|سته|سبع|سبعه|ثماني|ثمانيه|تسع|تسعه|اربع|اربعه|ثلاث|ثلاثه|عده|بضع)$/;

/**
 * "وعلى المستوى الأوروبي، تسعى المفوضية …"، "ووفقا لمسؤول بريطاني، فإن أكثر من 10 دول …": a phrase of place, level
 * or source set off by a comma comes before the subject.
 */
const OPENING_PREPOSITION = /^(?:[وف])?(?:في|علي|عند|وفقا|طبقا|حسب|بحسب)$/;
function afterOpeningPhrase(view: SentenceView, span: Span): number {
  if (!OPENING_PREPOSITION.test(view.words[span.from] ?? '')) return span.from;
  for (let k = span.from + 2; k < Math.min(span.to, span.from + 5); k++) if (punctuatedBefore(view, k)) return k;
  return span.from;
}

/** A present verb with a dual or plural ending ("تقودان"، "يدعمون") or a past one ("تعهدتا"، "قرروا"). */
const PLURAL_VERB = /^(?:[وف])?(?:س)?(?:[يت]\S{2,}(?:ان|ون)|\S{2,}(?:تا|وا))$/;

/** What the subject of a span is when it is no country: a group of countries, or an organisation or non-government body. */
export function nonCountrySubject(view: SentenceView, span: Span): 'group' | 'other' | null {
  const from = afterOpeningPhrase(view, span);
  for (let i = from; i < Math.min(span.to, from + 4); i++) {
    const word = view.words[i]!;
    if (view.mentions.some((m) => m.tokenStart === i)) return null;
    // "بالإضافة إلى الاتحاد الأوروبي …": a noun after a preposition is no subject.
    if (isPreposition(view.words[i - 1]) && i > span.from) continue;
    if (/^\d+$/.test(word) && clauseWords.has(view.words[i + 1] ?? '', 'group')) return 'group';
    // "حوالي عشرة إلى خمس عشرة دولة": a count in words, then the countries.
    if (COUNT_WORD.test(word) && view.words.slice(i + 1, i + 5).some((w) => /^(?:دوله|دول|بلدا|بلدان|دولا)$/.test(w)))
      return 'group';
    // "يقترح الأمين العام للحلف هدفا جديدا": an organisation's secretary-general is no government.
    if (/^(?:[وف])?(?:ال)?امين$/.test(word) && /^(?:ال)?عام$/.test(view.words[i + 1] ?? '')) return 'other';
    // "ويبقى انتشار القوة مرهونا بوقف إطلاق النار": the force's deployment is the subject, no country's.
    if (
      /^(?:[وف])?(?:انتشار|نشر)$/.test(word) &&
      /^(?:ال)?قوه$/.test(view.words[i + 1] ?? '') &&
      (i === span.from || /^(?:[وف])?(?:يبقي|تبقي|يظل|تظل|بات|اصبح|ظل)$/.test(view.words[i - 1] ?? ''))
    )
      return 'other';
    // "أكثر من 10 دول"، "أقل من 5 دول": a count of countries after "more than".
    if (
      /^(?:[وف])?(?:اكثر|اقل)$/.test(word) &&
      view.words[i + 1] === 'من' &&
      /^\d+$/.test(view.words[i + 2] ?? '') &&
      clauseWords.has(view.words[i + 3] ?? '', 'group')
    )
      return 'group';
    // "26 من حلفاء أوكرانيا"، "أكثر من 10 دول": a count of countries.
    if (/^\d+$/.test(word) && view.words[i + 1] === 'من' && clauseWords.has(view.words[i + 2] ?? '', 'group'))
      return 'group';
    // "كل من بلجيكا وليتوانيا": both of the countries named, not a group.
    if (/^(?:و)?كلا?$/.test(word) && view.words[i + 1] === 'من' && view.mentions.some((m) => m.tokenStart === i + 2))
      return null;
    // "وتعهدت حكومتها برفع هذه النسبة": its government, the country spoken of, is the subject.
    const self = clauseWords.classify(word).readings.get('self');
    if (self && /^(?:ه|ها|هم|هما)$/.test(self.suffix)) return null;
    // "تقودان التحالف": a verb that carries a dual or plural subject has its subject already; the noun is its object.
    if (i === from + 1 && PLURAL_VERB.test(view.words[from]!)) continue;
    if (clauseWords.has(word, 'group') && !clauseWords.has(word, 'these')) return 'group';
    // "لا تغير هذه المساهمات ميزان القوة": a thing pointed at ("هذه المساهمات"، "تلك الخطوة") is the subject, not a country.
    // A country named later in the clause ("… هذا الحراك …، إذ تخطط الحكومة الألمانية") still speaks for itself.
    if (DEMONSTRATIVE.test(word) && isThing(view, i + 1) && !mentionIn(view, span)) return 'other';
    // "وفقا لصحيفة …"، "بحسب وكالة …": a source cited, not the subject.
    const cited =
      ATTRIBUTION.test(view.words[i - 1] ?? '') ||
      isPrepositional(clauseWords.classify(word).readings.get('otherHead')?.prefix ?? '');
    // "مجلس الوزراء" is the cabinet: the government of the country in hand, not an organisation.
    if (ORGANISATIONS.test(word) && CABINET.test(view.words[i + 1] ?? '')) return null;
    if ((clauseWords.has(word, 'otherHead') && !cited) || ORGANISATIONS.test(word)) return 'other';
  }
  return null;
}
