import type { Stance } from '@/lib/schema/stance';
import type { Clause, ZoneKind } from '../clauses/types';
import { compilePattern, type Pattern } from './pattern';

/**
 * Stance rules, in order: the first rule that matches a clause decides it. Each is data: a pattern over the
 * clause's words (pattern.ts), the stance it states, how sure it is, and an example sentence (written for this
 * table) with the country it must give that stance to; rules.test.ts runs every example through the pipeline.
 *
 * - `stance: null` says the clause states no position (a reporter's guess), so no later rule may read one.
 * - `holder` says whose position it is: the clause's holder (default); the countries named right after the cue
 *   (`after`, within `reach` words: "بقيادة فرنسا وبريطانيا"، "يضم … كندا واليابان"), else the clause's (or nobody's,
 *   `afterOnly`: "من بينها …" names its members or none); the country right after the cue
 *   (`genitive`: "الدعم الأمريكي للضمانات"); the countries a group is exemplified by (`examples`: "لبعض الدول، مثل إيطاليا").
 * - `zones`: the clause must have a condition of one of these kinds ("لن … دون تفويض").
 * - `unless`: patterns that, matching anywhere in the clause, veto the rule (aid to Kyiv is not support for the force).
 * - `sentence`: patterns that must match somewhere in the sentence (membership counts only in a coalition).
 */
export interface StanceRule {
  id: string;
  stance: Stance | null;
  confidence: number;
  match: string;
  example: { text: string; iso3: string };
  holder?: 'clause' | 'after' | 'afterOnly' | 'genitive' | 'examples';
  /** For `after`: how many words after the cue the first of those countries may stand (2 unless given). */
  reach?: number;
  roles?: readonly Clause['role'][];
  /** For reported speech: who must have reported it (a hedge a newspaper reports is its guess). */
  reportedBy?: readonly Clause['reportedBy'][];
  zones?: readonly ZoneKind[];
  unless?: readonly string[];
  sentence?: readonly string[];
  /** Patterns that must match somewhere in the sentence before ("شاركت … أيضا" after a sentence about the meeting). */
  previous?: readonly string[];
  /** Patterns that must match in one of the `EARLIER_REACH` sentences before ("شاركت في الاتصال" after the call). */
  earlier?: readonly string[];
  /** Patterns that, found in this sentence or any before it, rule the reading out. */
  unlessEarlier?: readonly string[];
}

/** How many sentences back an `earlier` pattern may be found. */
export const EARLIER_REACH = 8;

/** Aid to either party (weapons, money, supporting Ukraine or Russia itself) is not support for the force. */
/** Formed units of troops: "قوات جوية"، "وحدات برية وبحرية" are forces in the air and at sea, not support. */
const UNITS = 'وحدات|بوحدات|قوات|بقوات|كتيبه|بكتيبه|سريه|بسريه|لواء|بلواء';
const TO_UKRAINE = [
  // "ستواصل تمويل مشاريع إزالة الألغام": funding projects (in Ukraine) is aid, not support for the force.
  'تمويل|بتمويل|تمول|يمول|ستمول|سيمول …1 مشاريع|مشروعات|برامج|برنامج',
  // Rebuilding Ukraine ("إعادة الإعمار") is aid, whoever pays for it.
  'اعاده =الاعمار|=اعمار',
  '@support|@supportVerb|@provide اوكرانيا|كييف|روسيا|موسكو',
  '@support|@supportVerb|@provide …1 لاوكرانيا|لكييف|الاوكرانيه|الاوكراني|لموسكو|لروسيا',
  // Weapons and equipment are aid, but keeping the force's equipment ("وصيانة معداتها") is logistics.
  '!صيانه|تخزين|اصلاح @aid',
];
const SENDING = '@send|@join|@presence';
/** "لم يعلن"، "لم تعلنا": announced nothing. */
const ANNOUNCED_NOT = 'يعلن|تعلن|يعلنوا|يعلنا|تعلنا+neg';
/** Support for talks and diplomacy ("دعم المفاوضات"، "دعم جهود الوساطة"): not support for the force. */
const FOR_TALKS = '@support …1 المفاوضات|مفاوضات|المحادثات|محادثات|الحوار|الوساطه|جهود|مساعي|التسويه|المسار';
/** Budget words that make "يخصص … للعسكريين" money for soldiers, not soldiers for the force. */
const MONEY_FOR_SOLDIERS = 'تحسين|اوضاع|رواتب|رواتبهم|اجور|ميزانيه|مليار|مليارات|مليون|ملايين|تمويل';
const TROOPS_OR_FORCE = '@troops|@force|@military|@peacekeeping';
/** Trainers and instructors: what a training mission of the force is given. */
const TRAINERS = 'مدربين|بمدربين|مدربون|مدربي|بمدربي|مدرب|مدربا|بمدربا|مدربيها';
/** Verbs of denying ("نفى" with its alif maqsura read as ya). */
const DENY = 'نفي|نفت|ينفي|تنفي|نفوا|ننفي';
/** Verbs of backing away from something ("تراجع عن"، "تخلى عن"، "عدل عن"). */
const WITHDRAW =
  'تراجع|تراجعت|يتراجع|تتراجع|نتراجع|تخلي|تخلت|يتخلي|تتخلي|نتخلي|عدل|عدلت|يعدل|تعدل|تنصل|تنصلت|يتنصل|تتنصل';
/** The front line ("خطوط التماس"، "خط المواجهة"، "الجبهة"): where the force's troops are not to go. */
const FRONT_LINE = 'خطوط|خط|=الجبهه|=الجبهات …1 =التماس|=المواجهه|=القتال|=الجبهه|=النار';

