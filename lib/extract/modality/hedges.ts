import type { SentenceView } from '../text/article-text';
import { PhraseSet } from '../text/phrases';
import { withoutConjunction } from '../text/morphology';

/**
 * Hedges: "قد تساهم"، "ربما ترسل"، "من المرجح أن تشارك". Said by a government of itself, a hedge leaves its
 * participation open (conditional); written by the reporter, it is a guess and no one's position.
 */
const HEDGES = new PhraseSet([
  'ربما', 'من المحتمل', 'من الممكن', 'من المرجح', 'يرجح', 'يحتمل', 'من غير المستبعد', 'ليس من المستبعد', 'لعل', 'يبدو',
]);
const REACH = 5;
/** "قد" hedges a present verb ("قد تساهم") but asserts a past one ("قد قررت" = has decided). */
const PRESENT = /^(?:[يتن])\S{2,}$/;

/** The hedge word of each token of the sentence, or -1. */
export function hedgeScope(view: SentenceView, core: readonly number[]): Int32Array {
  const scope = new Int32Array(view.words.length).fill(-1);
  const inCore = new Set(core);
  for (const i of core) {
    const word = withoutConjunction(view.words[i]!);
    let length = HEDGES.at(view.words, i);
    if (!length && word === 'قد' && PRESENT.test(view.words[i + 1] ?? '')) length = 1;
    if (!length) continue;
    for (let j = i + length; j < i + length + REACH && j < view.words.length && inCore.has(j); j++) if (scope[j] === -1) scope[j] = i;
  }
  return scope;
}
