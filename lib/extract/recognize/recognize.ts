import type { Token } from '../text/tokenize';
import { recognizeCountries, type Mention } from './countries';
import { markDatelines } from './datelines';
import { bindPeople } from './people';

/**
 * Every country mention of an article, in text order: names, demonyms, seats of government and office holders
 * from the lexicon, people the article itself introduces with a title and a country, and datelines flagged.
 */
export function recognizeMentions(tokens: readonly Token[], normalized: string, published: string): Mention[] {
  const found = recognizeCountries(tokens, published);
  const people = bindPeople(tokens, found, normalized);
  const all = people.length ? [...found, ...people].sort((a, b) => a.tokenStart - b.tokenStart) : found;
  return markDatelines(normalized, all);
}
