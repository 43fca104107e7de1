import { normalizeTerm } from '../text/normalize';

/**
 * Whether a sentence speaks of defence spending: "الإنفاق الدفاعي"، "ميزانية الدفاع"، "على الدفاع"، "الإنفاق العسكري"،
 * spending measured against GDP, or NATO's threshold named with its share ("عتبة 2 في المئة").
 */
const DEFENCE_SPENDING = new RegExp(
  [
    `(?:انفاق|نفقات|ميزاني|موازن|مخصصات|انفق|تنفق|ينفق|خصص|تخصص|حزمه)\\S*\\s+(?:\\S+\\s+)?(?:ال)?(?:دفاعي|دفاعيه|عسكري|عسكريه|الدفاع|للدفاع|علي الدفاع|الجيش|القوات المسلحه|التسلح)`,
    `(?:^|\\s)للدفاع(?:\\s|$)`,
    `\\d(?:\\.\\d+)? ?(?:%|في المايه|في الميه|بالمايه|بالميه) (?:من )?(?:ال)?(?:ناتج|اجمالي الناتج)`,
    `ناتج\\S*\\s+(?:\\S+\\s+){0,2}?(?:للدفاع|علي الدفاع)`,
    `علي الدفاع`,
    `${normalizeTerm('ميزانية الدفاع')}`,
    `(?:للانفاق|الانفاق) (?:الدفاعي|العسكري)`,
    `صندوق\\S*\\s+(?:\\S+\\s+)?(?:ل)?(?:ال)?(?:تسلح|تسليح|دفاع)`,
    `(?:^|\\s)(?:ال|و|وال)?(?:انفاق|نفقات)\\S*\\s.*(?:من|علي) (?:ال)?ناتج`,
  ].join('|'),
);
const NAMED_THRESHOLD = /(?:^| )(?:ال|ب|لب)?(?:عتبه|هدف) (?:ال)?\d+(?:\.\d+)? ?(?:%|في المايه|في الميه|بالمايه|بالميه)/;

/** Words one of which every expression above contains: a sentence with none of them is not read further. */
const KEYS = [
  'انفاق',
  'نفقات',
  'ميزاني',
  'موازن',
  'مخصصات',
  'انفق',
  'تنفق',
  'ينفق',
  'خصص',
  'حزمه',
  'دفاع',
  'ناتج',
  'صندوق',
  'عتبه',
  'هدف',
];

/** "ميزانية الوزارة" said by the defence minister, "نحو 272 مليار بيزو لوزارتي الدفاع والبحرية": the ministry's budget. */
const MINISTRY_BUDGET =
  /(?:ميزاني|موازن)\S*\s+(?:ال)?وزار(?:ه|تي|تين)(?:\s|$)|(?:^|\s)(?:ل|ب)?(?:ال)?وزار(?:ه|تي|تين)\s+(?:ال)?دفاع/;
const BUDGET_OR_DEFENCE = /(?:ميزاني|موازن|رصد|خصص)\S*[\s\S]*دفاع|دفاع[\s\S]*(?:ميزاني|موازن|رصد|خصص)/;

export function mentionsDefenceSpending(normalizedSentence: string): boolean {
  if (!KEYS.some((k) => normalizedSentence.includes(k))) return false;
  return (
    DEFENCE_SPENDING.test(normalizedSentence) ||
    NAMED_THRESHOLD.test(normalizedSentence) ||
    (MINISTRY_BUDGET.test(normalizedSentence) && BUDGET_OR_DEFENCE.test(normalizedSentence))
  );
}

/** A sentence that goes on about the last one's spending: "زيادة قدرها 4 مليارات لبلوغ عتبة 2 في المئة". */
const GOES_ON =
  /(?:^| )(?:عتبه|هدف|نسبه|النسبه|زياده|بزياده|بلوغ|ببلوغ|لبلوغ|الوصول|للوصول|رفع|برفع|تصل|يصل|نصل|ستصل|سيصل|سنصل|لتصل|ليصل|نبلغ|سنبلغ|تنفق|ينفق|ننفق|الحزمه|الميزانيه|الرقم|تليها|مبلغ|تخصيص|(?:ال|و)?انفاق(?:ها|ه|هم)?)(?: |$)/;

export function continuesDefenceSpending(normalizedSentence: string): boolean {
  return GOES_ON.test(normalizedSentence);
}
