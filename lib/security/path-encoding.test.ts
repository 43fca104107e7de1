import { describe, expect, it } from 'vitest';
import { hasUndecodableSegment } from './path-encoding';

describe('spotting paths Next.js cannot decode', () => {
  it.each([
    '/api/articles/%',
    '/api/articles/%zz',
    '/en/articles/%C0%AF',
    '/api/articles/%ED%A0%80',
    '/api/articles/%FF%FE',
    '/x/%2',
  ])('flags %s', (path) => expect(hasUndecodableSegment(path)).toBe(true));

  it.each([
    '/',
    '/en',
    '/api/articles/000_8d37e79ea93a1486',
    '/api/articles/a%20b',
    '/en/articles/%D8%A8',
    '/api/articles/..%2Fx',
    '/x/%25',
  ])('lets %s through to the route, which validates it', (path) => expect(hasUndecodableSegment(path)).toBe(false));
});
