import { normalizeTerm } from '../normalize';

/**
 * Word lists the stance rules read, in ordinary spelling, normalised on load. Each list names a role a word plays
 * in a clause; the rules in classify.ts combine roles, never single sentences.
 */
const words = (list: string[]): Set<string> => new Set(list.map(normalizeTerm));

/** Words that mark the following noun as an object: a country after one of these is a venue, source or target. */
export const PREPOSITIONS = words([
  'في', 'من', 'إلى', 'الى', 'على', 'عن', 'مع', 'ضد', 'حول', 'بين', 'عبر', 'داخل', 'خارج', 'تجاه', 'نحو', 'لدى',
  'عند', 'منذ', 'بعد', 'قبل', 'دون', 'بدون', 'لصالح', 'باسم', 'حتى', 'مقابل', 'بشأن', 'إزاء', 'تحت', 'فوق', 'وفي', 'ومن', 'وإلى',
  'وعلى', 'ومع', 'وضد', 'وحول', 'أمام', 'وراء', 'لأجل', 'بحق', 'لمصلحة',
]);

/** Nouns whose genitive complement is an object, not an agent: "دعم الولايات المتحدة" is support asked of the US. */
export const NON_AGENT_HEADS = words([
  'دعم', 'مشاركة', 'حدود', 'أمن', 'سيادة', 'أراضي', 'ضمانات', 'ضمان', 'مساعدة', 'خطة', 'دور', 'حق', 'علاقة', 'مخزونات',
  'تعليقات', 'تراجع', 'انسحاب', 'قيادة', 'موقف', 'غزو', 'عدوان', 'تهديد', 'تهديدات', 'جار', 'جيران', 'حماية',
  'اقتصاد', 'شعب', 'سكان', 'مدن', 'شرق', 'غرب', 'شمال', 'جنوب', 'تأمين', 'استقلال', 'إقناع', 'إشراك', 'مشاركتها',
  'ضغط', 'ضغوط', 'أجواء', 'سماء', 'مياه', 'موانئ', 'مطالب', 'موافقة', 'رئاسة', 'زيارة', 'وفد', 'سفارة', 'ممثلي', 'قوى', 'حلفاء',
]);

/** Nouns that make a following demonym an actor: the British government, American troops, the French president. */
export const AGENT_HEADS = words([
  'قوات', 'القوات', 'جنود', 'الجنود', 'الحكومة', 'حكومة', 'رئيس', 'الرئيس', 'رئيسة', 'الوزراء', 'وزير', 'الوزير',
  'وزيرة', 'وزارة', 'الدفاع', 'الخارجية', 'المسؤولين', 'مسؤولين', 'المسؤولون', 'مسؤولون', 'مسؤول', 'الإدارة',
  'إدارة', 'الجيش', 'جيش', 'مكتب', 'المتحدث', 'متحدث', 'السلطات', 'البرلمان', 'المستشار', 'المستشارة', 'نظيره',
  'نظيرته', 'الملك', 'الدبلوماسية', 'الحكومات', 'القيادة', 'العسكريين', 'الجانب', 'البحرية', 'الجوية', 'سلاح',
]);

/** Titles and honorifics that may stand between a speaker's name and what precedes it. */
export const TITLES = words([
  'الرئيس', 'رئيس', 'الوزراء', 'وزير', 'الدفاع', 'الخارجية', 'المالية', 'المستشار', 'المستشارة', 'السير', 'السيدة',
  'الأمين', 'العام', 'المتحدث', 'باسم', 'الحكومة', 'نائب', 'الملك', 'الملكة', 'رئيسة', 'وزيرة',
]);

/** Nouns naming a set of countries: a statement whose subject is one of these is not any one country's position. */
export const GROUP_NOUNS = words([
  'دول', 'الدول', 'دولة', 'البلدان', 'بلدان', 'بلدا', 'دولا', 'حلفاء', 'الحلفاء', 'الأعضاء', 'أعضاء', 'الشركاء',
  'شركاء', 'المجموعة', 'مجموعة', 'الوفود', 'وفود', 'معظم', 'العديد', 'عدد', 'عددا', 'جميع', 'كل', 'بعض', 'أغلب',
  'غالبية', 'الولايات', 'الأوروبيون', 'الأوروبيين', 'الزعماء', 'القادة',
]);

/** Words that introduce the members of a group: "دول مجاورة لروسيا، مثل فنلندا وبولندا". */
export const EXAMPLE_MARKERS = words(['مثل', 'ذلك', 'المثال', 'منها', 'ومنها', 'خاصة', 'لاسيما', 'سيما']);

