import type { SentenceView } from '../text/article-text';
import { PhraseSet } from '../text/phrases';
import { withoutConjunction } from '../text/morphology';

/**
 * Hedges: "قد تساهم"، "ربما ترسل"، "من المرجح أن تشارك". Said by a government of itself, a hedge leaves its
 * participation open (conditional); written by the reporter, it is a guess and no one's position.
 */
const HEDGES = new PhraseSet([
  'ربما',
  'من المحتمل',
  'من الممكن',
  'من المرجح',
  'يرجح',
  'يحتمل',
  'من غير المستبعد',
  'ليس من المستبعد',
  'من المستبعد',
  'لعل',
  'يبدو',
]);
const REACH = 5;
/** "قد" hedges a present verb ("قد تساهم") but asserts a past one ("قد قررت" = has decided). */
const PRESENT = /^(?:[يتن])\S{2,}$/;

/**
 * Whether the verb after "قد" is a present one. A verb in ت may be a past one too (ترأس، تعهد): after "كان …"
 * ("وكان رئيس الوزراء قد ترأس") or with the past endings ت and وا ("قد تعهدت"، "قد تقدموا") it is.
 */
function presentAfter(words: readonly string[], i: number): boolean {
  const next = words[i + 1] ?? '';
  if (!PRESENT.test(next)) return false;
  if (next.startsWith('ت') && /(?:\S{3}ت|وا)$/.test(next)) return false;
  return !words.slice(Math.max(0, i - 6), i).some((w) => PLUPERFECT.test(w));
}
const PLUPERFECT = /^(?:[وف])?(?:كان|كانت|كانوا|كانا|كانتا)$/;

/** The hedge word of each token of the sentence, or -1 (`clauseOf` as for negationScope). */
export function hedgeScope(view: SentenceView, clauseOf: Int32Array): Int32Array {
  const scope = new Int32Array(view.words.length).fill(-1);
  for (let i = 0; i < view.words.length; i++) {
    if (clauseOf[i]! < 0) continue;
    const word = withoutConjunction(view.words[i]!);
    let length = HEDGES.at(view.words, i);
    if (!length && word === 'قد' && presentAfter(view.words, i)) length = 1;
    if (!length) continue;
    for (let j = i + length; j < i + length + REACH && j < view.words.length && clauseOf[j] === clauseOf[i]; j++)
      if (scope[j] === -1) scope[j] = i;
  }
  return scope;
}

/**
 * Acts that someone else is urged, persuaded or asked to do: "حاولت بريطانيا إقناع ترامب بتقديم الدعم الجوي"،
 * "دعت الحكومة الحلفاء إلى إرسال قوات"، "لم يحصل على التزام من البيت الأبيض بتوفير غطاء": what someone is to get from
 * others. What follows such a word is not the subject's own position.
 */
const DELEGATING =
  /^(?:[وفل])?(?:اقناع|لاقناع|حث|يحث|تحث|حثت|دعوه|مطالبه|طالب|طالبت|يطالب|تطالب|الضغط|يضغط|تضغط|ضغطت|دفع|لدفع|يحصل|تحصل|حصل|حصلت|الحصول|للحصول|بالحصول)$/;
const DELEGATION_REACH = 8;

/** The word that delegates each token's act to someone else, or -1 (`clauseOf` as for negationScope). */
export function delegationScope(view: SentenceView, clauseOf: Int32Array): Int32Array {
  const scope = new Int32Array(view.words.length).fill(-1);
  for (let i = 0; i < view.words.length; i++) {
    if (clauseOf[i]! < 0) continue;
    // "يجب على القادة الأوروبيين أن يضعوا …": what others must do.
    const obliging = /^(?:[وف])?(?:يجب|ينبغي|يتعين)$/.test(view.words[i]!) && view.words[i + 1] === 'علي';
    if (!DELEGATING.test(view.words[i]!) && !obliging) continue;
    for (let j = i + 1; j <= i + DELEGATION_REACH && j < view.words.length && clauseOf[j] === clauseOf[i]; j++)
      if (scope[j] === -1) scope[j] = i;
  }
  return scope;
}
