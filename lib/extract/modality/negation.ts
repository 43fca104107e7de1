import { punctuatedBefore, type SentenceView } from '../text/article-text';
import { withoutConjunction } from '../text/morphology';

/**
 * Negation and its scope. A negator governs the words after it up to the end of the clause core, a comma or
 * `REACH` words, whichever comes first: "لن ترسل قوات" negates the sending; "ليس هدف هذه القوة أن تخوض حربا"
 * negates the force's purpose (and names no country, so states no position). "غير" negates only the word after it
 * ("مناطق غير قتالية"), and "عدم" the verbal noun it governs ("عدم إرسال قوات").
 */
const NEGATORS = new Set(['لن', 'لا', 'لم', 'ليس', 'ليست', 'لسنا', 'لست', 'ليسوا', 'لستم', 'لما']);
const REACH = 8;
/** "لا يزال" (still), "لا سيما" (especially), "لا بد" (must), "لا يقتصر" (not only): not a negated predicate. */
const NOT_NEGATING_AFTER = /^(?:يزال|تزال|زال|زالت|سيما|بد|يقتصر|تقتصر|يعدو|تعدو|ينفك|تنفك|شك|ريب)$/;
const NEGATED_NOUN = /^(?:[وب])?عدم$/;
const DENIAL = /^(?:[وف])?(?:نفي|نفت|ينفي|تنفي|ننفي|نفوا)$/;
/** A complementiser or relative opens a clause of its own: "لا تشعر بقلق من أن يؤدي إرسال قوات…". */
const EMBEDDING = /^(?:[وف])?(?:ان|بان|انه|انها|الذي|التي|الذين|لان|كي|لكي)$/;
/** "غير أن" is "however", not a negation. */
const HOWEVER = /^(?:ان|انه|انها|انهم|انهما)$/;

/**
 * The negator of each token of the sentence, or -1: negation scope read once per sentence. `clauseOf` gives each
 * token's clause (-1 for words of a condition or reason zone): a negation reaches no further than its clause core.
 */
export function negationScope(view: SentenceView, clauseOf: Int32Array): Int32Array {
  const scope = new Int32Array(view.words.length).fill(-1);
  for (let i = 0; i < view.words.length; i++) {
    if (clauseOf[i]! < 0) continue;
    const word = withoutConjunction(view.words[i]!);
    const next = view.words[i + 1] ?? '';
    let reach = 0;
    if (NEGATORS.has(word) || NEGATORS.has(view.words[i]!)) reach = NOT_NEGATING_AFTER.test(next) ? 0 : REACH;
    // "اليابان تنفي دراسة إرسال قوات": what is denied is not so.
    else if (DENIAL.test(view.words[i]!)) reach = 4;
    else if (NEGATED_NOUN.test(view.words[i]!)) reach = 3;
    else if (word === 'غير' && !HOWEVER.test(next)) reach = 1;
    for (let j = i + 1; j <= i + reach && j < view.words.length && clauseOf[j] === clauseOf[i]; j++) {
      if ((punctuatedBefore(view, j) && j > i + 1) || EMBEDDING.test(view.words[j]!)) break;
      if (scope[j] === -1) scope[j] = i;
    }
  }
  return scope;
}
