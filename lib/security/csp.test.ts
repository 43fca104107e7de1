import { describe, expect, it } from 'vitest';
import { newNonce, pageCsp } from './csp';

const parse = (policy: string) =>
  new Map(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .map(([name, ...sources]) => [name!, sources]),
  );

/** Source expressions that name no other origin. */
const LOCAL =
  /^('self'|'none'|'strict-dynamic'|'unsafe-inline'|'unsafe-eval'|'nonce-[A-Za-z0-9+/=]+'|'sha256-[A-Za-z0-9+/=]+'|data:|blob:)$/;

describe('the page Content-Security-Policy', () => {
  const production = parse(pageCsp({ scripts: { hashes: ['AAAA', 'BBBB'] } }));

  it('never allows eval in production, only in development', () => {
    expect([...production.values()].flat()).not.toContain("'unsafe-eval'");
    expect(parse(pageCsp({ scripts: { nonce: 'n' }, dev: true })).get('script-src')).toContain("'unsafe-eval'");
  });

  it('runs inline scripts only by the hashes of the served HTML, script files from the app itself', () => {
    expect(production.get('script-src')).toEqual(["'self'", "'sha256-AAAA'", "'sha256-BBBB'"]);
    expect(production.get('script-src')).not.toContain("'unsafe-inline'");
  });

  it('runs scripts by nonce in development', () => {
    expect(parse(pageCsp({ scripts: { nonce: 'abc123==' } })).get('script-src')).toEqual([
      "'self'",
      "'nonce-abc123=='",
      "'strict-dynamic'",
    ]);
  });

  it('lets only embeds be framed, by anyone', () => {
    expect(parse(pageCsp({ scripts: { hashes: [] }, framing: 'any' })).get('frame-ancestors')).toEqual(['*']);
  });

  it('names no remote source in any directive', () => {
    for (const [name, sources] of production) {
      for (const source of sources) expect(source, `${name} ${source}`).toMatch(LOCAL);
    }
  });

  it('lets MapLibre start its workers and decode images from blob: URLs', () => {
    expect(production.get('worker-src')).toEqual(expect.arrayContaining(["'self'", 'blob:']));
    expect(production.get('img-src')).toEqual(expect.arrayContaining(['blob:', 'data:']));
  });

  it('forbids framing, plugins and a foreign <base>', () => {
    expect(production.get('frame-ancestors')).toEqual(["'none'"]);
    expect(production.get('object-src')).toEqual(["'none'"]);
    expect(production.get('base-uri')).toEqual(["'self'"]);
  });
});

describe('nonces', () => {
  it('are 128 random bits, different every time', () => {
    const nonces = new Set(Array.from({ length: 1000 }, newNonce));
    expect(nonces.size).toBe(1000);
    for (const nonce of nonces) expect(Buffer.from(nonce, 'base64')).toHaveLength(16);
  });
});