/** Verbs that introduce reported speech; what follows إن/أن is the content. */
export const SPEECH_VERBS = words([
  'قال', 'قالت', 'قالوا', 'قالتا', 'قالا', 'يقول', 'تقول', 'يقولون', 'وقال', 'وقالت', 'أضاف', 'أضافت', 'وأضاف', 'وأضافت',
  'أكد', 'أكدت', 'وأكد', 'وأكدت', 'أعلن', 'أعلنت', 'وأعلن', 'وأعلنت', 'صرح', 'صرحت', 'ذكر', 'ذكرت', 'أوضح', 'أوضحت',
  'شدد', 'شددت', 'أصر', 'أصرت', 'حذر', 'حذرت', 'سيحذر', 'أشار', 'أشارت', 'أخبر', 'أخبرت', 'يخبر', 'سيخبر', 'تخبر',
  'تجادل', 'يجادل', 'وتجادل', 'يرى', 'ترى', 'أقر', 'أقروا', 'أقرت', 'اعتبر', 'اعتبرت', 'رأى', 'أبلغ', 'أبلغت',
  'أعرب', 'أعربت', 'خلصوا', 'خلص', 'يعتقد', 'تعتقد',
]);

/**
 * Verbs of wishing, hoping and urging: what follows them is what others want a country to do, not its position
 * ("يأمل المسؤولون الأوروبيون أن تقدم الولايات المتحدة الدعم").
 */
export const WISH_VERBS = words([
  'يأمل', 'تأمل', 'يأملون', 'أمل', 'يريد', 'تريد', 'يريدون', 'أراد', 'يطالب', 'تطالب', 'طالب', 'طالبت', 'يطالبون', 'يحث',
  'تحث', 'حث', 'حثت', 'دعا', 'دعت', 'يدعو', 'تدعو', 'يتوقع', 'تتوقع', 'يتوقعون', 'توقع', 'توقعت', 'يرغب', 'ترغب',
  'حاول', 'حاولت', 'يحاول', 'تحاول', 'يسعى', 'تسعى', 'يضغط', 'تضغط', 'ضغط', 'يناشد', 'ناشد', 'يتمنى',
]);

/** Complementisers that open the content of reported speech. */
export const COMPLEMENTISERS = words([
  'إن', 'أن', 'إنه', 'إنها', 'إنهما', 'إنهم', 'أنه', 'أنها', 'أنهما', 'أنهم', 'بأن', 'بأنه', 'بأنها', 'بأنهم', 'إننا',
  'أننا', 'فإن', 'وأن', 'وإن',
]);

/** Pronominal complementisers whose subject is the speaker ("قالت إنهما" = the speakers themselves). */
export const SELF_COMPLEMENTISERS = words(['إنه', 'إنها', 'إنهما', 'إنهم', 'أنه', 'أنها', 'أنهما', 'أنهم', 'بأنه', 'بأنها', 'بأنهم', 'إننا', 'أننا']);

export const CONDITION_MARKERS = words(['شريطة', 'بشرط', 'شرط', 'إذا', 'طالما', 'رهنا', 'مشروطة', 'مشروط', 'مرهونة', 'مرهون', 'لو']);
export const CONDITION_PHRASES = ['ما لم', 'في حال', 'في حالة'].map(normalizeTerm);
/** Nouns that state a reservation or a prerequisite; the words after them are the condition. */
export const RESERVATION_NOUNS = words(['الحجز', 'حجز', 'تحفظ', 'التحفظ', 'تحفظات', 'التحفظات', 'الشرط', 'شروط', 'الشروط', 'شرطها', 'شروطها']);

export const REASON_MARKERS = words([
  'مستشهدين', 'مستشهدة', 'مستشهدا', 'مستشهدتين', 'بسبب', 'نظرا', 'لأن', 'لأنه', 'لأنها', 'لأنهم', 'خوفا', 'بحجة', 'بدعوى',
  'بداعي', 'مبررة', 'مبررا', 'متذرعة', 'متذرعين', 'مشيرة', 'مشيرين',
]);

/** Words that link coordinated subjects: "بولندا واليونان"، "أيرلندا ولوكسمبورج وبلجيكا". */
export const COORDINATORS = words(['و', 'أو', 'وكذلك', 'كذلك', 'مثل', 'ذلك', 'المثال', 'منها', 'ومنها']);

/** Clause boundaries inside a sentence (contrast and concession). */
export const CLAUSE_BREAKS = words(['لكن', 'لكنها', 'لكنه', 'لكنهم', 'لكنهما', 'ولكن', 'ولكنها', 'ولكنه', 'بينما']);
export const CLAUSE_BREAK_PHRASES = ['غير أن', 'إلا أن', 'في حين', 'في المقابل'].map(normalizeTerm);
/** Clause openers that keep the subject of the clause before them ("لكنها لم تلتزم"). */
export const SUBJECT_KEEPING_BREAKS = words(['لكنها', 'لكنه', 'لكنهم', 'لكنهما', 'ولكنها', 'ولكنه', 'ولكنهم']);

/** Demonstratives that point back to the countries of the previous sentence ("هذه الدول"، "هذان البلدان"). */
export const ANAPHORS = ['هذه الدول', 'هذه البلدان', 'هذان البلدان', 'هاتان الدولتان', 'كلا البلدين', 'كلتا الدولتين', 'هذه الحكومات'].map(normalizeTerm);
