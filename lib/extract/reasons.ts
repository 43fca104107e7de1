import type { ReasonCode } from '@/lib/schema/stance';
import { normalizeTerm } from './normalize';

/**
 * Normalised categories for why a country refuses or on what it conditions its troops: the category whose
 * words appear first in the text wins.
 */
const RULES: { code: ReasonCode; words: string[] }[] = [
  { code: 'rules_of_engagement_required', words: ['قواعد الاشتباك'] },
  { code: 'legal_basis_required', words: ['الأساس القانوني', 'أساس قانوني', 'تفويض', 'قرار من مجلس الأمن', 'القانون الدولي', 'إطار قانوني'] },
  { code: 'parliament_approval_required', words: ['البرلمان', 'موافقة برلمانية', 'تصويت', 'الكونغرس'] },
  { code: 'us_backstop_required', words: ['الولايات المتحدة', 'أمريكي', 'أميركي', 'واشنطن', 'backstop', 'ضمانة أمريكية', 'دعم أمريكي'] },
  { code: 'home_defence', words: ['الدفاع عن أراضي', 'للدفاع عن أراضي', 'الدفاع عن حدود', 'حماية حدود', 'الدفاع الوطني', 'الدفاع عن نفسها', 'ضرورية للدفاع', 'الجناح الشرقي'] },
  { code: 'neighbour_threat', words: ['تهديد', 'التهديدات', 'تهديدات', 'الجار', 'مجاورة', 'الخطر', 'خطر'] },
  { code: 'ceasefire_required', words: ['وقف إطلاق النار', 'اتفاق سلام', 'اتفاق السلام', 'انتهاء الحرب', 'انتهاء القتال', 'هدنة'] },
  { code: 'capacity_limits', words: ['قدرات محدودة', 'نقص', 'الموارد', 'الميزانية', 'لا تملك', 'استنزاف'] },
  { code: 'neutrality', words: ['الحياد', 'محايدة', 'حيادها'] },
  { code: 'strategic_priorities', words: ['الأولوية', 'أولويات', 'أولوياتها', 'التركيز', 'الصين', 'المحيط الهادئ'] },
];

const COMPILED = RULES.map((r) => ({ code: r.code, words: r.words.map(normalizeTerm) }));

/** Classifies normalised reason or condition text; 'other' when no category's words occur. */
export function reasonCode(normalizedText: string): ReasonCode {
  let best: { code: ReasonCode; at: number } | null = null;
  for (const rule of COMPILED) {
    for (const w of rule.words) {
      const at = normalizedText.indexOf(w);
      // Earliest mention wins: "قواعد الاشتباك ... والأساس القانوني" is first about rules of engagement.
      if (at >= 0 && (!best || at < best.at)) best = { code: rule.code, at };
    }
  }
  return best?.code ?? 'other';
}