export const STANCE_RULES: readonly StanceRule[] = [
  // A reporter's guess is no one's position.
  {
    // "…، مرجحا أن تكتفي قبرص بدور سياسي، وأن ترسل نيوزيلندا مراقبين": what an analyst or a paper expects.
    id: 'reported-expectation',
    stance: null,
    confidence: 1,
    roles: ['content'],
    reportedBy: ['other'],
    match: `${SENDING}|@ready|@offer|@supportVerb|@provide|@troops`,
    // "ويرى محللون أن …": what analysts think, too.
    sentence: [
      'ترجيح|ترجيحهم|ترجيحه|ترجيحها|توقعهم|مرجحا|مرجحه|مرجحين|يرجح|ترجح|رجح|رجحت|متوقعا|متوقعه|يتوقع|تتوقع|توقع|توقعت|يري|يرون|تري|راي|رات',
    ],
    example: {
      text: 'ويرى محلل في معهد للدراسات أن الحياد تغير، مرجحا أن ترسل أيرلندا عددا من المراقبين.',
      iso3: 'IRL',
    },
  },
  {
    // "مصادر دبلوماسية تتحدث عن إمكانية أن تسهم أيرلندا بضباط": a possibility unnamed sources raise.
    id: 'possibility-raised',
    stance: null,
    confidence: 1,
    match: `امكانيه|احتمال|احتماليه|فرضيه …1 =ان …4 ${SENDING}|@supportVerb|@provide|@offer`,
    sentence: ['مصادر|مصدر|دبلوماسيون|دبلوماسيين|مراقبون|مراقبين|محللون|محللين|تقارير'],
    example: {
      text: 'ويتحدث دبلوماسيون عن إمكانية أن تسهم مالطا بضباط أركان في مقر القيادة.',
      iso3: 'MLT',
    },
  },
  {
    // "دعا واشنطن إلى توضيح الدور الذي يمكن أن تؤديه في دعم الضمانات": the role a country could play, an open question.
    id: 'possible-role',
    stance: null,
    confidence: 1,
    match: 'الدور|دور …3 @can',
    example: { text: 'وطالب الوزراء كندا بتحديد الدور الذي يمكن أن تؤديه في دعم القوة.', iso3: 'CAN' },
  },
  {
    id: 'reporter-guess',
    stance: null,
    confidence: 1,
    roles: ['plain', 'content'],
    reportedBy: [null, 'other'],
    match: `${SENDING}|@ready|@offer|@supportVerb|@provide+hedge`,
    example: { text: 'ومن المرجح أن ترسل السويد وحدة صغيرة إلى أوكرانيا.', iso3: 'SWE' },
  },
  {
    // "يتوقف ذلك على مدى استعداد كندا لإرسال طائرات": how ready a country is, asked about, is no position of its own.
    id: 'extent-of-readiness',
    stance: null,
    confidence: 1,
    match: '^مدي|بمدي|لمدي …1 @ready',
    example: { text: 'ويبقى الكثير معلقا على مدى استعداد كندا لتوفير طائرات للقوة.', iso3: 'CAN' },
  },
  {
    // "ولم يعلن أي منهم قرارا بشأن إرسال قوات": no decision announced is what a meeting did not produce, not a
    // refusal and not a hesitation of anyone's.
    id: 'no-decision-announced',
    stance: null,
    confidence: 1,
    match: `^${ANNOUNCED_NOT} …3 @decide`,
    example: { text: 'ولم تعلن كندا أي قرار بشأن إرسال قوات إلى أوكرانيا.', iso3: 'CAN' },
  },
  {
    // "فيما لم تعلن واشنطن حتى الآن موقفا نهائيا من تقديم أي دعم للقوة": no position announced is no position.
    id: 'no-position-announced',
    stance: null,
    confidence: 1,
    match: `^${ANNOUNCED_NOT} …4 موقفا|موقف`,
    example: { text: 'ولم تعلن كندا حتى الآن موقفا نهائيا من تقديم أي دعم للقوة.', iso3: 'CAN' },
  },
  // Not saying yet: "امتنع عن القول ما إذا كانت بلاده سترسل جنودا" leaves the question open.
  {
    id: 'would-not-say',
    stance: 'conditional',
    confidence: 0.7,
    match: '^امتنع|امتنعت|امتنعا|رفض|رفضت|رفضا …6 القول|الافصاح|التعليق|الاجابه|التحديد|الكشف',
    // "… ما إذا كانت سترسل جنودا": the open question follows; refusing to disclose details leaves nothing open.
    zones: ['if'],
    sentence: [`${SENDING}|@troops`],
    example: { text: 'وامتنع وزير الدفاع البلجيكي عن القول ما إذا كانت بلاده سترسل جنودا.', iso3: 'BEL' },
  },
  // The door left open.
  {
    id: 'not-ruled-out',
    stance: 'conditional',
    confidence: 0.85,
    match: '@ruleOut+neg',
    // "لا نستبعد أي استفزاز روسي": a threat not ruled out is no participation left open.
    unless: ['@ruleOut …2 استفزاز|هجوم|هجمات|تصعيد|عدوان|ضربه|ضربات|خطر|تهديد|غزو|اعتداء|حرب'],
    example: { text: 'قال رئيس الوزراء البلجيكي إن بلاده لا تستبعد إرسال جنود إلى أوكرانيا.', iso3: 'BEL' },
  },
  {
    // "هلسنكي «لا تغلق الباب» أمام المساهمة بجنود": the door left open.
    id: 'door-not-closed',
    stance: 'conditional',
    confidence: 0.75,
    match: 'تغلق|يغلق|نغلق|اغلاق|توصد|يوصد+neg …1 =الباب',
    example: { text: 'وقال وزير الدفاع السويدي إن ستوكهولم لا تغلق الباب أمام المساهمة بجنود في القوة.', iso3: 'SWE' },
  },
  {
    id: 'refusal-unless',
    stance: 'conditional',
    confidence: 0.8,
    zones: ['exception', 'requirement'],
    // "لن تقدم أي التزام قبل أن تتضح قواعد الاشتباك": no commitment until then.
    match: `${SENDING}|@happen|@commit|@decide+neg`,
    example: { text: 'وأكدت الحكومة الهولندية أنها لن ترسل جنودا إلى أوكرانيا دون تفويض من مجلس الأمن.', iso3: 'NLD' },
  },
  {
    // "لن يكون هناك جنود إيطاليون في أوكرانيا إلا تحت راية الأمم المتحدة": no troops there but on a condition.
    id: 'no-troops-there-unless',
    stance: 'conditional',
    confidence: 0.8,
    zones: ['exception', 'requirement'],
    match: 'يكون|تكون+neg هناك …2 @troops|@presence',
    example: {
      text: 'وقال وزير الدفاع البرتغالي إنه لن يكون هناك جنود برتغاليون في أوكرانيا إلا تحت راية الأمم المتحدة.',
      iso3: 'PRT',
    },
  },
  {
    id: 'open-with-conditions',
    stance: 'conditional',
    confidence: 0.75,
    zones: ['requirement', 'if', 'exception'],
    match: '@open',
    example: { text: 'قالت الحكومة المالطية إنها منفتحة بشروط على الفكرة.', iso3: 'MLT' },
  },
  {
    // "صحيفة فرنسية: باريس ولندن تدرسان سيناريوهات …": what a paper says a government is studying is its report,
    // not the government's position.
    id: 'press-says-considering',
    stance: null,
    confidence: 1,
    roles: ['plain', 'content'],
    reportedBy: [null, 'other'],
    match: `@consider-neg …3 ${SENDING}|@troops|@force|@role|@peacekeeping|سيناريوهات|خيارات`,
    sentence: ['صحيفه|صحف|وكاله|مصادر|تقرير|تقارير'],
    example: { text: 'صحيفة ألمانية: برلين تدرس خيارات تتحدث عن إرسال ألفي جندي.', iso3: 'DEU' },
  },
  {
    id: 'consider-sending',
    stance: 'conditional',
    confidence: 0.85,
    match: `@consider-neg …3 ${SENDING}|@troops|@force|@role|@peacekeeping`,
    // "تبادلنا وجهات النظر حول الوضع": views exchanged, nothing considered. "ونظرة فيلنيوس إلى دور دول الخليج":
    // someone's view of a thing, a look, not a look at sending.
    unless: ['وجهات|وجهه|وجهتي …1 =النظر', '=نظره|=ونظره|=نظرته|=نظرتها …3 =الي'],
    example: { text: 'قالت وزيرة الدفاع البلغارية إن صوفيا مستعدة للنظر في إرسال جنود إلى أوكرانيا.', iso3: 'BGR' },
  },
  {
    id: 'consider-role',
    stance: 'conditional',
    confidence: 0.75,
    match: '@consider-neg …6 @guarantee',
    example: {
      text: 'قال رئيس الوزراء النيوزيلندي إن بلاده ستدرس ما يمكن أن تقدمه من ضمانات أمنية لأوكرانيا.',
      iso3: 'NZL',
    },
  },
  {
    id: 'open-to',
    stance: 'conditional',
    confidence: 0.8,
    match: `@open …3 ${SENDING}|@troops|@force|ذلك|الفكره|الامر`,
    example: { text: 'أعلن وزير الخارجية البرتغالي أن بلاده منفتحة على المشاركة في قوة الطمأنة.', iso3: 'PRT' },
  },
  {
    id: 'hedged-by-government',
    stance: 'conditional',
    confidence: 0.75,
    roles: ['content'],
    reportedBy: ['government'],
    match: `${SENDING}|@ready+hedge`,
    // "قد تسهم أيضا بمنظومات للدفاع الجوي": a contribution it may add to what it offers hedges no offer.
    unless: [`${SENDING}|@ready+hedge …1 ايضا|كذلك`],
    example: { text: 'قال مصدر في وزارة الدفاع اليونانية إن أثينا قد تساهم في مهمة لحفظ السلام.', iso3: 'GRC' },
  },
  {
    // "أقر البرلمان الإستوني مشروع قرار يجيز إرسال سرية مشاة": a vote or decree that authorises the deployment;
    // when they deploy ("على أن ينتشروا بعد الهدنة") is the force's premise, not a condition.
    id: 'authorised-sending',
    stance: 'troops_committed',
    confidence: 0.8,
    match: `اقر|وافق|صادق|صوت|اجاز|يجيز|تجيز|يخول|يسمح-neg …12 ${SENDING} …6 ${TROOPS_OR_FORCE}`,
    // "يجيز الدعم اللوجستي للقوة ويغلق الباب أمام إرسال جنود": the sending named is the one the door is shut on.
    unless: ['@decide+fut|@discuss|سيصوت|سيقر|يناقش', '@shut …2 الباب'],
    example: {
      text: 'وصادق البرلمان الليتواني الثلاثاء على قرار حكومي يجيز إرسال سرية مشاة إلى القوة متعددة الجنسيات.',
      iso3: 'LTU',
    },
  },
  {
    id: 'participation-depends',
    stance: 'conditional',
    confidence: 0.8,
    zones: ['requirement'],
    match: `${SENDING}|@ready|@decide`,
    example: { text: 'وشددت سلوفينيا على أن مشاركتها ستعتمد على حجم الدور الأمريكي.', iso3: 'SVN' },
  },
  {
    // "تمت الموافقة من قبل مجلس الوزراء على نشر فرقاطة": approval given, in the passive.
    id: 'approved-passive',
    stance: 'troops_committed',
    confidence: 0.8,
    match: `تمت|تم|=جرت|=جري-neg …1 الموافقه|المصادقه …8 ${SENDING} …4 ${TROOPS_OR_FORCE}`,
    example: {
      text: 'وتمت الموافقة من قبل الحكومة اليونانية يوم الخميس على نشر سفينة حربية ضمن القوة.',
      iso3: 'GRC',
    },
  },
  {
    id: 'waits-for-decision',
    stance: 'conditional',
    confidence: 0.7,
    match: '@await-neg …3 قرار|موافقه|كلمه|تفويض|البرلمان|نتيجه|تصويت',
    // "الخطط جاهزة وتنتظر قرارا من موسكو بوقف القتال": the ceasefire the force waits for is its premise, not a condition.
    unless: ['قرار|قرارا|موافقه …3 موسكو|روسيا|الكرملين|بوتين', 'قرار|قرارا …4 بوقف|وقف'],
    example: { text: 'وكوبنهاغن تنتظر موافقة البرلمان على المشاركة.', iso3: 'DNK' },
  },
  {
    id: 'reservation-of',
    stance: 'conditional',
    confidence: 0.7,
    holder: 'examples',
    // What the reservation is about must follow ("تحفظها على …"، "… هو الدور الأمريكي"); "لا تخفي تحفظها، إذ قال
    // … إنها غير مستعدة" is reluctance that the words after it state.
    match: '^@reservation …6 =علي|=عن|=ازاء|=تجاه|=حيال|=بشان|=هو|=هي|=يتعلق|=يرتبط|=يتمثل',
    // "تبدو إسبانيا أكثر تحفظا": how a country looks to the writer is no position of its own; "تحفظه على رفع هدف
    // الإنفاق": a reservation about spending is none on the force.
    unless: ['يبدو|تبدو|بدت|بدا', '@reservation …4 انفاق|ميزانيه|ميزانيات|هدف|نسبه|ناتج|رفع|زياده'],
    example: { text: 'إن التحفظ الأساسي لبعض الدول، مثل البرتغال، هو الدور الأمريكي.', iso3: 'PRT' },
  },
  {
    id: 'decide-later',
    stance: 'conditional',
    confidence: 0.75,
    match: '@decide+fut-neg',
    // "حجم المساهمة وطبيعتها سيحددان لاحقا": the details of an offer left open leave it an offer.
    // "الإسناد الأمريكي سيُحسم خلال أيام": what is still to be settled is someone's support, not this country's part.
    // "معلقا على ما ستقرره واشنطن": what a country will decide, as the thing others wait on, is no word of its own.
    unless: ['حجم|طبيعه|طبيعتها|نوعيه|شكل|تفاصيل|عدد …3 @decide', '@support|@guarantee …2 @decide', '=ما @decide'],
    example: {
      text: 'أوضح المتحدث باسم الحكومة الإسبانية أن مدريد ستقرر في الوقت المناسب بشأن أي دور عسكري.',
      iso3: 'ESP',
    },
  },
  {
    // "لم تحدد بعد مكان انتشار هذه الوحدة": where, how long or how many of an offer is a detail still open, no
    // decision pending on the offer itself, and no refusal of the deployment it names.
    id: 'detail-not-decided',
    stance: null,
    confidence: 1,
    match: '@decide+neg …2 مكان|موقع|مده|موعد|توقيت|حجم|عدد|طبيعه|تفاصيل|شكل',
    example: {
      text: 'وأوضح وزير الدفاع الهولندي أن لاهاي لم تحدد بعد مكان انتشار الكتيبة التي عرضتها.',
      iso3: 'NLD',
    },
  },
  {
    id: 'not-decided-yet',
    stance: 'conditional',
    confidence: 0.7,
    match: '@decide+neg …3 @yet|@send|@join',
    // "لم تحدد واشنطن بعد شكل الدعم الذي ستقدمه": the form of its support, not whether it sends troops.
    // "لن تنتظر الآخرين لتحديد مساهمتها": not waiting for others to decide is no decision pending.
    // "في عواصم أوروبية أخرى لم تحسم مواقفها بعد": other capitals, a group, have not decided.
    // "ولا يعني القرار أن الجنود سيشاركون في القتال": what a decision taken does not mean.
    unless: [
      '@yet …3 @support',
      '@await+neg …3 @decide',
      'عواصم|دول|حكومات|بلدان …3 @decide+neg',
      '=يعني|=تعني …1 @decide',
    ],
    example: { text: 'وقالت الحكومة الفنلندية إنها لم تتخذ قرارا بعد بشأن إرسال قوات.', iso3: 'FIN' },
  },
  {
    id: 'too-early',
    stance: 'conditional',
    confidence: 0.7,
    match: `@early …5 ${SENDING}|@discuss|@troops`,
    // "طائرة إنذار مبكر": an early-warning aircraft, not an early moment.
    unless: ['انذار =مبكر'],
    example: { text: 'قال رئيس الوزراء الدنماركي إن الوقت لا يزال مبكرا للحديث عن إرسال جنود دنماركيين.', iso3: 'DNK' },
  },
  // Refusals, and refusals that still support the force.
  {
    id: 'support-without-troops',
    stance: 'support_no_troops',
    confidence: 0.85,
    match: `@support|@supportVerb|@provide …6 دون|بدون ${SENDING}|@troops`,
    example: { text: 'ستقدم اليابان دعما لوجستيا للقوة دون إرسال أي جنود.', iso3: 'JPN' },
  },
  {
    // "البرتغال قالت لا.": after talk of sending troops, saying no is a refusal.
    id: 'said-no',
    stance: 'declined',
    confidence: 0.7,
    match: 'قال|قالت|قالوا|قالا|ردت|رد|اجابت|اجاب ^=لا',
    earlier: ['@troops|@send|@force'],
    unless: ['=لا …1 =اعرف|=اعلم|=تعليق|=علم|=شك'],
    example: {
      text: 'وسئلت دول أوروبية عدة عن إرسال جنود إلى أوكرانيا. الدنمارك قالت لا.',
      iso3: 'DNK',
    },
  },
  {
    id: 'refused-outright',
    stance: 'declined',
    confidence: 0.75,
    match: '@refuse-neg',
    previous: ['@troops|@send'],
    // "في ظل رفض موسكو المتكرر": a refusal whose owner is named after it is that party's. "لم يدل بأي تصريح حول
    // إرسال قوات أو رفض ذلك": a refusal named as one of two things not said.
    // "رفضت مدريد الالتزام بنسبة 5%": a spending goal refused, not troops.
    // "التي تعارض منذ أشهر تسليح أوكرانيا": arms for Kyiv opposed, not troops.
    unless: [
      '@refuse =موسكو|=روسيا|=الكرملين|=كييف',
      '=او @refuse',
      '@refuse …3 نسبه|هدف|انفاق|ميزانيه',
      '@refuse …3 تسليح|@aid',
    ],
    example: { text: 'ولا تعتزم معظم العواصم إرسال جنود. أما سلوفاكيا فأعلنت رفضها القاطع.', iso3: 'SVK' },
  },
  {
    id: 'no-intention',
    stance: 'declined',
    confidence: 0.85,
    match: `@intend|@plan|@ready+neg …3 ${SENDING}`,
    // "لا تنوي المشاركة في مثل هذه الاجتماعات": staying away from the talks says nothing of troops.
    unless: [`${SENDING} …4 @meeting`],
    example: { text: 'أكدت لاتفيا أنها لا تعتزم إرسال جنود إلى أوكرانيا.', iso3: 'LVA' },
  },
  {
    id: 'not-endorsing-sending',
    stance: 'declined',
    confidence: 0.75,
    match: `@supportVerb|@endorse+neg …3 @proposal|@send`,
    example: { text: 'قال وزير الدفاع السلوفاكي إن براتيسلافا لا تؤيد فكرة إرسال قوات أوروبية.', iso3: 'SVK' },
  },
  {
    id: 'not-taking-part',
    stance: 'declined',
    confidence: 0.8,
    match: `جزء|جزءا+neg …4 ${TROOPS_OR_FORCE}`,
    example: { text: 'أكدت مالطا أنها لن تكون جزءا من أي قوة عسكرية في أوكرانيا.', iso3: 'MLT' },
  },
  {
    id: 'prevented-from-sending',
    stance: 'declined',
    confidence: 0.85,
    match: `@prevent-neg …3 ${SENDING}`,
    example: { text: 'قالت النمسا إن حيادها العسكري يمنعها من إرسال جنود إلى أوكرانيا.', iso3: 'AUT' },
  },
  {
    // "الحياد العسكري لا يمنع المشاركة في مهمة لحفظ السلام إذا …": what does not bar taking part leaves it open.
    id: 'not-barred',
    stance: 'conditional',
    confidence: 0.75,
    match: `@prevent+neg …3 ${SENDING}`,
    example: { text: 'وقال الوزير إن دستور مالطا لا يمنع المشاركة في بعثة أممية لحفظ السلام.', iso3: 'MLT' },
  },
  {
    // "مدريد تربط أي مشاركة عسكرية بموافقة مجلس النواب": tying taking part to something sets it as a condition.
    id: 'ties-participation-to',
    stance: 'conditional',
    confidence: 0.8,
    // "ربطت براغ أي قرار بتصويت البرلمان": the decision itself tied to something.
    // "لكنها ربطت ذلك بوقف شامل لإطلاق النار": the offer just made, pointed at.
    match: `تربط|يربط|نربط|ربط|ربطت|تشترط|يشترط|اشترط|اشترطت-neg …3 ${SENDING}|@troops|@force|@decide|=ذلك|=هذا`,
    // "بعد أن ربطت ريغا مشاركتها طويلا بـ…"، "التي كانت حتى وقت قريب تربط …": what it tied its part to before.
    unless: ['=بعد|=بعدما …1 ربط|ربطت|اشترط|اشترطت', '=كانت|=كان …4 ربط|يربط|تربط|ربطت'],
    example: { text: 'وتربط دبلن أي مشاركة عسكرية بتفويض من مجلس الأمن الدولي.', iso3: 'IRL' },
  },
  {
    // "براغ تتراجع عن استعدادها لإرسال جنود": backing away from a readiness, offer or pledge withdraws it.
    id: 'withdraws-offer',
    stance: 'declined',
    confidence: 0.8,
    match: `${WITHDRAW}-neg …1 =عن …2 @ready|@offer|@commit|@intend|@plan|${SENDING}`,
    example: { text: 'وتراجعت الحكومة البلغارية عن استعدادها لإرسال جنود إلى أوكرانيا.', iso3: 'BGR' },
  },
  {
    // "نفت حكومتها أي نية لإرسال جنود": denying an intention, a readiness or a plan to send troops is a refusal.
    id: 'denies-intent',
    stance: 'declined',
    confidence: 0.85,
    match: `${DENY}-neg …8 نيه|النيه|عزم|خطط|خطه|استعداد|رغبه …3 ${SENDING}|${TROOPS_OR_FORCE}`,
    example: { text: 'ونفت الحكومة الأيرلندية مجددا أي نية لإرسال جنود أيرلنديين إلى أوكرانيا.', iso3: 'IRL' },
  },
  {
    id: 'refuse-sending',
    stance: 'declined',
    confidence: 0.9,
    match: `@refuse|@ruleOut-neg …6 ${SENDING}|${TROOPS_OR_FORCE}|@proposal`,
    // "جددت بكين رفضها نشر أي قوات أجنبية في أوكرانيا": opposing foreign troops there is no refusal of its own.
    unless: ['@troops اجنبيه|اجنبي|الاجنبيه|الاجنبي'],
    example: { text: 'رفضت المجر بشكل قاطع إرسال أي جنود مجريين إلى أوكرانيا.', iso3: 'HUN' },
  },
  {
    id: 'not-sending',
    stance: 'declined',
    confidence: 0.9,
    match: `${SENDING}+neg …5 ${TROOPS_OR_FORCE}`,
    // "لن ينتشر جنودنا على خطوط التماس": where the troops will not go, said of troops that will go. "لا نرسل جنودنا
    // إلى الحرب، بل نرسلهم كي …": a negation put right by "بل" denies what they are sent for, not the sending.
    // "بعدم وجود إجماع داخل التحالف حول إرسال قوات": no consensus on sending is nobody's refusal.
    // "ولم يدل بأي تصريح حول إرسال قوات": no statement made about sending is no refusal of it.
    unless: [
      FRONT_LINE,
      `=بل|=وانما|=انما …1 ${SENDING}`,
      // "ما يضعف أمننا ليس إرسال 150 جنديا، بل أن تنتهي الحرب …": what something is not, put right by "بل".
      `=ليس|=ليست …1 ${SENDING} …6 =بل`,
      // "قوة الطمأنة ليست بعثة لحفظ السلام": what the force is not (a mission), not a sending refused.
      '=ليس|=ليست|=ولا =بعثه|=البعثه|=بعثات',
      // "لا تنشر أبوظبي تفصيلا علنيا لإنفاقها العسكري": figures not published, not forces not deployed.
      `${SENDING} …3 تفصيلا|تفاصيل|تفصيل|ارقام|ارقاما|بيانات|احصاءات`,
      `اجماع|توافق …3 ${SENDING}`,
      `تصريح|تصريحات|موقفا …2 ${SENDING}`,
    ],
    example: { text: 'أعلن رئيس الوزراء الكرواتي أن زغرب لن ترسل قوات إلى أوكرانيا.', iso3: 'HRV' },
  },
  {
    // "تبليسي لن تنضم إلى هذه الترتيبات": the arrangements for Ukraine's security are the force and its guarantees;
    // "ليست طرفا في أي ترتيبات عسكرية": nor is one a party to them.
    id: 'not-joining-arrangements',
    stance: 'declined',
    confidence: 0.75,
    match: '@join+neg|طرف+neg …3 ترتيبات',
    example: { text: 'وقالت الحكومة الأرمينية إن يريفان لن تنضم إلى هذه الترتيبات.', iso3: 'ARM' },
  },
  {
    id: 'no-troops-there',
    stance: 'declined',
    confidence: 0.85,
    match: '=لا|=لن @troops',
    example: { text: 'سلوفينيا: لا جنود سلوفينيون في أوكرانيا.', iso3: 'SVN' },
  },
  {
    id: 'off-the-table',
    stance: 'declined',
    confidence: 0.8,
    match: `${SENDING} …6 =خارج …1 النقاش|البحث|الحسابات|الطاوله|التداول`,
    example: { text: 'وقال المتحدث باسم الحكومة اليابانية إن إرسال قوات إلى أوكرانيا خارج النقاش حاليا.', iso3: 'JPN' },
  },
  {
    id: 'will-be-no-troops',
    stance: 'declined',
    confidence: 0.85,
    match: 'يكون|تكون+neg هناك …2 @troops|@presence',
    example: { text: 'وقال الرئيس البلغاري: لن يكون هناك جنود بلغاريون على الأرض في أوكرانيا.', iso3: 'BGR' },
  },
  {
    id: 'closes-the-door',
    stance: 'declined',
    confidence: 0.8,
    match: '@shut …2 الباب',
    example: { text: 'وأغلقت فيينا الباب أمام أي مشاركة عسكرية.', iso3: 'AUT' },
  },
  {
    id: 'sending-ruled-out',
    stance: 'declined',
    confidence: 0.8,
    match: `${SENDING} …10 @ruledOutPred|@notOnTable+neg`,
    example: { text: 'وقال المستشار النمساوي إن إرسال جنود نمساويين إلى أوكرانيا غير وارد.', iso3: 'AUT' },
  },
  // Pledges and offers.
  {
    id: 'limited-participation',
    stance: 'troops_offered',
    confidence: 0.7,
    match: `${SENDING}|@role …10 محدود`,
    example: { text: 'وأكد رئيس الوزراء الأيسلندي أن مشاركة بلاده في قوة حفظ السلام ستكون محدودة.', iso3: 'ISL' },
  },
  {
    // "إن حكومته اتخذت القرار بنشر فرقاطة ضمن المكون البحري"، "أخذت القرار بنشر": a decision taken to deploy.
    id: 'took-decision-to-send',
    stance: 'troops_committed',
    confidence: 0.85,
    match: `^اتخذ|اتخذت|اتخذنا|اخذ|اخذت|اخذنا-neg …3 @decide …2 ${SENDING} …4 ${TROOPS_OR_FORCE}`,
    example: {
      text: 'وقال وزير الدفاع البلجيكي إن حكومته اتخذت القرار بنشر كاسحتي ألغام ضمن المكون البحري للقوة.',
      iso3: 'BEL',
    },
  },
  {
    id: 'pledge-to-send',
    stance: 'troops_committed',
    confidence: 0.9,
    match: `@commit-neg …3 ${SENDING} …4 ${TROOPS_OR_FORCE}`,
    example: { text: 'تعهدت الدنمارك بإرسال سرية مشاة إلى أوكرانيا بعد وقف إطلاق النار.', iso3: 'DNK' },
  },
  {
    // "التزام المملكة المتحدة وفرنسا بقيادة القوة …، وبنشر وحداتهما البرية": the pledge's second object.
    id: 'pledge-second-object',
    stance: 'troops_committed',
    confidence: 0.85,
    match: `@commit-neg …10 ^وبنشر|وبارسال|وبتخصيص …3 ${UNITS}|@troops`,
    example: {
      text: 'وأعلنت الحكومتان التزام هولندا وبلجيكا بتمويل مقر القوة في بروكسل، وبنشر وحداتهما البرية بعد الهدنة.',
      iso3: 'BEL',
    },
  },
  {
    // "تعهدت لندن بتوفير مقاتلات وطائرات للتزود بالوقود للمكون الجوي من القوة": forces in the air, pledged.
    id: 'pledge-to-provide-forces',
    stance: 'troops_committed',
    confidence: 0.8,
    match: '@commit-neg …1 @provide …2 @troops',
    // Transport aircraft and drones carry no troops of their own into the force.
    unless: ['@troops …2 نقل|النقل|للنقل|شحن|مسيره|مسيرات'],
    example: { text: 'وتعهدت الدنمارك بتوفير مقاتلات وسفن حربية للمكون الجوي والبحري من القوة.', iso3: 'DNK' },
  },
  {
    // "تعهدتا في إعلان مشترك الشهر الماضي بنشر قوات": the pledge's object after where and when it was made.
    id: 'pledge-to-send-later',
    stance: 'troops_committed',
    confidence: 0.85,
    match: `@commit-neg …7 =بنشر|=بارسال|=بايفاد|=بابتعاث …4 ${TROOPS_OR_FORCE}`,
    example: {
      text: 'وتعهدت السويد في بيان مشترك مساء أمس بإرسال كتيبة إلى القوة.',
      iso3: 'SWE',
    },
  },
  {
    // "ستشارك بوحدات برية وجوية": taking part with formed units is sending them.
    id: 'joins-with-units',
    stance: 'troops_committed',
    confidence: 0.8,
    match: `@joinVerb+fut-neg …2 ${UNITS}`,
    example: { text: 'وأعلنت الحكومة الإسبانية أنها ستشارك بوحدات برية وجوية في القوة.', iso3: 'ESP' },
  },
  {
    // "سترسل ضباط أركان إلى مقر قيادة القوة خارج أوكرانيا": staff at the headquarters, not troops in the field.
    id: 'staff-to-headquarters',
    stance: 'support_no_troops',
    confidence: 0.75,
    match: `${SENDING}|@provide-neg …3 ضباط|ضباطا|ضابط …6 مقر|مقرات`,
    example: { text: 'وأكدت الوزيرة أن النرويج سترسل ضباط أركان إلى مقر قيادة القوة في باريس.', iso3: 'NOR' },
  },
  {
    // "وضباط فنلنديون في مقر قيادة القوة": officers of a country at the force's headquarters, said without a verb.
    id: 'officers-at-headquarters',
    stance: 'support_no_troops',
    confidence: 0.7,
    holder: 'afterOnly',
    reach: 1,
    match: '^ضباط|ضباطا|ضابط …4 مقر|مقرات',
    sentence: ['@force|@coalition'],
    example: { text: 'ولا قوات دنماركية في أوكرانيا، وضباط دنماركيون في مقر قيادة القوة.', iso3: 'DNK' },
  },
  {
    // "وقاعدة كونستانتا متاحة للإسناد اللوجستي للقوة": a place made available to the force's supply.
    id: 'available-to-the-force',
    stance: 'support_no_troops',
    confidence: 0.7,
    match: 'متاحه|متاح|مفتوحه|مفتوح|جاهزه …2 @support …3 @force|@coalition',
    example: {
      text: 'وأعلنت صوفيا أن مطاراتها العسكرية متاحة للإسناد اللوجستي لقوة الطمأنة.',
      iso3: 'BGR',
    },
  },
  {
    // "سترسل فريقا من المدربين العسكريين إلى بريطانيا لتدريب جنود أوكرانيين": trainers sent to train elsewhere.
    id: 'sends-trainers',
    stance: 'support_no_troops',
    confidence: 0.75,
    match: `@send-neg …3 ${TRAINERS}`,
    unless: ['=الي|=داخل اوكرانيا|=الاراضي'],
    example: {
      text: 'وأعلنت كانبيرا أنها سترسل فريقا من المدربين العسكريين إلى بريطانيا لتدريب جنود أوكرانيين ضمن مساهمتها في التحالف.',
      iso3: 'AUS',
    },
  },
  {
    // "ستخصص مقاتلات لمهام المراقبة الجوية لصالح القوة انطلاقا من قواعد في بولندا": air policing from outside.
    id: 'air-policing-from-outside',
    stance: 'support_no_troops',
    confidence: 0.75,
    match: '@send-neg …6 ^مراقبه|دوريات …10 =انطلاقا|=خارج',
    example: {
      text: 'وقال الوزير إن النرويج ستخصص مقاتلات لمهام المراقبة الجوية لصالح القوة انطلاقا من قواعد في رومانيا.',
      iso3: 'NOR',
    },
  },
  {
    id: 'will-send',
    stance: 'troops_committed',
    confidence: 0.85,
    match: `@send+fut-neg …4 ${TROOPS_OR_FORCE}`,
    // "سيخصص جانب منها لتحسين أوضاع العسكريين": money allotted to soldiers' pay is no deployment.
    // "ستزود القوة بالمعلومات الاستخباراتية": supplying the force with intelligence is support.
    unless: [MONEY_FOR_SOLDIERS, 'يزود|تزود|نزود|زود|تزويد …3 @support'],
    example: { text: 'وقال وزير الدفاع إن بلجيكا ستنشر وحدات برية في غرب أوكرانيا فور توقيع الهدنة.', iso3: 'BEL' },
  },
  {
    id: 'support-with-troops',
    stance: 'troops_offered',
    confidence: 0.85,
    match: '@offer|@ready|@commit-neg …3 @supportVerb|@support …4 =بجنود|=بقوات|=بقوه|=بعسكريين|=بوحدات|=بقوات',
    example: { text: 'وقال الرئيس الفنلندي إن بلاده مستعدة لدعم الاتفاق بجنود على الأرض.', iso3: 'FIN' },
  },
  {
    id: 'offers-support',
    stance: 'support_no_troops',
    confidence: 0.8,
    match: '@offer|@ready-neg …2 @provide? @support',
    unless: TO_UKRAINE,
    example: { text: 'عرضت أنقرة استضافة مقر قيادة القوة البحرية في إسطنبول.', iso3: 'TUR' },
  },
  {
    // "ستوفر قدرات اتصال عسكرية عبر الأقمار الصناعية لمقر القيادة": what it gives the force's headquarters.
    id: 'equips-headquarters',
    stance: 'support_no_troops',
    confidence: 0.7,
    match: '@provide|@joinVerb-neg …8 ^مقر|مقرات …1 القياده|قياده|القوه',
    example: { text: 'وقالت مالطا إنها ستوفر أجهزة اتصال عسكرية حديثة لمقر القيادة.', iso3: 'MLT' },
  },
  {
    // "مستعدة لوضع ميناء رييكا وقاعدة بليسو في خدمة الإمداد اللوجستي للقوة": places put at the service of the force's
    // supply are support, whatever readiness introduces them ("وضع" is also how troops are "placed").
    id: 'places-at-service',
    stance: 'support_no_troops',
    confidence: 0.75,
    match: 'وضع|لوضع|بوضع|يضع|تضع|نضع …6 ^خدمه|تصرف …3 @force|@support|@coalition',
    unless: [`${UNITS}|@troops …2 ^خدمه|تصرف`],
    example: {
      text: 'وأعلنت صوفيا استعدادها لوضع ميناء فارنا ومطاراتها العسكرية في خدمة الإمداد اللوجستي للقوة.',
      iso3: 'BGR',
    },
  },
  {
    id: 'ready-to-send',
    stance: 'troops_offered',
    confidence: 0.9,
    match: `@ready-neg …3 ${SENDING} …5 ${TROOPS_OR_FORCE}`,
    example: { text: 'أعربت النرويج عن استعدادها لإرسال قوات إلى أوكرانيا ضمن قوة الطمأنة.', iso3: 'NOR' },
  },
  {
    // "أبدت أنقرة استعدادها لقيادة المكون البحري للقوة": leading the force's naval part is ships and crews at sea.
    id: 'ready-to-lead-naval-part',
    stance: 'troops_offered',
    confidence: 0.75,
    match: '@ready|@offer-neg …3 @lead|قياده|لقياده|بقياده …3 مكون|المكون|الشق|العنصر …1 بحري|البحري',
    example: { text: 'وأبدت اليونان استعدادها لقيادة المكون البحري للقوة في البحر الأسود.', iso3: 'GRC' },
  },
  {
    id: 'ready-to-join',
    stance: 'troops_offered',
    confidence: 0.8,
    match: `@ready-neg …3 ${SENDING}`,
    // "استعدادها للمساهمة في تدريب القوات الأوكرانية": a part in support, not troops (support rules below).
    // "استعدادها لوضع ميناء فارنا في خدمة الإمداد اللوجستي للقوة": a place put at the force's service is support.
    unless: ['@join …2 @support', '@send …6 خدمه|تصرف'],
    example: { text: 'وأبدت حكومة لوكسمبورغ استعدادها للمشاركة.', iso3: 'LUX' },
  },
  {
    id: 'ready-to-play-its-part',
    stance: 'troops_offered',
    confidence: 0.7,
    match: '@ready-neg …3 @role|@share',
    // "مستعدة لمواصلة دورها في الوساطة بين موسكو وكييف": a part in mediating the war, not in the force.
    unless: ['@role …2 الوساطه|وساطه|تبادل'],
    example: {
      text: 'وقال وزير الدفاع إن القوات الهولندية جاهزة للقيام بدورها، وإن هولندا مستعدة لتحمل نصيبها.',
      iso3: 'NLD',
    },
  },
  {
    // "عرضت قواعد للقوة"، "ستوفر للقوة طائرات نقل ودعما لوجستيا"، "ستتحمل جزءا من كلفة النقل الجوي"، "ستنتدب
    // ضباطا للعمل في مقر القيادة": bases, transport, logistics, staff, communications or money are support, not troops.
    id: 'contributes-support-assets',
    stance: 'support_no_troops',
    confidence: 0.75,
    match: '@offer|@provide-neg …5 قواعد|قاعده|@support|=نقل|=النقل|كلفه|تكاليف|تكلفه|=اتصال|خدمات',
    unless: [...TO_UKRAINE, `${SENDING} …3 @troops`, '@troops …2 =برية|=قتالية|=مقاتلة', 'الامريكيه|الامريكي|امريكيه'],
    sentence: ['@force|@coalition|@peacekeeping'],
    example: { text: 'وقالت لشبونة إنها لن ترسل جنودا، لكنها ستوفر للقوة قواعد جوية ودعما في النقل.', iso3: 'PRT' },
  },
  {
    // "مستعدة لتقديم فصيل من الشرطة العسكرية للقوة": troops offered with a verb of giving.
    id: 'ready-to-provide-troops',
    stance: 'troops_offered',
    confidence: 0.85,
    match: '@ready-neg …2 @provide …2 @troops',
    example: { text: 'وقال الرئيس الكرواتي إن بلاده مستعدة لتقديم سرية مشاة للقوة متعددة الجنسيات.', iso3: 'HRV' },
  },
  {
    id: 'offers-troops',
    stance: 'troops_offered',
    confidence: 0.85,
    match: `@offer-neg …3 ${SENDING}|@troops`,
    example: { text: 'عرضت السويد إرسال فرقاطة لتأمين الممرات البحرية في البحر الأسود.', iso3: 'SWE' },
  },
  {
    id: 'can-contribute',
    stance: 'troops_offered',
    confidence: 0.75,
    match: `@can-neg …2 ${SENDING} …4 ${TROOPS_OR_FORCE}`,
    example: { text: 'قال رئيس الوزراء الفنلندي إن فنلندا يمكن أن تساهم بوحدة هندسية في القوة.', iso3: 'FIN' },
  },
  {
    id: 'intends-to-send',
    stance: 'troops_offered',
    confidence: 0.8,
    match: `@intend-neg …2 ${SENDING} …4 ${TROOPS_OR_FORCE}`,
    // "اجتماع … ناقش خططا لنشر القوة": plans under discussion are nobody's intention.
    unless: ['ناقش|ناقشت|يناقش|تناقش|بحث|بحثت|يبحث|تبحث|لمناقشه|لبحث|ناقشوا|بحثوا …2 خطط|خطه|خططا'],
    example: { text: 'تعتزم النرويج إرسال وحدة هندسية إلى أوكرانيا بعد توقيع اتفاق السلام.', iso3: 'NOR' },
  },
  {
    // "ستسهم في القوة عبر مواصلة تدريب الجنود الأوكرانيين في بريطانيا": what it gives the force through is support.
    id: 'contributes-through-support',
    stance: 'support_no_troops',
    confidence: 0.75,
    match: '@join-neg …3 @force|@coalition …1 =عبر|=خلال|=بواسطه …3 @support',
    example: {
      text: 'وقالت ويلينغتون إنها ستسهم في القوة عبر مواصلة تدريب الجنود الأوكرانيين في بريطانيا.',
      iso3: 'NZL',
    },
  },
  {
    id: 'will-join-force',
    stance: 'troops_committed',
    confidence: 0.75,
    match: `@join+fut-neg …3 @force|@troops`,
    example: { text: 'وقال رئيس الوزراء إن ليتوانيا ستشارك في قوة الطمأنة بسرية مشاة.', iso3: 'LTU' },
    // "ستسهم بمدربين عسكريين في مهمة التدريب التابعة للقوة": trainers for its training mission are support.
    // "ستسهم في القوة عبر مواصلة تدريب الجنود الأوكرانيين": what it contributes through is support.
    // "ستسهم بطائرات مسيرة تراقب خط وقف إطلاق النار": drones that watch are surveillance, not troops.
    unless: [
      '@meeting',
      '@join …2 @support',
      `@join …2 ${TRAINERS}`,
      '@join …3 =عبر|=خلال|=بواسطه …2 @support',
      '@join …3 مسيره|مسيرات',
    ],
  },
  // Support for the force without troops.
  {
    id: 'support-for-senders',
    stance: 'support_no_troops',
    confidence: 0.75,
    match: '@supportVerb-neg …2 الدول|البلدان|الحلفاء|الشركاء',
    example: { text: 'قال رئيس الوزراء الإسباني إن مدريد ستدعم الدول التي ترسل قوات إلى أوكرانيا.', iso3: 'ESP' },
  },
  {
    id: 'support-from-outside',
    stance: 'support_no_troops',
    confidence: 0.8,
    match: '@supportVerb|@provide|@ready|@commit|@offer|@can|@joinVerb-neg …4 @support …6 =خارج|=انطلاقا',
    unless: ['@aid'],
    example: { text: 'وقالت السويد إنها ستساعد في تدريب الجنود الأوكرانيين خارج أوكرانيا.', iso3: 'SWE' },
  },
  {
    // "إبداء استعدادها لتحويل مطار جيشوف إلى مركز لوجستي رئيسي للقوة": turning a place into the force's hub.
    id: 'made-the-forces-hub',
    stance: 'support_no_troops',
    confidence: 0.75,
    match: 'تحويل|لتحويل|بتحويل|يحول|تحول|نحول …8 ^مركز|مركزا|قاعده|محطه|نقطه …4 @force|@coalition',
    example: { text: 'وأبدت بوخارست استعدادها لتحويل ميناء كونستانتا إلى مركز إمداد رئيسي لقوة الطمأنة.', iso3: 'ROU' },
  },
  {
    id: 'will-be-a-hub',
    stance: 'support_no_troops',
    confidence: 0.75,
    // "ستجعل من مطارها المركز اللوجستي للقوة": making a place the force's hub, as being one.
    match: 'يكون|تكون|نكون|يجعل|تجعل|نجعل+fut-neg …5 @support',
    // "الجنود الليتوانيون سيكونون هناك لحماية السلام": troops who will be there are troops.
    // "أي ترتيب أمني سيكون أقوى بوجود دعم أمريكي": how much better something would be with support, not a hub.
    unless: ['جنود|قوات|عسكريين|عسكريون …3 يكون|تكون|نكون', 'يكون|تكون …1 =اقوي|=افضل|=اكثر|=اضعف'],
    example: { text: 'بولندا لن ترسل جنودا، لكنها ستكون مركزا لوجستيا للقوة.', iso3: 'POL' },
  },
  {
    // "بوضع قدرات الاتصالات … في خدمة القوة"، "تحت تصرف القوة": assets put at the force's disposal.
    id: 'at-the-forces-service',
    stance: 'support_no_troops',
    confidence: 0.75,
    match: 'خدمه|تصرف @force',
    unless: [...TO_UKRAINE, `${SENDING} …3 @troops`],
    example: { text: 'وأكدت مالطا أن موانئها ستبقى مفتوحة في خدمة القوة.', iso3: 'MLT' },
  },
  {
    id: 'support-the-force',
    stance: 'support_no_troops',
    confidence: 0.8,
    match: '@supportVerb|@provide|@ready|@commit|@offer|@can|@joinVerb-neg …4 @support',
    // "ستشاركان بوحدات برية وجوية": land and air units are troops, "air" qualifying them is no air policing.
    unless: [...TO_UKRAINE, `${UNITS} …2 جوي|جويه|وجويه|بحري|بحريه|وبحريه`, FOR_TALKS],
    example: { text: 'وقالت رومانيا إنها ستساعد في الدعم اللوجستي لقوة الطمأنة عبر أراضيها.', iso3: 'ROU' },
  },
  {
    // "ستسهم بطائرات مسيرة ترصد خط الهدنة": unmanned aircraft given to the force carry no troops.
    id: 'drones-for-the-force',
    stance: 'support_no_troops',
    confidence: 0.7,
    match: '@joinVerb|@provide|@offer|@commit-neg …3 مسيره|مسيرات',
    unless: [...TO_UKRAINE],
    example: {
      text: 'وأعلنت الحكومة الكندية أنها ستسهم بطائرات مسيرة ترصد خط الهدنة لصالح القوة متعددة الجنسيات.',
      iso3: 'CAN',
    },
  },
  {
    // "الولايات المتحدة ستدعم الترتيبات الأوروبية، لا سيما عبر الاستخبارات": backing the force's arrangements.
    id: 'supports-arrangements',
    stance: 'support_no_troops',
    confidence: 0.7,
    match: 'يدعم|تدعم|ندعم|ستدعم|سيدعم|سندعم-neg …1 =الترتيبات|=ترتيبات',
    unless: [...TO_UKRAINE],
    example: {
      text: 'وقالت الحكومة الكندية إن أوتاوا ستدعم الترتيبات الأوروبية بعد وقف إطلاق النار.',
      iso3: 'CAN',
    },
  },
  {
    // "جنودنا باقون على حدود بولندا"، "سيبقون في بولندا": troops kept at home are troops not sent.
    id: 'troops-stay-home',
    stance: 'declined',
    confidence: 0.75,
    match: '@troops-neg …2 باقون|باقيه|باقين|سيبقون|يبقون|ستبقي|تبقي|ستظل|سيظلون …2 =في|=علي|=داخل',
    unless: ['@troops …1 @peacekeeping|@force'],
    example: { text: 'وقال وزير الدفاع الليتواني إن جنود ليتوانيا سيبقون في بلادهم لحماية حدودها.', iso3: 'LTU' },
  },
  {
    // "سوف تلعب دور المحور اللوجستي للقوة عبر مطار جيشوف": the role it plays for the force is its support.
    id: 'plays-a-support-role',
    stance: 'support_no_troops',
    confidence: 0.75,
    match: 'تلعب|يلعب|نلعب|لعب|لعبت|ستلعب|سيلعب-neg …1 دور|دورا …4 @support',
    sentence: ['@force|@coalition|@peacekeeping'],
    unless: [FOR_TALKS, ...TO_UKRAINE],
    example: {
      text: 'وأكدت رومانيا أنها سوف تلعب دور المركز اللوجستي للقوة متعددة الجنسيات عبر قاعدة على أراضيها.',
      iso3: 'ROU',
    },
  },
  {
    // "ستسهم بمدربين عسكريين في مهمة التدريب التابعة للقوة": instructors for the force's training mission.
    id: 'trainers-for-the-force',
    stance: 'support_no_troops',
    confidence: 0.75,
    match: `@join|@offer|@provide-neg …2 ${TRAINERS}`,
    sentence: ['@force|@coalition|@peacekeeping'],
    unless: TO_UKRAINE,
    example: {
      text: 'وقالت ويلينغتون إنها ستقدم مدربين عسكريين للقوة متعددة الجنسيات.',
      iso3: 'NZL',
    },
  },
  {
    // "ستتولى تدريب الجنود … بدلا من إرسال جنود": the contribution a country makes instead of troops is its share.
    id: 'instead-of-troops',
    stance: 'support_no_troops',
    confidence: 0.75,
    // "مساهمة مالية في تكاليف تشغيل القوة بدلا من إرسال جنود": a share of the costs, too.
    match: `@support|@join|@provide …10 بدلا|عوضا …2 ${SENDING}|@troops`,
    example: {
      text: 'وقالت ليوبليانا إنها ستتكفل بتدريب المهندسين العسكريين على أراضيها بدلا من إرسال جنود إلى الجبهة.',
      iso3: 'SVN',
    },
  },
  {
    id: 'support-guarantees',
    stance: 'support_no_troops',
    confidence: 0.7,
    holder: 'genitive',
    match: '^@support …2 @guarantee|@force',
    // "الإسناد الأمريكي للضمانات سيتحدد خلال الأيام المقبلة": what it will be is still open, so no position yet.
    // "الدعم الأمريكي مهم للقوة": how much the support matters says nothing of whether it is given; "التزام من البيت
    // الأبيض بتوفير غطاء أمريكي": a commitment sought from the country is not one it made.
    unless: [
      'سيتحدد|يتحدد|سيتضح|يتضح|سيحدد|@decide|@discuss',
      '@support …1 مهم|مهمه|ضروري|ضروريه|اساسي|حاسم|حيوي|جوهري|مطلوب',
      'التزام|التزاما|وعد|وعدا …5 @support',
    ],
    example: { text: 'قال المستشار إن الدعم الكندي للضمانات الأمنية سيشمل طائرات استطلاع.', iso3: 'CAN' },
  },
  {
    id: 'support-verb-force',
    stance: 'support_no_troops',
    confidence: 0.75,
    match: '@supportVerb-neg …3 @force|@peacekeeping|@guarantee',
    unless: TO_UKRAINE,
    example: { text: 'وأكد الرئيس البلغاري أن بلاده ستدعم عمليات حفظ السلام بعد وقف إطلاق النار.', iso3: 'BGR' },
  },
  // Taking part in the coalition: leading, membership, meetings.
  {
    id: 'leads-coalition',
    stance: 'participating',
    confidence: 0.85,
    holder: 'after',
    match: '^@lead|بقياده|برياسه …6 @coalition|@force|@peacekeeping|@form',
    example: { text: 'وقالت الدنمارك والنرويج، اللتان تقودان جهود تشكيل القوة البحرية، إن العمل مستمر.', iso3: 'NOR' },
  },
  {
    id: 'coalition-led-by',
    stance: 'participating',
    confidence: 0.85,
    holder: 'after',
    // "ضمن لواء مشترك بقيادة بريطانية فرنسية": a joint unit of the force led by two countries.
    match: '@coalition|@force|@peacekeeping|@form|لواء|كتيبه|فرقه …8 ^@lead|بقياده|برياسه',
    // "لواء متعدد الجنسيات تابع للحلف تقوده كندا": NATO's brigade, not the coalition's.
    unless: ['لواء|كتيبه|فرقه …4 للحلف|الحلف|الناتو|الاطلسي'],
    example: { text: 'ويضم التحالف الذي تقوده فرنسا والمملكة المتحدة أكثر من ثلاثين دولة.', iso3: 'FRA' },
  },
  {
    // "ويضم التحالف … إلى جانب أربع دول من خارج أوروبا هي كندا وأستراليا": the members named after "هي".
    id: 'members-named-after',
    stance: 'participating',
    confidence: 0.75,
    holder: 'after',
    reach: 2,
    match: 'دول|دوله|بلدان …5 ^=هي|=وهي',
    sentence: ['@coalition', '@include'],
    example: {
      text: 'ويضم التحالف أكثر من ثلاثين دولة، بينها ثلاث دول من خارج أوروبا هي كندا واليابان وأستراليا.',
      iso3: 'JPN',
    },
  },
  {
    // "ما هو تحالف الراغبين؟ مجموعة من نحو ثلاثين دولة تقودها فرنسا وبريطانيا": the coalition, said as a group.
    id: 'group-led-by',
    stance: 'participating',
    confidence: 0.8,
    holder: 'after',
    match: 'مجموعه|تكتل …8 ^@lead',
    earlier: ['@coalition'],
    unlessEarlier: ['@meeting الناتو|الحلف|الاطلسي'],
    example: {
      text: 'ما هو تحالف الراغبين؟ مجموعة من نحو ثلاثين دولة تقودها إيطاليا وبولندا.',
      iso3: 'POL',
    },
  },
  {
    // "مجموعة عمل خاصة بأمن الملاحة في البحر الأسود، برئاسة تركيا": chairing a body of the coalition is taking part.
    id: 'chairs-a-working-group',
    stance: 'participating',
    confidence: 0.7,
    holder: 'afterOnly',
    reach: 2,
    match: 'مجموعه|لجنه|فريق|خليه …10 ^بقياده|برياسه',
    earlier: ['@coalition|@force'],
    unlessEarlier: ['@meeting الناتو|الحلف|الاطلسي'],
    example: {
      text: 'وأنشأ تحالف الراغبين أمس فرقه. وتشكلت مجموعة عمل خاصة بالدفاع الجوي، برئاسة الدنمارك.',
      iso3: 'DNK',
    },
  },
  {
    // "…اجتماع وزراء التحالف، … برئاسة مشتركة من وزيري الدفاع الهولندي والإستوني": the chairs of a meeting
    // or coalition named in the clause before.
    id: 'chaired-by-after-meeting',
    stance: 'participating',
    confidence: 0.75,
    holder: 'afterOnly',
    reach: 6,
    match: '^بقياده|برياسه',
    sentence: ['@coalition|@meeting'],
    unless: ['@talks'],
    unlessEarlier: ['@meeting الناتو|الحلف|الاطلسي'],
    example: {
      text: 'وعقد تحالف الراغبين اجتماعه في لاهاي، برئاسة مشتركة من رئيسي وزراء هولندا والدنمارك.',
      iso3: 'DNK',
    },
  },
  {
    // Founding the force's headquarters is taking part in it.
    id: 'sets-up-headquarters',
    stance: 'participating',
    confidence: 0.75,
    roles: ['plain', 'content', 'speaker'],
    match: 'تاسيس|انشاء|اقامه|استضافه …2 مقر|مقرا …3 @force|@coalition|@peacekeeping',
    example: { text: 'وأعلنت بلجيكا وهولندا إنشاء مقر قيادة للقوة متعددة الجنسيات قرب العاصمة.', iso3: 'NLD' },
  },
  {
    id: 'co-chairs-with',
    stance: 'participating',
    confidence: 0.75,
    holder: 'after',
    reach: 5,
    match: '@lead|بقياده|برياسه …6 ^مع|برفقه|بمشاركه',
    unless: ['@talks'],
    example: { text: 'وترأس المستشار الاجتماع الافتراضي للتحالف مع رئيس الوزراء البولندي.', iso3: 'POL' },
  },
  {
    // "«تحالف الراغبين» الذي تتقاسم باريس ولندن رئاسته": the capitals that share its chair.
    id: 'shares-the-chair',
    stance: 'participating',
    confidence: 0.75,
    holder: 'after',
    reach: 4,
    match: '^تتقاسم|يتقاسم|تتقاسمان|يتقاسمان|تقاسمت|تقاسم …5 رياسته|رياستها|رياسه|قيادته|قيادتها',
    sentence: ['@coalition|@meeting|@force'],
    example: { text: 'وعقد تحالف الراغبين الذي تتقاسم برلين ووارسو رئاسته اجتماعا جديدا.', iso3: 'POL' },
  },
  {
    id: 'chairs-meeting',
    stance: 'participating',
    confidence: 0.75,
    match: '@lead|بقياده|برياسه …3 @meeting',
    unless: ['@talks'],
    example: { text: 'وترأست رئيسة الوزراء الدنماركية القمة التي ناقشت نشر القوة.', iso3: 'DNK' },
  },
  {
    id: 'meeting-chaired-by',
    stance: 'participating',
    confidence: 0.75,
    holder: 'after',
    reach: 4,
    match: '@meeting …4 ^@lead',
    unless: ['@talks'],
    example: { text: 'وجاء ذلك بعد القمة التي ترأسها رئيس الوزراء النرويجي في أوسلو.', iso3: 'NOR' },
  },
  {
    id: 'represented-at',
    stance: 'participating',
    confidence: 0.7,
    holder: 'afterOnly',
    reach: 1,
    match: '^=مثل|=يمثل|=تمثل …4 @meeting',
    example: { text: 'ومثل البرتغال في الاجتماع وزير خارجيتها.', iso3: 'PRT' },
  },
  {
    id: 'attended-by',
    stance: 'participating',
    confidence: 0.75,
    holder: 'afterOnly',
    reach: 4,
    roles: ['plain', 'content', 'speaker'],
    match: '^بحضور|بمشاركه',
    sentence: ['@coalition'],
    example: { text: 'واجتمع تحالف الراغبين في روما بحضور رئيس الوزراء البلجيكي ورئيسة وزراء الدنمارك.', iso3: 'DNK' },
  },
  {
    id: 'coalition-promoted-by',
    stance: 'participating',
    confidence: 0.75,
    holder: 'afterOnly',
    reach: 4,
    match: '@coalition …4 ^يروج|تروج|يتبني|تتبني|روج|تبني',
    example: { text: 'ويتحدث المسؤولون عن تحالف الراغبين الذي يروج له رئيس الوزراء البلجيكي.', iso3: 'BEL' },
  },
  {
    id: 'meeting-called-by',
    stance: 'participating',
    confidence: 0.75,
    holder: 'after',
    reach: 4,
    match: '@meeting …4 ^دعا|دعت|استضاف|استضافت|نظم|نظمت',
    sentence: ['@troops|@coalition|@guarantee|@force|@peacekeeping'],
    // "مؤتمر بورغنستوك الذي استضافته سويسرا العام الماضي": a meeting of last year is not this coalition's.
    unless: ['@talks', '=العام|=السنه =الماضي|=الماضيه'],
    example: {
      text: 'واختتم القادة اجتماعا دعا إليه رئيس الوزراء البولندي لبحث إرسال قوات إلى أوكرانيا.',
      iso3: 'POL',
    },
  },
  {
    // "يضم التحالف نحو ثلاثين دولة، ومن أعضائه من خارج القارة كندا وأستراليا": the members it names.
    id: 'among-its-members',
    stance: 'participating',
    confidence: 0.75,
    holder: 'after',
    reach: 8,
    match: '=ومن|=من ^@member|=اعضايه|=اعضايها|=اعضاوه',
    sentence: ['@coalition|@force'],
    example: { text: 'ويضم التحالف نحو ثلاثين دولة، ومن أعضائه من خارج أوروبا كندا واليابان.', iso3: 'JPN' },
  },
  {
    id: 'includes',
    stance: 'participating',
    confidence: 0.8,
    holder: 'after',
    reach: 8,
    match: '^@include',
    sentence: ['@coalition'],
    example: { text: 'وهذا التحالف يضم معظم الدول الأوروبية إلى جانب كندا واليابان.', iso3: 'JPN' },
  },
  {
    id: 'among-members',
    stance: 'participating',
    confidence: 0.75,
    holder: 'afterOnly',
    reach: 3,
    match: '^بينها|بينهم',
    sentence: ['@coalition'],
    example: { text: 'أعلن التحالف الذي يضم 30 دولة، من بينها النرويج وأيسلندا، عن خطة جديدة.', iso3: 'ISL' },
  },
  {
    id: 'among-the-members',
    stance: 'participating',
    confidence: 0.75,
    holder: 'afterOnly',
    reach: 5,
    match: 'من ^بين',
    sentence: ['@coalition'],
    example: { text: 'وشارك في القمة قادة تحالف الراغبين، ومن بين الحاضرين رئيس وزراء اليونان.', iso3: 'GRC' },
  },
  {
    // "ولا تنتمي الولايات المتحدة إلى التحالف": not being a member is no position on the force.
    id: 'not-a-member',
    stance: null,
    confidence: 1,
    match: '@member+neg …4 @coalition',
    example: { text: 'ولا تنتمي سويسرا إلى تحالف الراغبين.', iso3: 'CHE' },
  },
  {
    id: 'member-of-coalition',
    stance: 'participating',
    confidence: 0.8,
    match: '@member-neg …4 @coalition',
    example: { text: 'وذكرت الوكالة أن سنغافورة عضو في تحالف الراغبين.', iso3: 'SGP' },
  },
  {
    id: 'coalition-it-belongs-to',
    stance: 'participating',
    confidence: 0.8,
    match: '@member',
    sentence: ['@coalition'],
    example: { text: 'وأشارت إلى قرارات التحالف الذي تنتمي إليه سلوفينيا.', iso3: 'SVN' },
  },
  {
    // "وقّعت بلجيكا على إعلان النوايا الخاص بالقوة": signing the coalition's declaration is taking part in it.
    id: 'signs-declaration',
    stance: 'participating',
    confidence: 0.75,
    match: 'وقع|وقعت|ووقع|ووقعت|يوقع|ستوقع|سيوقع|وقعوا …3 اعلان|وثيقه|ميثاق|بيان',
    sentence: ['@coalition|@peacekeeping|@force|@guarantee'],
    example: { text: 'ووقعت فنلندا على الوثيقة التأسيسية لقوة الطمأنة في أوكرانيا.', iso3: 'FIN' },
  },
  {
    // "اختتم قادة التحالف اجتماعهم ببيان ختامي. ووقع البيان قادة كل من: …": the coalition's statement named before.
    // "ووقّع رئيس وزراء لوكسمبورغ، إلى جانب نظرائه، على البيان الختامي": the signatory first, then the statement.
    id: 'signs-the-statement',
    stance: 'participating',
    confidence: 0.7,
    match: 'وقع|وقعت|ووقع|ووقعت|وقعه|وقعته|وقعوا|وقعا-neg …6 اعلان|وثيقه|ميثاق|بيان|البيان|الاعلان',
    earlier: ['@coalition|@peacekeeping|@force|@guarantee|@meeting'],
    unless: ['@talks'],
    example: {
      text: 'واختتم قادة تحالف الراغبين اجتماعهم ببيان ختامي. ووقع البيان قادة كل من: فنلندا، والسويد.',
      iso3: 'SWE',
    },
  },
  {
    // "شاركت في الاجتماع لشبونة وهلسنكي"، "حضر القمة وزراء دفاع …": the verb first, the meeting, then who took part.
    id: 'meeting-attended-by',
    stance: 'participating',
    confidence: 0.75,
    holder: 'afterOnly',
    reach: 4,
    // Who hosts talks ("استضافت محادثات أمريكية روسية") is not who took part in them.
    // The meeting right after the verb: a subject between them ("وشارك رئيس الوزراء … في الاجتماع إلى جانب …")
    // is who took part, and what follows the meeting is not.
    match: 'شارك|شاركت|يشارك|تشارك|شاركوا|حضر|حضرت|يحضر|تحضر|حضره|حضرها-neg =في? ^@meeting',
    earlier: ['@coalition|@peacekeeping|@force|@guarantee'],
    unless: ['@meeting …2 بين', '@talks'],
    unlessEarlier: ['@meeting الناتو|الحلف|الاطلسي'],
    example: {
      text: 'ناقش تحالف الراغبين خطط القوة. وشارك في الاجتماع وزراء دفاع رومانيا وبلغاريا عبر الفيديو.',
      iso3: 'BGR',
    },
  },
  {
    id: 'attends-meeting',
    stance: 'participating',
    confidence: 0.8,
    // "اللتان لم تشاركا في الاجتماع": not taking part is no participation.
    match: '@attend|@join-neg …4 @meeting',
    sentence: ['@coalition|@peacekeeping|@force|@guarantee'],
    // "استضافت محادثات بين واشنطن وموسكو": talks between others.
    unless: ['@meeting …2 بين'],
    example: { text: 'وقال رئيس الوزراء إن هولندا ستشارك في اجتماع تحالف الراغبين يوم الجمعة.', iso3: 'NLD' },
  },
  {
    id: 'took-part-too',
    stance: 'participating',
    confidence: 0.7,
    match: '@attend-neg …6 ايضا|كذلك|بدورها',
    previous: ['@coalition|@meeting'],
    example: { text: 'واجتمع قادة تحالف الراغبين عبر الفيديو. وشاركت سنغافورة أيضا.', iso3: 'SGP' },
  },
  {
    // "رئيس الوزراء البرتغالي يصل إلى الإليزيه للمشاركة في القمة": arriving to take part in the coalition's meeting.
    id: 'arrives-to-take-part',
    stance: 'participating',
    confidence: 0.7,
    match: 'يصل|تصل|وصل|وصلت|يتوجه|تتوجه|توجه|توجهت …5 @join …2 @meeting',
    earlier: ['@coalition'],
    unlessEarlier: ['@meeting الناتو|الحلف|الاطلسي'],
    example: {
      text: 'اجتمع تحالف الراغبين في روما. ووصل رئيس الوزراء المالطي إلى القصر للمشاركة في القمة.',
      iso3: 'MLT',
    },
  },
  {
    // "اجتماع عبر الفيديو ضم رئيس الوزراء الياباني …"، "اجتماعا شارك فيه رئيس الوزراء الكندي": who the meeting had.
    id: 'meeting-had',
    stance: 'participating',
    confidence: 0.7,
    holder: 'after',
    reach: 4,
    match: '@meeting …4 ^ضم|ضمت|يضم|تضم|فيه|فيها',
    earlier: ['@coalition'],
    unlessEarlier: ['@meeting الناتو|الحلف|الاطلسي'],
    unless: ['@talks', '@meeting …2 بين'],
    example: {
      text: 'بحث تحالف الراغبين الضمانات الأمنية. وعقدت باريس اجتماعا عبر الفيديو ضم رئيس الوزراء الأسترالي.',
      iso3: 'AUS',
    },
  },
  {
    // "شارك في القمة عشرون مسؤولا، بينهم رئيس الوزراء البلجيكي": the members named, not the clause's holder.
    id: 'took-part-among',
    stance: 'participating',
    confidence: 0.7,
    holder: 'afterOnly',
    reach: 4,
    match: '@attend|@include …3 @meeting|قاده|زعماء|مسوولين|وزراء …10 ^بينهم|ومنهم|منهم',
    earlier: ['@coalition|@meeting'],
    unlessEarlier: ['@meeting الناتو|الحلف|الاطلسي'],
    example: {
      text: 'التقى قادة تحالف الراغبين في روما. وشارك في الاجتماع نحو عشرين مسؤولا، بينهم رئيسة الوزراء الليتوانية.',
      iso3: 'LTU',
    },
  },
  {
    id: 'took-part-in-the-meeting',
    stance: 'participating',
    confidence: 0.7,
    match: '@attend-neg …3 @meeting',
    // "ستستضيف الشهر المقبل اجتماعا لوزراء …": a meeting still to come, at which the host is a venue.
    unless: ['@meeting …2 بين', 'ستستضيف|سيستضيف|تستضيف|يستضيف'],
    earlier: ['@coalition|@meeting'],
    // A summit of the alliance is not a meeting of the coalition.
    unlessEarlier: ['@meeting الناتو|الحلف|الاطلسي'],
    example: {
      text: 'عقد قادة تحالف الراغبين اجتماعا عبر الفيديو. ودعا المستشار إلى ضمانات أقوى. وقالت مصادر إن رئيسة وزراء الدنمارك شاركت في الاجتماع.',
      iso3: 'DNK',
    },
  },
  {
    // "انضم الرئيس الفنلندي … ورئيس الوزراء … إلى الاجتماع": a verb first, then the leaders who joined, then the meeting.
    id: 'joined-the-meeting',
    stance: 'participating',
    confidence: 0.7,
    // "لا تنوي المشاركة في مثل هذه الاجتماعات": a meeting not joined.
    match: '@join-neg …9 @meeting',
    unless: ['@meeting …2 بين', '@join …2 @coalition|@force', '@intend|@plan+neg …2 @join'],
    earlier: ['@coalition|@meeting'],
    unlessEarlier: ['@meeting الناتو|الحلف|الاطلسي'],
    example: {
      text: 'بدأ اجتماع تحالف الراغبين في لندن. وانضم الرئيس الفنلندي ألكسندر ستوب ورئيس الوزراء البلجيكي بارت دي ويفر إلى الاجتماع عبر الفيديو.',
      iso3: 'FIN',
    },
  },
  {
    // "فيما انضم رئيس الوزراء الياباني إلى المشاركين عبر الفيديو": joining those at a meeting the sentence names.
    id: 'joined-the-participants',
    stance: 'participating',
    confidence: 0.7,
    match: '@join-neg …6 المشاركين|المجتمعين',
    sentence: ['@coalition|@meeting'],
    example: {
      text: 'شارك رئيس الوزراء البولندي في الاجتماع، فيما انضم رئيس الوزراء الكندي إلى المشاركين عبر الفيديو.',
      iso3: 'CAN',
    },
  },
  {
    id: 'forms-coalition',
    stance: 'participating',
    confidence: 0.75,
    match: '@form',
    sentence: ['@coalition|@force'],
    example: { text: 'ويسعى رئيس الوزراء البلجيكي إلى تشكيل هذا التحالف مع شركائه.', iso3: 'BEL' },
  },
  {
    id: 'speaks-after-meeting',
    stance: 'participating',
    confidence: 0.6,
    roles: ['speaker', 'plain'],
    match: 'عقب|بعد|خلال …2 @meeting|@attend …3 @coalition',
    example: { text: 'وقال الرئيس الفنلندي عقب اجتماع التحالف إن العمل مستمر.', iso3: 'FIN' },
  },
];

export interface CompiledRule extends StanceRule {
  pattern: Pattern;
  unlessPatterns: Pattern[];
  sentencePatterns: Pattern[];
  previousPatterns: Pattern[];
  earlierPatterns: Pattern[];
  unlessEarlierPatterns: Pattern[];
}

/** The table with its patterns compiled once, at load; a malformed pattern fails here. */
export const COMPILED_RULES: readonly CompiledRule[] = STANCE_RULES.map((rule) => ({
  ...rule,
  pattern: compilePattern(rule.match),
  unlessPatterns: (rule.unless ?? []).map((p) => compilePattern(p)),
  sentencePatterns: (rule.sentence ?? []).map((p) => compilePattern(p)),
  previousPatterns: (rule.previous ?? []).map((p) => compilePattern(p)),
  earlierPatterns: (rule.earlier ?? []).map((p) => compilePattern(p)),
  unlessEarlierPatterns: (rule.unlessEarlier ?? []).map((p) => compilePattern(p)),
}));
