/** A page as rendered once: what every later request for the same view is answered with. */
export interface RenderedView {
  status: number;
  /** The HTML (empty for a redirect). */
  body: string;
  /** The body as UTF-8, encoded once for all requests (absent for a redirect). */
  bytes?: Uint8Array<ArrayBuffer>;
  /** Headers to send with it (content type, location, CSP). */
  headers: Record<string, string>;
  /** A strong validator of this body and these headers. */
  etag: string;
}

/** A copy in an ArrayBuffer of its own (a Buffer may be a view into Node's shared pool), as a Response body wants. */
export function ownBytes(data: string | Uint8Array): Uint8Array<ArrayBuffer> {
  const source = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  const copy = new Uint8Array(source.length);
  copy.set(source);
  return copy;
}

/**
 * Rendered views by key, most recently used last, at most `limit` of them. Concurrent misses for one key share
 * one render (a shared link opened by thousands in the same minute renders once). A key carries the data
 * version, so a change of data makes every earlier entry unreachable; they age out of the LRU.
 */
export class ViewCache<T extends { status: number } = RenderedView> {
  private readonly entries = new Map<string, T>();
  private readonly pending = new Map<string, Promise<T>>();
  hits = 0;
  misses = 0;

  constructor(
    private readonly limit: number,
    /** How a missing key is rendered, unless the caller of `get` says. */
    private readonly render?: (key: string) => Promise<T>,
    /** Whether a rendered view may be kept (errors are not). */
    private readonly keep: (view: T) => boolean = (view) => view.status < 500,
  ) {}

  /** The kept view for a key, if any (counted as a hit and made most recent); never renders. */
  peek(key: string): T | undefined {
    const found = this.entries.get(key);
    if (!found) return undefined;
    this.hits++;
    this.entries.delete(key);
    this.entries.set(key, found);
    return found;
  }

  /** `render` replaces the cache's own renderer for this key, when the caller already holds what a render needs. */
  async get(key: string, render = this.render): Promise<T> {
    const found = this.peek(key);
    if (found) return found;
    const waiting = this.pending.get(key);
    if (waiting) {
      this.hits++;
      return waiting;
    }
    if (!render) throw new Error(`no renderer for ${key}`);
    this.misses++;
    const rendering = render(key).finally(() => this.pending.delete(key));
    this.pending.set(key, rendering);
    const view = await rendering;
    if (this.keep(view)) {
      this.entries.set(key, view);
      while (this.entries.size > this.limit) this.entries.delete(this.entries.keys().next().value!);
    }
    return view;
  }

  get size(): number {
    return this.entries.size;
  }
}
