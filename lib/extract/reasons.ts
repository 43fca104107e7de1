import type { ReasonCode } from '@/lib/schema/stance';
import { normalizeTerm } from './normalize';

/**
 * Normalised categories for why a country refuses or on what it conditions its troops. Each cue is a phrase in
 * ordinary spelling; "…" stands for up to two words in between ("وقف … إطلاق النار" matches "وقف دائم لإطلاق
 * النار"), and every word may carry clitics in front (و، ب، ل، ال) and pronouns behind. The category whose cue
 * appears first in the text wins.
 */
const RULES: { code: ReasonCode; cues: string[] }[] = [
  { code: 'rules_of_engagement_required', cues: ['قواعد … الاشتباك', 'قواعد اشتباك'] },
  {
    code: 'parliament_approval_required',
    cues: ['تفويض … البرلمان', 'تفويض … البوندستاغ', 'تفويض برلماني', 'تفويض … مجلس النواب', 'البرلمان', 'برلماني', 'مجلس النواب', 'البوندستاغ', 'الكونغرس', 'مجلس الشيوخ', 'الجمعية الوطنية', 'مجلس العموم', 'تصويت', 'المشرعين', 'السيم'],
  },
  {
    code: 'legal_basis_required',
    cues: ['الأساس القانوني', 'أساس قانوني', 'تفويض', 'مجلس الأمن', 'الأمم المتحدة', 'أممي', 'القانون الدولي', 'إطار قانوني', 'الشرعية الدولية', 'غطاء قانوني', 'دستوري', 'الدستور'],
  },
  {
    code: 'us_backstop_required',
    cues: ['الولايات المتحدة', 'أمريكي', 'أميركي', 'واشنطن', 'backstop', 'مظلة … أمريكية', 'شبكة أمان'],
  },
  {
    code: 'home_defence',
    cues: ['الدفاع عن … أراضي', 'الدفاع عن … حدود', 'حماية … حدود', 'حراسة … الحدود', 'الدفاع الوطني', 'الدفاع عن نفسها', 'ضرورية للدفاع', 'ضروري للدفاع', 'الجناح الشرقي', 'الأمن الوطني', 'أمنها الداخلي', 'حدود … مع روسيا', 'الحدود المشتركة', 'الدفاع عن', 'للدفاع'],
  },
  { code: 'neighbour_threat', cues: ['تهديد', 'تهديدات', 'الجار', 'مجاورة', 'الخطر', 'خطر', 'مخاوف', 'أطماع', 'العدوان', 'الوجود العسكري', 'احتلال'] },
  {
    code: 'ceasefire_required',
    cues: ['وقف … إطلاق النار', 'اتفاق … سلام', 'اتفاق السلام', 'انتهاء … الحرب', 'انتهاء … القتال', 'هدنة', 'تصمت المدافع', 'توقف … القتال', 'المعارك مستمرة', 'تسوية'],
  },
  {
    code: 'capacity_limits',
    cues: [
      'قدرات … محدودة', 'محدودية', 'نقص', 'قيود … الميزانية', 'عجز الميزانية', 'لا تملك', 'لا يملك', 'لا نملك', 'العدد الكافي', 'استنزاف',
      'الإمكانات', 'إمكانات', 'حجم الجيش', 'جيش صغير', 'لا … جيش', 'ممدودة', 'أقصى حد', 'أقصى طاقة', 'منهكة', 'نقصا', 'ممدود', 'الجيش … الصغير', 'مستنزفة', 'طاقتها القصوى', 'محدودة',
    ],
  },
  { code: 'neutrality', cues: ['حياد', 'الحياد', 'محايدة', 'محايد'] },
  // Reasons outside the categories, named so that they still count as a reason given.
  { code: 'other', cues: ['ليست حربنا', 'ليست حربهم', 'حروب الآخرين', 'الرأي العام', 'لن يقبل', 'استفتاء', 'الشارع'] },
  { code: 'strategic_priorities', cues: ['أولوية', 'الأولوية', 'أولويات', 'مهام أخرى', 'التركيز على', 'المحيط الهادئ', 'الصين', 'منطقة المحيط'] },
];

const CLITICS = '(?:[وفبلك]|ال|وال|بال|لل|فال|كال|وب|ول|وبال)?';
const ENDINGS = '(?:ه|ها|هم|هما|نا|ي|يه|يا|ون|ين|ات|ا)?';

function cuePattern(cue: string): string {
  return cue
    .split(' ')
    .map((word) => {
      if (word === '…') return '(?:\\S+\\s+){0,2}?';
      const w = normalizeTerm(word).replace(/^ال(?=\S{3})/, '');
      const escaped = w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      // A ta marbuta (normalised ه) becomes ت before a pronoun: أولوية -> أولويتها.
      const stem = escaped.endsWith('ه') ? `${escaped.slice(0, -1)}(?:ه|ت(?=ه|ها|هم|هما|نا|ي))` : escaped;
      return `${CLITICS}(?:ال)?${stem}${ENDINGS}\\s+`;
    })
    .join('')
    .replace(/\\s\+$/, '(?=\\s|$|[.,،"])');
}

/** The letters every match of a cue contains: its longest word without the article or a final ta marbuta. */
const cueKey = (cue: string): string =>
  cue.split(' ').filter((w) => w !== '…').map((w) => normalizeTerm(w).replace(/^ال(?=\S{3})/, '').replace(/ه$/, '')).sort((x, y) => y.length - x.length)[0]!;

// Each rule's regex runs only when one of its keys occurs in the text: most clauses name no reason at all.
const COMPILED = RULES.map((rule) => ({
  code: rule.code,
  keys: [...new Set(rule.cues.map(cueKey))],
  re: new RegExp(`(?:^|\\s)(?:${rule.cues.map(cuePattern).join('|')})`),
}));

/** One pass that tells whether any cue can match at all: most clauses name no reason. */
const ANY_KEY = new RegExp([...new Set(COMPILED.flatMap((rule) => rule.keys))].map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'));

/**
 * The category of normalised reason or condition text, or null when none of the cues occurs. `except` leaves a
 * category out: the US cannot make its own backstop a condition ("السبب أن واشنطن يجب أن تركز على أولويات أخرى").
 */
export function reasonMatch(normalizedText: string, except?: ReasonCode): ReasonCode | null {
  if (!ANY_KEY.test(normalizedText)) return null;
  let best: { code: ReasonCode; at: number } | null = null;
  for (const rule of COMPILED) {
    if (rule.code === except) continue;
    if (!rule.keys.some((key) => normalizedText.includes(key))) continue;
    const match = rule.re.exec(normalizedText);
    // Earliest mention wins: "قواعد الاشتباك ... والأساس القانوني" is first about rules of engagement.
    if (match && (!best || match.index < best.at)) best = { code: rule.code, at: match.index };
  }
  return best?.code ?? null;
}

/** Classifies normalised reason or condition text; 'other' when no category's words occur. */
export function reasonCode(normalizedText: string): ReasonCode {
  return reasonMatch(normalizedText) ?? 'other';
}
