import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export type Encoding = 'br' | 'gzip' | 'identity';

/** A body compressed once, ahead of every request that will want it. */
export type EncodedBody = Record<Encoding, Uint8Array<ArrayBuffer>>;

export function encodeBody(body: string): EncodedBody {
  const raw = Buffer.from(body, 'utf8');
  return {
    identity: own(raw),
    gzip: own(gzipSync(raw, { level: 9 })),
    br: own(brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } })),
  };
}

/** The best encoding a request accepts (brotli, then gzip), by its Accept-Encoding header; q=0 refuses one. */
export function pickEncoding(acceptEncoding: string | null): Encoding {
  const accepted = new Map<string, number>();
  for (const part of (acceptEncoding ?? '').split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    const q = params.map((p) => /^\s*q=([\d.]+)/.exec(p)?.[1]).find(Boolean);
    accepted.set(name, q === undefined ? 1 : Number(q));
  }
  const ok = (name: string) => (accepted.get(name) ?? accepted.get('*') ?? 0) > 0;
  if (ok('br')) return 'br';
  if (ok('gzip')) return 'gzip';
  return 'identity';
}

/** A copy in an ArrayBuffer of its own (a Buffer may be a view into Node's shared pool), as a Response body wants. */
function own(buffer: Buffer): Uint8Array<ArrayBuffer> {
  const copy = new Uint8Array(buffer.length);
  copy.set(buffer);
  return copy;
}
