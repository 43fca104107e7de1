import type { Token } from '../text/tokenize';
import { withoutConjunction } from '../text/morphology';
import { clauseWords } from '../clauses/vocabulary';
import { stanceWords } from '../stance/vocabulary';
import type { Mention } from './countries';

/**
 * Office holders the lexicon does not know, learnt from the article itself: "وزير الدفاع البولندي فلاديسلاف
 * كوسينياك كاميش" introduces a name that then stands for Poland on its own ("وقال كاميش…"). A name is up to three
 * words right after a government title and its country, ending at punctuation, a verb of saying or a word that
 * is not a name.
 */
const STOP = new Set([
  'في',
  'من',
  'الي',
  'علي',
  'عن',
  'مع',
  'ان',
  'بان',
  'انه',
  'انها',
  'قد',
  'لن',
  'لا',
  'لم',
  'يوم',
  'اليوم',
  'امس',
  'خلال',
  'بعد',
  'قبل',
  'عقب',
  'حيث',
  'الذي',
  'التي',
  'ايضا',
  'كما',
  'ومن',
  'وفي',
  'هذا',
  'هذه',
  'ذلك',
  'مجددا',
  'الاحد',
  'الاثنين',
  'الثلاثاء',
  'الاربعاء',
  'الخميس',
  'الجمعه',
  'السبت',
  'صباح',
  'مساء',
  'لدي',
  'امام',
  'عبر',
]);
const MAX_NAME = 3;
const HEAD_REACH = 3;

/** A word that may be part of a foreign name: not a word the vocabularies know, no article, no ta marbuta. */
const isNameWord = (word: string): boolean =>
  word.length >= 2 &&
  !/\d/.test(word) &&
  !/^ال/.test(word) &&
  !/ه$/.test(word) &&
  !STOP.has(word) &&
  !STOP.has(withoutConjunction(word)) &&
  clauseWords.classify(word).classes.size === 0 &&
  stanceWords.classify(word).classes.size === 0;

/** A mention of a country right after a government head ("رئيس الوزراء البولندي"، "رئيس إستونيا"). */
function afterGovernmentHead(tokens: readonly Token[], m: Mention): boolean {
  for (let k = 1; k <= HEAD_REACH; k++) {
    const head = tokens[m.tokenStart - k];
    if (!head) return false;
    if (clauseWords.has(head.text, 'govHead')) return true;
  }
  return false;
}

/**
 * New mentions for names introduced with a title and a country, wherever else they occur in the article.
 * `text` is the normalised article text, to see punctuation between tokens.
 */
export function bindPeople(tokens: readonly Token[], mentions: readonly Mention[], text: string): Mention[] {
  const names = new Map<string, Mention>();
  const covered = new Set<number>();
  for (const m of mentions) for (let i = m.tokenStart; i < m.tokenEnd; i++) covered.add(i);
  for (const m of mentions) {
    if (m.conflictParty || m.kind === 'leader' || !afterGovernmentHead(tokens, m)) continue;
    let end = m.tokenEnd;
    while (end < tokens.length && end - m.tokenEnd < MAX_NAME && !covered.has(end) && isNameWord(tokens[end]!.text)) {
      // No punctuation inside the name, and nothing but a comma between the country and it ("وزارة الخارجية
      // الإيطالية: «موقفنا واضح»" names nobody; "رئيس الوزراء البولندي، دونالد توسك" does).
      const gap = text.slice(tokens[end - 1]!.end, tokens[end]!.start);
      if (end > m.tokenEnd ? /[،,:;؛."()«»“”]/.test(gap) : /[:;؛."()«»“”]/.test(gap)) break;
      end++;
    }
    const length = end - m.tokenEnd;
    // A name of three words must end at a boundary; otherwise the third word is the next word of the sentence.
    const closed =
      end >= tokens.length ||
      /[،,:;؛."()\n]/.test(text.slice(tokens[end - 1]!.end, tokens[end]!.start)) ||
      !isNameWord(tokens[end]!.text);
    const take = length === MAX_NAME && !closed ? 2 : length;
    if (take < 1) continue;
    const surname = tokens[m.tokenEnd + take - 1]!.text;
    // One word alone is a name only when it is long enough not to be a common word.
    if (take === 1 && surname.length < 4) continue;
    if (!names.has(surname)) names.set(surname, m);
  }
  if (!names.size) return [];
  const found: Mention[] = [];
  tokens.forEach((token, i) => {
    if (covered.has(i)) return;
    const bare = names.has(token.text) ? token.text : withoutConjunction(token.text);
    const owner = names.get(bare);
    if (!owner) return;
    found.push({
      iso3: owner.iso3,
      kind: 'leader',
      tokenStart: i,
      tokenEnd: i + 1,
      start: token.start,
      end: token.end,
      prepositional: false,
      clitic: token.text === bare ? '' : token.text.slice(0, token.text.length - bare.length),
      conflictParty: false,
    });
  });
  return found;
}
