/**
 * A memo of results per word (or per stretch of text), emptied when it holds `limit` entries so that a long run
 * over many articles cannot grow it without end. News repeats its vocabulary, so an emptied cache fills up again
 * with the words that matter within a few articles.
 */
export class BoundedCache<V> {
  private readonly entries = new Map<string, V>();

  constructor(private readonly limit: number) {}

  /** The value remembered for `key`, computed and remembered when there is none. */
  get(key: string, compute: (key: string) => V): V {
    const cached = this.entries.get(key);
    if (cached !== undefined) return cached;
    const value = compute(key);
    this.set(key, value);
    return value;
  }

  /** The value remembered for `key`, if any, without computing one. */
  peek(key: string): V | undefined {
    return this.entries.get(key);
  }

  set(key: string, value: V): void {
    if (this.entries.size >= this.limit) this.entries.clear();
    this.entries.set(key, value);
  }
}
