import type { ArticleMeta } from '@/lib/schema/articles';
import type { SentenceView } from '../text/article-text';
import type { Clause } from '../clauses/types';
import type { CountrySpending } from '../pipeline';

/** Reads defence-spending figures sentence by sentence (rebuilt in the next step). */
export class SpendingReader {
  private readonly found: CountrySpending[] = [];
  constructor(readonly meta: ArticleMeta) {}
  read(_view: SentenceView, _clauses: readonly Clause[], _date: string): void {}
  figures(): CountrySpending[] { return this.found; }
}
